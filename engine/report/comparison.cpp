#include "comparison.h"

#include "run/requestmetrics.h"
#include "run/runresult.h"
#include "run/statistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {

struct Samples
{
    QList<double> ttft;
    QList<double> tps;
};

QHash<QString, Samples> samplesOf(const RunResult &run, QStringList *order)
{
    QHash<QString, Samples> lanes;
    for (const RequestRecord &r : run.records) {
        const QString key = laneKey(r.model, r.region);
        if (!lanes.contains(key) && order)
            order->append(key);
        Samples &s = lanes[key];
        if (r.warmup || !r.ok())
            continue;
        const RequestMetrics m = RequestMetrics::from(r.timeline, run.plan.timeScale);
        if (const auto t = m.ttftMs ? m.ttftMs : m.ttftAnyMs)
            s.ttft.append(*t);
        if (m.tokensPerS)
            s.tps.append(*m.tokensPerS);
    }
    return lanes;
}

double percentileOf(QList<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return percentileSorted(v, q);
}

} // namespace

std::optional<double> FigureChange::delta() const
{
    return before && after ? std::optional<double>(*after - *before) : std::nullopt;
}

std::optional<double> FigureChange::deltaPercent() const
{
    return before && after && *before != 0 ? std::optional<double>((*after - *before) / *before * 100.0) : std::nullopt;
}

FigureChange Comparison::change(const QList<double> &before, const QList<double> &after, double percentile,
                                quint64 seed, int resamples)
{
    FigureChange c;
    if (!before.isEmpty())
        c.before = percentileOf(before, percentile);
    if (!after.isEmpty())
        c.after = percentileOf(after, percentile);
    if (before.size() < kMinSamples || after.size() < kMinSamples || resamples < 100)
        return c;
    QRandomGenerator rng(seed);
    QList<double> diffs;
    diffs.reserve(resamples);
    QList<double> a(before.size()), b(after.size());
    for (int i = 0; i < resamples; ++i) {
        for (double &x : a)
            x = before.at(qsizetype(rng.bounded(quint32(before.size()))));
        for (double &x : b)
            x = after.at(qsizetype(rng.bounded(quint32(after.size()))));
        diffs.append(percentileOf(b, percentile) - percentileOf(a, percentile));
    }
    std::sort(diffs.begin(), diffs.end());
    c.ciLow = percentileSorted(diffs, 2.5);
    c.ciHigh = percentileSorted(diffs, 97.5);
    c.beyondNoise = *c.ciLow > 0 || *c.ciHigh < 0;
    return c;
}

QList<LaneComparison> Comparison::compare(const RunResult &before, const RunResult &after, quint64 seed, int resamples)
{
    QStringList order;
    const QHash<QString, Samples> a = samplesOf(before, &order);
    const QHash<QString, Samples> b = samplesOf(after, nullptr);
    QList<LaneComparison> out;
    for (const QString &key : std::as_const(order)) {
        const auto it = b.constFind(key);
        if (it == b.cend())
            continue;
        const Samples &sa = a.value(key);
        const Samples &sb = *it;
        LaneComparison lane;
        lane.model = key.section(u'\x1f', 0, 0);
        lane.region = key.section(u'\x1f', 1, 1);
        lane.nBefore = int(sa.ttft.size());
        lane.nAfter = int(sb.ttft.size());
        lane.ttftP50 = change(sa.ttft, sb.ttft, 50, seed, resamples);
        lane.ttftP90 = change(sa.ttft, sb.ttft, 90, seed + 1, resamples);
        lane.ttftP99 = change(sa.ttft, sb.ttft, 99, seed + 2, resamples);
        lane.tokensPerSP50 = change(sa.tps, sb.tps, 50, seed + 3, resamples);
        out.append(lane);
    }
    return out;
}

QString Comparison::explanation()
{
    return QCoreApplication::translate(
        "Comparison",
        "Beyond noise: the 95% bootstrap confidence interval of the difference (each run's requests resampled "
        "2000 times) does not contain 0. With fewer than 5 successful requests on either side no difference is "
        "called beyond noise. Tail percentiles (p99) of small samples are the least certain.");
}

namespace {

bool split(RunResult run, const QString &a, const QString &b, bool byRegion, RunResult *first, RunResult *second)
{
    // `run` is a copy: callers may split a run into itself.
    *first = run;
    *second = run;
    first->records.clear();
    second->records.clear();
    for (RequestRecord r : run.records) {
        QString &key = byRegion ? r.region : r.model;
        if (key == a) {
            first->records.append(r);
        } else if (key == b) {
            key = a; // line up with the first part's lane
            second->records.append(r);
        }
    }
    return !first->records.isEmpty() && !second->records.isEmpty();
}

} // namespace

bool Comparison::splitByRegion(const RunResult &run, const QString &a, const QString &b, RunResult *first,
                               RunResult *second)
{
    return split(run, a, b, true, first, second);
}

bool Comparison::splitByModel(const RunResult &run, const QString &a, const QString &b, RunResult *first,
                              RunResult *second)
{
    return split(run, a, b, false, first, second);
}
