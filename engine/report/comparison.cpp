#include "comparison.h"

#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "run/measurementlag.h"
#include "run/requestmetrics.h"
#include "run/runresult.h"
#include "run/statistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {

// This file's strings, in the "Comparison" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

// What a run measured, to tell whether two runs measured the same thing.
QStringList endpointsOf(const RunPlan &plan)
{
    QStringList urls;
    for (const Endpoint &e : plan.endpoints)
        urls.append(e.protocol + u' ' + e.baseUrl);
    urls.sort();
    return urls;
}

struct Samples
{
    QList<double> ttft;
    QList<double> tps;
    QList<double> chars;
    QList<double> outputTokens;
};

QHash<QString, Samples> samplesOf(const RunResult &run, TtftKind kind, QStringList *order)
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
        // The first answer text falls back to the first token, as LaneSummary's does.
        if (const auto t = kind == TtftKind::FirstToken || !m.ttftMs ? m.ttftAnyMs : m.ttftMs)
            s.ttft.append(*t);
        if (m.tokensPerS)
            s.tps.append(*m.tokensPerS);
        if (m.answerCharsPerS)
            s.chars.append(*m.answerCharsPerS);
        if (m.outputTokens && m.tokenSource == TokenSource::Usage) // an event count is no length to compare
            s.outputTokens.append(double(*m.outputTokens));
    }
    return lanes;
}

double percentileOf(QList<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return percentileSorted(v, q);
}

// Whether two runs asked the same of each request (the prompt aside, which
// the caller compares; a prompt file by its SHA-256).
bool sameWorkload(const Workload &a, const Workload &b)
{
    return a.inputTokens == b.inputTokens && a.inputSpread == b.inputSpread && a.inputSweep == b.inputSweep
        && a.cache == b.cache && a.fixedOutput == b.fixedOutput && a.promptSha256 == b.promptSha256
        && a.toolCall == b.toolCall && a.datasetSha256 == b.datasetSha256 && a.datasetSeed == b.datasetSeed;
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

QList<LaneComparison> Comparison::compare(const RunResult &before, const RunResult &after, TtftKind kind, quint64 seed,
                                          int resamples)
{
    QStringList order;
    const QHash<QString, Samples> a = samplesOf(before, kind, &order);
    const QHash<QString, Samples> b = samplesOf(after, kind, nullptr);
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
        lane.charsPerSP50 = change(sa.chars, sb.chars, 50, seed + 4, resamples);
        lane.outputTokensP50 = change(sa.outputTokens, sb.outputTokens, 50, seed + 5, resamples);
        out.append(lane);
    }
    return out;
}

RunComparison Comparison::compareRuns(const RunResult &before, const RunResult &after, const Catalog *catalog,
                                      TtftKind kind)
{
    RunComparison c;
    c.ttft = kind;
    c.lanes = compare(before, after, kind);
    c.caveats = caveats(before, after);
    QHash<QString, QString> regionNames;
    for (const RunResult *run : {&after, &before})
        for (const Region &r : run->plan.regions)
            regionNames.insert(r.id, r.name.isEmpty() ? r.id : CatalogNames::display(r.name));
    for (LaneComparison &l : c.lanes) {
        const ModelInfo *m = catalog ? catalog->model(l.model) : nullptr;
        l.modelName = m && !m->name.isEmpty() ? m->name : l.model;
        l.regionName = regionNames.value(l.region, l.region);
    }
    if (const QString caveat = outputLengthCaveat(c.lanes); !caveat.isEmpty())
        c.caveats.append(caveat);
    return c;
}

QStringList Comparison::caveats(const RunResult &a, const RunResult &b)
{
    QStringList out;
    const RunPlan &pa = a.plan, &pb = b.plan;
    if (a.simulated != b.simulated)
        out.append(Tr::tr("A measured %1, B %2: a simulated figure says nothing about a real API.")
                       .arg(a.simulated ? Tr::tr("the simulated provider") : Tr::tr("a real API"),
                            b.simulated ? Tr::tr("the simulated provider") : Tr::tr("a real API")));
    else if (!a.simulated && endpointsOf(pa) != endpointsOf(pb))
        out.append(Tr::tr("A measured %1, B %2: the endpoints differ.").arg(pa.endpointNames(), pb.endpointNames()));
    if (pa.timeScale != pb.timeScale)
        out.append(Tr::tr("A was measured at %1x speed-up, B at %2x: a speed-up multiplies the measurement's own "
                          "lag, so part of the difference may be the speed-up's.")
                       .arg(pa.timeScale)
                       .arg(pb.timeScale));
    for (const auto &[name, run] : {std::pair{QStringLiteral("A"), &a}, std::pair{QStringLiteral("B"), &b}}) {
        const std::optional<MeasurementLag> lag = MeasurementLag::of(run->records, run->plan.timeScale);
        if (lag && lag->exceeds())
            out.append(Tr::tr("%1: %2").arg(name, lag->text()));
    }
    const bool bothDatasets = !pa.workload.datasetFile.isEmpty() && !pb.workload.datasetFile.isEmpty();
    if ((pa.prompt != pb.prompt && !bothDatasets) || pa.maxTokens != pb.maxTokens)
        out.append(Tr::tr("A and B sent different requests (prompt or maximum tokens): their tokens/s and "
                          "TTFT measure different work."));
    if (!sameWorkload(pa.workload, pb.workload))
        out.append(Tr::tr("A and B had different workloads (A: %1; B: %2): input lengths, prompt caching or "
                          "answer lengths differ, so their TTFT and tokens/s measure different work.")
                       .arg(pa.workload.describe(), pb.workload.describe()));
    for (const auto &[name, run] : {std::pair{QStringLiteral("A"), &a}, std::pair{QStringLiteral("B"), &b}}) {
        if (run->steps.size() > 1) // a sweep's steps pooled: figures of different loads mixed
            out.append(Tr::tr("%1 is a load test of %2 steps, pooled here: its figures mix different loads. Compare "
                              "two sweeps with tokenmeter-cli compare, which goes step by step.")
                           .arg(name)
                           .arg(run->steps.size()));
    }
    return out;
}

QString Comparison::outputLengthCaveat(const QList<LaneComparison> &lanes)
{
    QStringList differ;
    for (const LaneComparison &l : lanes) {
        const FigureChange &c = l.outputTokensP50;
        if (!c.before || !c.after || *c.before <= 0 || *c.after <= 0)
            continue;
        if (std::max(*c.before, *c.after) > (1 + kOutputMismatch) * std::min(*c.before, *c.after))
            differ.append(Tr::tr("%1 %2 (A %3, B %4 tokens)")
                              .arg(l.modelName.isEmpty() ? l.model : l.modelName,
                                   l.regionName.isEmpty() ? l.region : l.regionName)
                              .arg(qRound64(*c.before))
                              .arg(qRound64(*c.after)));
    }
    if (differ.isEmpty())
        return {};
    return Tr::tr("Output lengths (p50 per request) differ by more than 20%: %1. Tokens/s and end-to-end times "
                  "do not compare directly at different lengths; compare text speed (chars/s) or fix the length.")
        .arg(differ.join(QStringLiteral("; ")));
}

QString Comparison::verdict(const FigureChange &c, bool likeForLike)
{
    if (!c.ciLow)
        return Tr::tr("too few requests");
    if (!c.beyondNoise)
        return Tr::tr("no");
    return likeForLike ? Tr::tr("yes") : Tr::tr("yes, but read the caution above");
}

QString Comparison::explanation()
{
    return Tr::tr(
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
