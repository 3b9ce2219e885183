#include "prefillfit.h"

#include "run/requestmetrics.h"
#include "run/requestrecord.h"
#include "run/statistics.h"
#include "workload/workload.h"

#include <QHash>
#include <QMap>

#include <cmath>

namespace {

struct Point
{
    double x = 0; // input tokens
    double y = 0; // TTFT, first token of any kind (ms)
    int step = 0; // the sweep's length it was cut to, before its spread
};

// Student's t at 97.5% for `dof` degrees of freedom (a 95% two-sided interval).
double t975(int dof)
{
    static constexpr double kTable[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                                        2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                                        2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    if (dof < 1)
        return 0;
    if (dof <= 30)
        return kTable[dof - 1];
    return dof <= 60 ? 2.000 : 1.960;
}

std::optional<PrefillFit> fit(const QString &model, const QString &region, const QList<Point> &points)
{
    QMap<int, QList<Point>> byTarget;
    for (const Point &p : points)
        byTarget[p.step].append(p);
    if (byTarget.size() < 2 || points.size() < 3)
        return std::nullopt;
    PrefillFit f;
    f.model = model;
    f.region = region;
    f.n = int(points.size());
    double mx = 0, my = 0;
    for (const Point &p : points) {
        mx += p.x;
        my += p.y;
    }
    mx /= f.n;
    my /= f.n;
    double sxx = 0, sxy = 0;
    for (const Point &p : points) {
        sxx += (p.x - mx) * (p.x - mx);
        sxy += (p.x - mx) * (p.y - my);
    }
    if (!(sxx > 0))
        return std::nullopt;
    f.slopeMsPerToken = sxy / sxx;
    f.interceptMs = my - f.slopeMsPerToken * mx;
    double sse = 0;
    for (const Point &p : points) {
        const double r = p.y - (f.interceptMs + f.slopeMsPerToken * p.x);
        sse += r * r;
    }
    const double se = f.n > 2 ? std::sqrt(sse / (f.n - 2) / sxx) : 0;
    f.slopeLow = f.slopeMsPerToken - t975(f.n - 2) * se;
    f.slopeHigh = f.slopeMsPerToken + t975(f.n - 2) * se;
    for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it) {
        QList<double> xs, ys;
        for (const Point &p : it.value()) {
            xs.append(p.x);
            ys.append(p.y);
        }
        f.steps.append({Distribution::of(xs).p50, Distribution::of(ys).p50, int(it.value().size())});
    }
    return f;
}

} // namespace

namespace {

// Input tokens/s for a slope in ms per token: nothing for a slope too small to
// measure (a billion tokens/s or more: noise, or a hostile report).
std::optional<double> rateOf(double slopeMsPerToken)
{
    constexpr double kMaxRate = 1e9;
    return slopeMsPerToken > 1000 / kMaxRate ? std::optional<double>(1000 / slopeMsPerToken) : std::nullopt;
}

} // namespace

std::optional<double> PrefillFit::rate() const
{
    // Only a slope whose 95% interval stays above zero measures a rate.
    return slopeLow > 0 ? rateOf(slopeMsPerToken) : std::nullopt;
}

std::optional<double> PrefillFit::rateLow() const
{
    return rate() ? rateOf(slopeHigh) : std::nullopt;
}

std::optional<double> PrefillFit::rateHigh() const
{
    return rate() ? rateOf(slopeLow) : std::nullopt;
}

QList<PrefillFit> PrefillFit::of(const QList<RequestRecord> &records, const Workload &workload, double timeScale,
                                 const QList<RequestMetrics> *metrics)
{
    if (workload.inputSweep.isEmpty())
        return {};
    Q_ASSERT(!metrics || metrics->size() == records.size());
    QList<QPair<QString, QString>> order;
    QHash<QPair<QString, QString>, QList<Point>> lanes;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RequestRecord &r = records.at(i);
        if (r.warmup || !r.ok() || r.inputTargetTokens <= 0)
            continue;
        const std::optional<double> ttft = metrics ? metrics->at(i).ttftAnyMs
                                                   : RequestMetrics::from(r.timeline, timeScale).ttftAnyMs;
        if (!ttft)
            continue;
        const auto key = qMakePair(r.model, r.region);
        if (!lanes.contains(key))
            order.append(key);
        // The tokens the model read: a prompt cache's share is not prefill.
        const RequestTimeline &t = r.timeline;
        const double x = t.usagePromptTokens
            ? double(qMax<qint64>(0, *t.usagePromptTokens - t.usageCachedTokens.value_or(0)))
            : double(r.inputTargetTokens);
        lanes[key].append({x, *ttft, workload.inputTokensAt(r.iteration)});
    }
    QList<PrefillFit> out;
    for (const auto &key : std::as_const(order)) {
        if (const auto f = fit(key.first, key.second, lanes.value(key)))
            out.append(*f);
    }
    return out;
}
