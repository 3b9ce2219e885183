#include "stepsummary.h"

#include "run/requestmetrics.h"
#include "run/runresult.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace {

constexpr double kKneeFactor = 2.0;

bool byLoad(const StepLane &a, const StepLane &b)
{
    return a.value < b.value;
}
constexpr double kKneeErrorShare = 0.05;
constexpr double kMinLagMs = 1.0;

double metricOf(const RequestMetrics &m, SloTerm::Metric metric, double percentile)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    switch (metric) {
    case SloTerm::Metric::Ttft:
        return m.ttftAnyMs.value_or(inf);
    case SloTerm::Metric::E2e:
        return m.e2eMs.value_or(inf);
    case SloTerm::Metric::Itl:
        break;
    }
    if (!m.itl)
        return 0; // a single token: no gap to wait for
    return percentile >= 99 ? m.itl->p99Ms : percentile <= 50 ? m.itl->p50Ms : m.itl->meanMs;
}

double pooledPercentile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : percentileSorted(values, q);
}

struct Sample
{
    QList<double> ttft, fromSchedule, itl, e2e, lag;
    QList<RequestMetrics> measured; // ok or failed, for the SLOs
};

// What the step's requests of one lane say, the SLOs and the client's lag.
void judge(StepLane *s, const Sample &x, const Load &load, double timeScale)
{
    for (const SloTerm &t : load.slos) {
        QList<double> values;
        if (t.metric == SloTerm::Metric::Itl) {
            values = x.itl;
            for (const RequestMetrics &m : x.measured)
                if (!m.e2eMs)
                    values.append(std::numeric_limits<double>::infinity());
        } else {
            for (const RequestMetrics &m : x.measured)
                values.append(metricOf(m, t.metric, t.percentile));
        }
        const double v = pooledPercentile(values, t.percentile);
        if (values.isEmpty() || !(v <= t.limitMs))
            s->broken.append(QStringLiteral("%1 %2 ms > %3 ms")
                                 .arg(t.name(), std::isfinite(v) ? QString::number(v, 'f', 0) : QStringLiteral("∞"))
                                 .arg(t.limitMs));
    }
    const double gapMs = load.openLoop() && s->value > 0 ? 1000.0 / s->value : 0;
    const double limit = qMax(kMinLagMs * timeScale, qMax(0.1 * s->ttftMs.p50, 0.5 * gapMs));
    s->unreliable = !s->lagMs.isEmpty() && s->lagMs.p99 > limit;
}

bool meetsEvery(const RequestMetrics &m, const QList<SloTerm> &slos)
{
    for (const SloTerm &t : slos)
        if (!(metricOf(m, t.metric, t.percentile) <= t.limitMs))
            return false;
    return true;
}

// A lane's requests with their figures, derived once for every step.
struct LaneRecords
{
    QList<const RequestRecord *> records;
    QList<RequestMetrics> metrics;
};

StepLane laneStep(const LoadStep &step, const QString &model, const QString &region, const LaneRecords &lane,
                  const RunPlan &plan)
{
    StepLane s;
    s.step = step.index;
    s.value = step.value;
    s.complete = step.complete;
    s.model = model;
    s.region = region;
    s.windowS = qMax(0.0, step.windowS() * plan.timeScale);
    Sample x;
    int good = 0, served = 0;
    qint64 tokens = 0;
    for (qsizetype i = 0; i < lane.records.size(); ++i) {
        const RequestRecord *r = lane.records.at(i);
        const RequestMetrics &m = lane.metrics.at(i);
        const qint64 endNs = r->timeline.sendMonoNs + qint64(r->timeline.endUs) * 1000;
        if (r->ok() && r->timeline.endUs >= 0 && endNs >= step.windowStartNs && endNs <= step.windowEndNs) {
            ++served;
            tokens += m.outputTokens.value_or(0);
            good += meetsEvery(m, plan.load.slos) ? 1 : 0;
        }
        if (r->step != step.index || r->warmup || r->retried || r->timeline.status == RequestStatus::Cancelled)
            continue;
        ++s.sent;
        const qint32 lagUs = r->scheduledNs > 0 ? r->scheduleLagUs : r->clientWaitUs;
        x.lag.append(lagUs / 1000.0 * plan.timeScale);
        if (r->failed()) {
            ++s.errors;
            s.rateLimited += r->timeline.httpStatus == 429 ? 1 : 0;
        }
        x.measured.append(m);
        if (!r->ok())
            continue;
        ++s.ok;
        if (m.ttftAnyMs) {
            x.ttft.append(*m.ttftAnyMs);
            if (r->scheduledNs > 0)
                x.fromSchedule.append(*m.ttftAnyMs + r->scheduleLagUs / 1000.0 * plan.timeScale);
        }
        if (m.e2eMs)
            x.e2e.append(*m.e2eMs);
        const QList<qint32> &ev = r->timeline.tokenEventsUs;
        for (qsizetype k = 1; k < ev.size(); ++k)
            x.itl.append((ev.at(k) - ev.at(k - 1)) / 1000.0 * plan.timeScale);
    }
    if (s.windowS > 0) {
        s.offeredPerS = s.sent / s.windowS;
        s.requestsPerS = served / s.windowS;
        s.outputTokensPerS = double(tokens) / s.windowS;
        s.goodputPerS = good / s.windowS;
    }
    s.ttftMs = Distribution::of(x.ttft);
    s.ttftFromScheduleMs = Distribution::of(x.fromSchedule);
    s.itlMs = Distribution::of(x.itl);
    s.e2eMs = Distribution::of(x.e2e);
    s.lagMs = Distribution::of(x.lag);
    judge(&s, x, plan.load, plan.timeScale);
    return s;
}

} // namespace

namespace StepSummary {

QList<StepLane> of(const RunResult &result)
{
    return of(result.steps, result.records, result.plan);
}

QList<StepLane> of(const QList<LoadStep> &steps, const QList<RequestRecord> &records, const RunPlan &plan,
                   const QList<RequestMetrics> *metrics)
{
    QList<StepLane> out;
    if (steps.isEmpty())
        return out;
    QHash<QString, LaneRecords> lanes;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RequestRecord &r = records.at(i);
        LaneRecords &lane = lanes[laneKey(r.model, r.region)];
        lane.records.append(&r);
        lane.metrics.append(metrics && i < metrics->size() ? metrics->at(i)
                                                           : RequestMetrics::from(r.timeline, plan.timeScale));
    }
    const LaneRecords none;
    for (const LoadStep &step : steps) {
        for (const QString &model : plan.models) {
            for (const Region &region : plan.regions) {
                const auto it = lanes.constFind(laneKey(model, region.id));
                out.append(laneStep(step, model, region.id, it == lanes.cend() ? none : *it, plan));
            }
        }
    }
    return out;
}

bool stepMeets(const QList<StepLane> &lanes, int step)
{
    bool any = false;
    for (const StepLane &s : lanes) {
        if (s.step != step)
            continue;
        any = true;
        if (!s.meetsSlos())
            return false;
    }
    return any;
}

std::optional<int> knee(QList<StepLane> laneSteps, bool bySlos)
{
    std::stable_sort(laneSteps.begin(), laneSteps.end(), byLoad);
    const StepLane *base = nullptr;
    for (const StepLane &s : laneSteps) {
        if (!s.complete) // stopped: its figures are partial
            continue;
        if (bySlos) {
            if (!s.meetsSlos())
                return s.step;
            continue;
        }
        if (s.errorShare() > kKneeErrorShare)
            return s.step;
        if (s.ttftMs.isEmpty())
            continue;
        if (!base)
            base = &s;
        else if (s.ttftMs.p90 > kKneeFactor * base->ttftMs.p90)
            return s.step;
    }
    return std::nullopt;
}

RunResult onlyStep(const RunResult &result, int step)
{
    RunResult out = result;
    out.records.clear();
    for (const RequestRecord &r : result.records)
        if (r.step == step)
            out.records.append(r);
    out.steps = {};
    if (step >= 0 && step < result.steps.size()) {
        LoadStep s = result.steps.at(step);
        s.index = 0;
        out.steps.append(s);
        for (RequestRecord &r : out.records)
            r.step = 0;
    }
    return out;
}

QList<QList<StepLane>> byLane(const QList<StepLane> &all)
{
    QList<QList<StepLane>> out;
    QHash<QString, qsizetype> index;
    for (const StepLane &s : all) {
        const QString key = s.model + u'\x1f' + s.region;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, out.size());
            out.append(QList<StepLane>());
        }
        out[*it].append(s);
    }
    for (QList<StepLane> &lane : out)
        std::stable_sort(lane.begin(), lane.end(), byLoad);
    return out;
}

} // namespace StepSummary
