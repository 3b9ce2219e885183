#include "measurementlag.h"

#include "requestmetrics.h"
#include "requestrecord.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace {

// This file's strings, in the "MeasurementLag" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementLag)
};

QString ms(double v)
{
    return QLocale().toString(v, 'f', v < 10 ? 1 : 0);
}

} // namespace

double MeasurementLag::limitP50Ms() const
{
    return std::min(kShare * fastestTtftP50Ms, kMaxMs);
}

QString MeasurementLag::text() const
{
    const QString scale = QString::number(timeScale);
    if (timeScale == 1)
        return Tr::tr("Measurement lag: p50 %1 ms, p99 %2 ms (the client and the simulated provider, at real time).")
            .arg(ms(p50Ms), ms(p99Ms));
    if (!exceeds())
        return Tr::tr("Measurement lag at %1x: p50 %2 ms, p99 %3 ms in the run's time; what the speed-up adds stays "
                      "within 2% of the fastest TTFT.")
            .arg(scale, ms(p50Ms), ms(p99Ms));
    return Tr::tr("Distorted by the speed-up: at %1x the measurement lag is p50 %2 ms, p99 %3 ms in the run's time, "
                  "so a TTFT can read up to %4 ms high (limit: 2% of the fastest TTFT, %5 ms). "
                  "Run at a lower speed-up for exact figures.")
        .arg(scale, ms(p50Ms), ms(p99Ms), ms(excessP99Ms()), ms(limitP50Ms()));
}

std::optional<MeasurementLag> MeasurementLag::of(const QList<RequestRecord> &records, double timeScale,
                                                 const QList<RequestMetrics> *metrics)
{
    QList<double> lags, simLags;
    QHash<int, QList<double>> ttftByLane;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RequestRecord &r = records.at(i);
        if (r.warmup || !r.ok())
            continue;
        if (r.timeline.lagUs) {
            lags.append(*r.timeline.lagUs / 1000.0 * timeScale);
            simLags.append(r.timeline.simLagUs.value_or(0) / 1000.0 * timeScale);
        }
        const std::optional<double> t = metrics ? metrics->at(i).ttftAnyMs
                                                : RequestMetrics::from(r.timeline, timeScale).ttftAnyMs;
        if (t)
            ttftByLane[r.lane].append(*t);
    }
    if (lags.isEmpty() || ttftByLane.isEmpty())
        return std::nullopt;
    std::sort(lags.begin(), lags.end());
    std::sort(simLags.begin(), simLags.end());
    MeasurementLag lag;
    lag.n = int(lags.size());
    lag.timeScale = timeScale;
    lag.p50Ms = percentileSorted(lags, 50);
    lag.p99Ms = percentileSorted(lags, 99);
    lag.simP50Ms = percentileSorted(simLags, 50);
    lag.fastestTtftP50Ms = std::numeric_limits<double>::max();
    for (QList<double> &v : ttftByLane) {
        std::sort(v.begin(), v.end());
        lag.fastestTtftP50Ms = std::min(lag.fastestTtftP50Ms, percentileSorted(v, 50));
    }
    return lag;
}
