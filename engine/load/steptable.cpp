#include "steptable.h"

#include "catalog/catalog.h"
#include "core/csv.h"
#include "core/texttable.h"
#include "run/runresult.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// This file's strings, in the "StepTable" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StepTable)
};

QString num(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

QString dist(const Distribution &d, double value, int decimals = 0)
{
    return d.isEmpty() ? QStringLiteral("-") : num(value, decimals);
}

// What to read with care about a step: the client fell behind, or the run stopped in it.
QString clientText(const StepLane &s)
{
    QStringList marks;
    if (s.unreliable)
        marks << Tr::tr("unreliable");
    if (!s.complete)
        marks << Tr::tr("stopped");
    return marks.join(QStringLiteral(", "));
}

QString sloText(const StepLane &s, bool any)
{
    if (!any)
        return QStringLiteral("-");
    return s.meetsSlos() ? Tr::tr("met") : Tr::tr("broken: %1").arg(s.broken.join(QStringLiteral("; ")));
}

} // namespace

StepTable::StepTable(const RunResult &result, const Catalog &catalog, const QList<RequestMetrics> *metrics)
    : m_lanes(StepSummary::of(result.steps, result.records, result.plan, metrics))
    , m_load(result.plan.load)
    , m_timeScale(result.plan.timeScale)
    , m_simulated(result.simulated)
{
    for (const QString &id : result.plan.models) {
        const ModelInfo *m = catalog.model(id);
        m_names.insert(id, m && !m->name.isEmpty() ? m->name : id);
    }
}

QString StepTable::valueText(const Load &load, double value)
{
    return load.openLoop() ? Tr::tr("%1 req/s").arg(QString::number(value, 'g', 4))
                           : Tr::tr("concurrency %1").arg(value);
}

QList<QStringList> StepTable::rows() const
{
    QList<QStringList> out;
    const bool slos = !m_load.slos.isEmpty();
    for (const StepLane &s : m_lanes) {
        out.append(QStringList{QString::number(s.step + 1),
                               QString::number(s.value, 'g', 4),
                               m_names.value(s.model, s.model),
                               s.region,
                               QString::number(s.sent),
                               QString::number(s.errors),
                               QString::number(s.rateLimited),
                               num(s.requestsPerS, 2),
                               num(s.outputTokensPerS, 0),
                               slos ? num(s.goodputPerS, 2) : QStringLiteral("-"),
                               dist(s.ttftMs, s.ttftMs.p50),
                               dist(s.ttftMs, s.ttftMs.p90),
                               dist(s.ttftMs, s.ttftMs.p99),
                               dist(s.ttftFromScheduleMs, s.ttftFromScheduleMs.p90),
                               dist(s.itlMs, s.itlMs.p50, 1),
                               dist(s.itlMs, s.itlMs.p99, 1),
                               dist(s.e2eMs, s.e2eMs.p99),
                               dist(s.lagMs, s.lagMs.p99, 1),
                               clientText(s),
                               sloText(s, slos)});
    }
    return out;
}

QStringList StepTable::header() const
{
    return QStringList{Tr::tr("Step"),     m_load.openLoop() ? Tr::tr("Rate") : Tr::tr("Conc."),
                       Tr::tr("Model"),    Tr::tr("Region"),
                       Tr::tr("Sent"),     Tr::tr("Err"),
                       Tr::tr("429"),      Tr::tr("req/s"),
                       Tr::tr("tok/s"),    Tr::tr("Goodput"),
                       Tr::tr("TTFT p50"), Tr::tr("p90"),
                       Tr::tr("p99"),      Tr::tr("p90 sched."),
                       Tr::tr("ITL p50"),  Tr::tr("p99"),
                       Tr::tr("E2E p99"),  Tr::tr("Lag p99"),
                       Tr::tr("Client"),   Tr::tr("SLO")};
}

QString StepTable::table() const
{
    QList<QStringList> cells{header()};
    cells.append(rows());
    QString out = TextTable::render(cells, [](qsizetype c) { return c == 2 || c == 3 || c >= 18; });
    for (const QString &note : notes())
        out += note + u'\n';
    return out;
}

QString StepTable::csv() const
{
    QString out = QStringLiteral(
                      "step,%1,model,region,sent,errors,rate_limited,requests_per_s,output_tokens_per_s,goodput_per_s,"
                      "ttft_p50_ms,ttft_p90_ms,ttft_p99_ms,ttft_from_schedule_p90_ms,itl_p50_ms,itl_p99_ms,e2e_p99_ms,"
                      "lag_p99_ms,client,slo,window_s,complete,simulated\n")
                      .arg(m_load.openLoop() ? QStringLiteral("rate_per_s") : QStringLiteral("concurrency"));
    const QList<QStringList> r = rows();
    for (qsizetype i = 0; i < r.size(); ++i) {
        QStringList f = r.at(i);
        f[2] = m_lanes.at(i).model;
        for (QString &cell : f)
            cell = Csv::field(cell == u"-" ? QString() : cell);
        f << num(m_lanes.at(i).windowS, 3)
          << (m_lanes.at(i).complete ? QStringLiteral("true") : QStringLiteral("false"))
          << (m_simulated ? QStringLiteral("true") : QStringLiteral("false"));
        out += f.join(u',') + u'\n';
    }
    return out;
}

QString StepTable::markdown() const
{
    QString out
        = Tr::tr("| Step | Load | Model | Region | Sent | Err | 429 | req/s | tok/s | Goodput | TTFT p50 | TTFT p90 | "
                 "ITL p99 | E2E p99 | Lag p99 | Client | SLO |")
        + QStringLiteral("\n|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (const QStringList &f : rows())
        out += u"| "
            + QStringList{f[0], f[1],  f[2],  f[3],  f[4],  f[5],  f[6],  f[7], f[8],
                          f[9], f[10], f[11], f[15], f[16], f[17], f[18], f[19]}
                  .join(QStringLiteral(" | "))
            + u" |\n";
    out += u'\n';
    for (const QString &note : notes())
        out += note + QStringLiteral("\n\n");
    return out;
}

QString StepTable::kneeNote(const QString &who, const QList<StepLane> &lane, bool bySlos) const
{
    const std::optional<int> knee = StepSummary::knee(lane, bySlos);
    if (!knee)
        return Tr::tr("%1: no knee within these steps.").arg(who);
    const auto base = std::find_if(lane.cbegin(), lane.cend(), [](const StepLane &s) { return !s.ttftMs.isEmpty(); });
    const auto s = std::find_if(lane.cbegin(), lane.cend(), [&](const StepLane &x) { return x.step == *knee; });
    const QString at = valueText(m_load, s->value);
    if (bySlos)
        return Tr::tr("%1: knee at %2, the first step to break the SLOs (%3).")
            .arg(who, at, s->broken.join(QStringLiteral("; ")));
    if (s->errorShare() > 0.05)
        return Tr::tr("%1: knee at %2, where %3 of %4 requests failed.").arg(who, at).arg(s->errors).arg(s->sent);
    return Tr::tr("%1: knee at %2, where TTFT p90 is %3 ms, more than twice the %4 ms of the lowest load.")
        .arg(who, at, num(s->ttftMs.p90), base != lane.cend() ? num(base->ttftMs.p90) : QStringLiteral("-"));
}

QStringList StepTable::notes() const
{
    QStringList out;
    if (m_simulated)
        out << Tr::tr("Simulated: every figure was measured against the simulated provider, whose capacity is "
                      "set in the catalog.");
    if (m_timeScale != 1.0)
        out << Tr::tr("Run at %1x the simulated provider's speed: figures are in its time, and the client's lag "
                      "counts %1 times.")
                   .arg(m_timeScale);
    out << Tr::tr("Latencies in ms from each request's send; \"p90 sched.\" counts from when it was due (open loop), "
                  "so the client's own lag is not hidden. Throughputs count what finished within a step's measured "
                  "window.");
    const bool bySlos = !m_load.slos.isEmpty();
    if (bySlos)
        out << Tr::tr("SLOs: %1. Goodput: requests/s that met every one.").arg(SloTerm::listText(m_load.slos));
    for (const QList<StepLane> &lane : StepSummary::byLane(m_lanes)) {
        const QString who = Tr::tr("%1 from %2").arg(m_names.value(lane.first().model), lane.first().region);
        if (m_load.search) {
            std::optional<double> best;
            for (const StepLane &s : lane)
                if (s.meetsSlos() && (!best || s.value > *best))
                    best = s.value;
            out << (best ? Tr::tr("%1: the highest rate found to meet the SLOs is %2 (%n step(s)).", nullptr,
                                  int(lane.size()))
                               .arg(who, valueText(m_load, *best))
                         : Tr::tr("%1: no rate searched met the SLOs.").arg(who));
            continue;
        }
        if (m_load.sweep == Load::Sweep::None) // one step: nothing to break against
            continue;
        out << kneeNote(who, lane, bySlos);
    }
    for (const StepLane &s : m_lanes)
        if (s.unreliable)
            out << Tr::tr("Step %1 (%2 from %3) is unreliable: the client sent its requests late (lag p99 %4 ms), "
                          "so it offered less load than planned.")
                       .arg(s.step + 1)
                       .arg(m_names.value(s.model), s.region, num(s.lagMs.p99, 1));
    return out;
}
