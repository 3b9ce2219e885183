#include "reportexport.h"
#include "core/csv.h"
#include "load/loadsvg.h"
#include "load/steptable.h"

#include "leaderboard.h"
#include "prefillsvg.h"
#include "recommendation.h"
#include "reportreader.h"
#include "reportsvg.h"
#include "run/requestmetrics.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

// This file's strings, in the "ReportExport" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

QString fmt(std::optional<double> v, int decimals = 0)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

std::optional<double> pick(const Distribution &d, double Distribution::*f)
{
    return d.isEmpty() ? std::nullopt : std::optional<double>(d.*f);
}

// What each request sent: the prompt, or a dataset's conversations (never the unused prompt).
QString asks(const RunPlan &plan)
{
    return plan.workload.datasetFile.isEmpty()
        ? Tr::tr("prompt \"%1\"").arg(plan.prompt)
        : Tr::tr("conversations of the dataset %1").arg(plan.workload.datasetFile);
}

QString regionName(const RunPlan &plan, const QString &id)
{
    for (const Region &r : plan.regions) {
        if (r.id == id)
            return r.name.isEmpty() ? id : r.name;
    }
    return id;
}

} // namespace

namespace {

// A lane's output tokens per request: "150 (120–160)".
QString outputSpread(const LaneSummary &lane)
{
    const Distribution &d = lane.outputTokensEach;
    if (d.isEmpty())
        return QStringLiteral("-");
    const QString est = lane.tokensEstimated ? QStringLiteral("~") : QString();
    if (d.min == d.max)
        return est + fmt(d.p50);
    return est + QStringLiteral("%1 (%2–%3)").arg(fmt(d.p50), fmt(d.min), fmt(d.max));
}

ReportTable leaderboardTable(const RunResult &run, const Leaderboard &board)
{
    ReportTable table{Tr::tr("Leaderboard"),
                      {Tr::tr("#"), Tr::tr("Model"), Tr::tr("Region"), Tr::tr("n"), Tr::tr("Errors"),
                       Tr::tr("TTFT p50 (ms)"), Tr::tr("TTFT p90"), Tr::tr("TTFT p99"), Tr::tr("First token"),
                       Tr::tr("Tokens/s p50"), Tr::tr("Chars/s p50"), Tr::tr("Output tokens p50 (min–max)"),
                       Tr::tr("$/M output"), Tr::tr("Tier"), Tr::tr("Band")},
                      {},
                      board.notes().join(u' ')};
    for (const LeaderboardRow &r : board.rows()) {
        table.rows.append({QString::number(r.rank), r.name, regionName(run.plan, r.lane.region),
                           QString::number(r.lane.n), QString::number(r.lane.errors), fmt(r.ttftP50()),
                           fmt(r.ttftP90()), fmt(r.ttftP99()), r.lane.firstKindText(),
                           (r.lane.tokensEstimated ? QStringLiteral("~") : QString())
                               + fmt(pick(r.lane.tokensPerS, &Distribution::p50), 1),
                           fmt(pick(r.lane.answerCharsPerS, &Distribution::p50)), outputSpread(r.lane),
                           fmt(r.outputPricePerM, 2), r.tier, r.band});
    }
    return table;
}

ReportTable jobsTable(const LoadedReport &report, const Leaderboard &board, const QStringList &regionIds)
{
    const RunPlan &plan = report.result.plan;
    const Catalog &catalog = report.catalog;
    ReportTable jobs{Tr::tr("Which model for which job"),
                     {Tr::tr("TTFT budget")},
                     {},
                     Tr::tr("The cheapest model whose measured TTFT p90 from the region is inside the band.")};
    for (const QString &id : regionIds)
        jobs.header.append(Tr::tr("Cheapest from %1").arg(regionName(plan, id)));
    const QList<BandPick> picks = Recommendation::cheapestPerBand(board.rows(), catalog, regionIds);
    for (qsizetype b = 0; b < catalog.bands().size(); ++b) {
        const TtftBand &band = catalog.bands().at(b);
        QStringList row{band.belowMs ? Tr::tr("%1 (p90 < %2 ms)").arg(band.name).arg(*band.belowMs)
                                     : Tr::tr("%1 (any)").arg(band.name)};
        for (qsizetype r = 0; r < regionIds.size(); ++r) {
            const BandPick &p = picks.at(b * regionIds.size() + r);
            row.append(p.row ? Tr::tr("%1, $%2/M, p90 %3 ms")
                                   .arg(p.row->name, fmt(p.row->outputPricePerM, 2), fmt(p.row->ttftP90()))
                             : Tr::tr("none"));
        }
        jobs.rows.append(row);
    }
    return jobs;
}

using RowsByModel = QHash<QString, QHash<QString, const LeaderboardRow *>>; // model -> region -> row

ReportTable tiersTable(const LoadedReport &report, const RowsByModel &byModel, const QStringList &regionIds)
{
    const Catalog &catalog = report.catalog;
    ReportTable tiers{Tr::tr("Price tiers"), {Tr::tr("Tier"), Tr::tr("Model"), Tr::tr("$/M output")}, {}, {}};
    for (const QString &id : regionIds)
        tiers.header << Tr::tr("TTFT p50 · %1").arg(regionName(report.result.plan, id)) << Tr::tr("p90")
                     << Tr::tr("p99") << Tr::tr("tok/s");
    QStringList models = report.result.plan.models;
    std::stable_sort(models.begin(), models.end(), [&](const QString &a, const QString &b) {
        const ModelInfo *ma = catalog.model(a), *mb = catalog.model(b);
        const double pa = ma && ma->outputPricePerM ? *ma->outputPricePerM : 1e9;
        const double pb = mb && mb->outputPricePerM ? *mb->outputPricePerM : 1e9;
        return pa < pb;
    });
    for (const QString &id : std::as_const(models)) {
        const ModelInfo *m = catalog.model(id);
        const PriceTier *tier = m ? catalog.tierFor(m->outputPricePerM) : nullptr;
        QStringList row{tier ? tier->name : QString(), m ? m->name : id, fmt(m ? m->outputPricePerM : std::nullopt, 2)};
        for (const QString &region : regionIds) {
            const LeaderboardRow *r = byModel.value(id).value(region);
            row << fmt(r ? r->ttftP50() : std::nullopt) << fmt(r ? r->ttftP90() : std::nullopt)
                << fmt(r ? r->ttftP99() : std::nullopt)
                << fmt(r ? pick(r->lane.tokensPerS, &Distribution::p50) : std::nullopt, 1);
        }
        tiers.rows.append(row);
    }
    return tiers;
}

// The first two regions side by side, with the study's published difference.
ReportTable regionsTable(const LoadedReport &report, const RowsByModel &byModel, const QString &a, const QString &b)
{
    const RunPlan &plan = report.result.plan;
    ReportTable regions{Tr::tr("Regions"),
                        {Tr::tr("Model"), regionName(plan, a), regionName(plan, b), Tr::tr("Difference (ms)"),
                         Tr::tr("Difference (%)"), Tr::tr("Published difference (ms)")},
                        {},
                        Tr::tr("TTFT p50 in ms from each region; the difference is the second minus the first.")};
    for (const QString &id : std::as_const(plan.models)) {
        const ModelInfo *m = report.catalog.model(id);
        const LeaderboardRow *ra = byModel.value(id).value(a), *rb = byModel.value(id).value(b);
        const std::optional<double> ta = ra ? ra->ttftP50() : std::nullopt, tb = rb ? rb->ttftP50() : std::nullopt;
        std::optional<double> published; // the study's, to the first token
        const bool comparable = !ra || ra->ttftKind == TtftKind::FirstToken;
        if (comparable && m && m->regionTtft.contains(a) && m->regionTtft.contains(b))
            published = m->regionTtft.value(b).ttftMs - m->regionTtft.value(a).ttftMs;
        regions.rows.append({m ? m->name : id, fmt(ta), fmt(tb), ta && tb ? fmt(*tb - *ta) : fmt({}),
                             ta && tb && *ta > 0 ? fmt((*tb - *ta) / *ta * 100.0, 1) : fmt({}), fmt(published)});
    }
    return regions;
}

// The tables of a report from its leaderboard, built once per export.
// A timed run's or sweep's steps, with what they say.
ReportTable stepsTable(const LoadedReport &report)
{
    const StepTable steps(report.result, report.catalog);
    ReportTable t;
    t.title = report.result.plan.load.sweep == Load::Sweep::None ? Tr::tr("Load") : Tr::tr("Sweep");
    t.header = steps.header();
    t.rows = steps.rows();
    t.note = steps.notes().join(u' ');
    return t;
}

QList<ReportTable> tablesOf(const LoadedReport &report, const Leaderboard &board)
{
    QStringList regionIds;
    for (const Region &r : report.result.plan.regions)
        regionIds.append(r.id);
    RowsByModel byModel;
    for (const LeaderboardRow &r : board.rows())
        byModel[r.lane.model][r.lane.region] = &r;
    QList<ReportTable> out;
    if (!report.result.steps.isEmpty())
        out.append(stepsTable(report));
    if (report.result.plan.load.sweep != Load::Sweep::None)
        return out; // a sweep's steps pooled into one leaderboard would mean nothing
    out << leaderboardTable(report.result, board) << jobsTable(report, board, regionIds)
        << tiersTable(report, byModel, regionIds);
    if (regionIds.size() > 1)
        out.append(regionsTable(report, byModel, regionIds.at(0), regionIds.at(1)));
    return out;
}

} // namespace

QString ReportExport::requestsCsv(const LoadedReport &report)
{
    const RunResult &run = report.result;
    QString out = QStringLiteral("id,model,region,iteration,warmup,status,http_status,error,ttft_ms,ttft_any_ms,e2e_ms,"
                                 "output_tokens,token_source,tokens_per_s,itl_p99_ms,t_send_mono_ns,simulated,"
                                 "first_token_kind,answer_chars_per_s,reasoning_chars_per_s,tool_call_chars_per_s,"
                                 "arrival_clock\n");
    for (const RequestRecord &r : run.records) {
        const RequestMetrics m = RequestMetrics::from(r.timeline, run.plan.timeScale);
        out += QStringList{Csv::field(QString::fromLatin1(r.timeline.requestId)),
                           Csv::field(r.model),
                           Csv::field(r.region),
                           QString::number(r.iteration + 1),
                           r.warmup ? QStringLiteral("1") : QStringLiteral("0"),
                           statusId(r.timeline.status),
                           r.timeline.httpStatus ? QString::number(r.timeline.httpStatus) : QString(),
                           Csv::field(r.timeline.error),
                           m.ttftMs ? fmt(m.ttftMs, 3) : QString(),
                           m.ttftAnyMs ? fmt(m.ttftAnyMs, 3) : QString(),
                           m.e2eMs ? fmt(m.e2eMs, 3) : QString(),
                           m.outputTokens ? QString::number(*m.outputTokens) : QString(),
                           tokenSourceId(m.tokenSource),
                           m.tokensPerS ? fmt(m.tokensPerS, 3) : QString(),
                           m.itl ? fmt(m.itl->p99Ms, 3) : QString(),
                           QString::number(r.timeline.sendMonoNs),
                           run.simulated ? QStringLiteral("1") : QStringLiteral("0"),
                           tokenKindId(r.timeline.firstKind),
                           m.answerCharsPerS ? fmt(m.answerCharsPerS, 1) : QString(),
                           m.reasoningCharsPerS ? fmt(m.reasoningCharsPerS, 1) : QString(),
                           m.toolCharsPerS ? fmt(m.toolCharsPerS, 1) : QString(),
                           arrivalClockId(r.timeline.arrivalClock)}
                   .join(u',')
            + u'\n';
    }
    return out;
}

QString ReportExport::summaryCsv(const LoadedReport &report, const ReportOptions &options)
{
    if (report.result.plan.load.sweep != Load::Sweep::None)
        return StepTable(report.result, report.catalog).csv();
    return Leaderboard(report.result, report.catalog, Leaderboard::RankBy::Ttft, options.ttft)
        .format(Leaderboard::Format::Csv);
}

QString ReportExport::table(const LoadedReport &report, const ReportOptions &options)
{
    const RunResult &run = report.result;
    QString out;
    if (run.plan.load.sweep == Load::Sweep::None)
        out = Leaderboard(run, report.catalog, Leaderboard::RankBy::Ttft, options.ttft)
                  .format(Leaderboard::Format::Table);
    if (!run.steps.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + StepTable(run, report.catalog).table();
    return out;
}

QString ReportExport::titleOf(const LoadedReport &report, const ReportOptions &options)
{
    return options.title.isEmpty()
        ? Tr::tr("Tokenmeter run, %1").arg(report.result.startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
        : options.title;
}

QStringList ReportExport::warnings(const LoadedReport &report)
{
    const RunResult &run = report.result;
    QStringList out;
    if (run.simulated)
        out << Tr::tr("Simulated: measured against Tokenmeter's simulated provider, not a real API.");
    if (run.cancelled)
        out << Tr::tr("The run was stopped before it finished: these are the requests that did.");
    if (const std::optional<MeasurementLag> lag = MeasurementLag::of(run.records, run.plan.timeScale);
        lag && lag->exceeds())
        out << lag->text();
    return out;
}

QString ReportExport::markdown(const LoadedReport &report, const ReportOptions &options)
{
    const RunResult &run = report.result;
    QString out = QStringLiteral("# ") + titleOf(report, options) + QStringLiteral("\n\n");
    for (const QString &w : warnings(report))
        out += QStringLiteral("> **") + w + QStringLiteral("**\n\n");
    out += (run.plan.load.timed()
                ? Tr::tr("%1, max %2 tokens; %3")
                      .arg(asks(run.plan))
                      .arg(run.plan.maxTokens)
                      .arg(run.plan.load.describe())
                : Tr::tr("%1, %2 iterations per model and region (+%3 warm-up, excluded), max %4 tokens.")
                      .arg(asks(run.plan))
                      .arg(run.plan.iterations)
                      .arg(run.plan.warmup)
                      .arg(run.plan.maxTokens))
        + QStringLiteral("\n\n");
    for (const ReportTable &t : tables(report, options)) {
        out += QStringLiteral("## ") + t.title + QStringLiteral("\n\n|") + t.header.join(u'|') + QStringLiteral("|\n|")
            + QStringLiteral("---|").repeated(t.header.size()) + u'\n';
        for (QStringList row : t.rows) {
            for (QString &c : row)
                c.replace(u'|', QStringLiteral("\\|"));
            out += u'|' + row.join(u'|') + QStringLiteral("|\n");
        }
        if (!t.note.isEmpty())
            out += u'\n' + t.note + u'\n';
        out += u'\n';
    }
    return out;
}

namespace {

QStringList chartsOf(const LoadedReport &report, const Leaderboard &board, TtftKind ttft)
{
    const QString ttftTitle = ttft == TtftKind::FirstToken
        ? Tr::tr("Time to first token of any kind, ms (bar p50, line to p90)")
        : Tr::tr("Time to the first answer text, ms (bar p50, line to p90)");
    QStringList charts{ReportSvg::bars(ttftTitle, board.rows(), report.result.plan, ReportSvg::Metric::Ttft),
                       ReportSvg::bars(Tr::tr("Output speed, tokens/s (bar p50, line to p90)"), board.rows(),
                                       report.result.plan, ReportSvg::Metric::TokensPerS)};
    const RunResult &run = report.result;
    if (run.plan.load.sweep != Load::Sweep::None) {
        const QList<StepLane> lanes = StepSummary::of(run);
        QStringList sweep{LoadSvg::chart(Tr::tr("Latency against throughput, one point per step"), lanes, run.plan.load,
                                         LoadSvg::Chart::LatencyThroughput)};
        if (!run.plan.load.slos.isEmpty())
            sweep << LoadSvg::chart(Tr::tr("Goodput against the load offered"), lanes, run.plan.load,
                                    LoadSvg::Chart::Goodput);
        return sweep;
    }
    if (!board.prefill().isEmpty())
        charts << PrefillSvg::chart(Tr::tr("TTFT against input tokens: prefill rate estimated from the slope"),
                                    board.prefill());
    return charts;
}

// Figures right, words left: "1204", "~70.5", "$0.15", "-19.9", "62 (61–79)" are figures.
bool isFigure(const QString &cell)
{
    static const QRegularExpression figure(QStringLiteral("^[~$+\\-]?[0-9][0-9.,]*%?( \\([0-9.,]+–[0-9.,]+\\))?$"));
    return cell == u"-" || figure.match(cell).hasMatch();
}

QString htmlTable(const ReportTable &t)
{
    QString out = QStringLiteral("<h2>%1</h2>\n<table><tr>").arg(t.title.toHtmlEscaped());
    for (const QString &h : t.header)
        out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>\n");
    for (const QStringList &row : t.rows) {
        out += QStringLiteral("<tr>");
        for (const QString &c : row)
            out += QStringLiteral("<td align=\"%1\">%2</td>")
                       .arg(isFigure(c) ? QStringLiteral("right") : QStringLiteral("left"), c.toHtmlEscaped());
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
    if (!t.note.isEmpty())
        out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(t.note.toHtmlEscaped());
    return out;
}

} // namespace

QList<ReportTable> ReportExport::tables(const LoadedReport &report, const ReportOptions &options)
{
    return tablesOf(report, Leaderboard(report.result, report.catalog, Leaderboard::RankBy::Ttft, options.ttft));
}

QStringList ReportExport::svgCharts(const LoadedReport &report, const ReportOptions &options)
{
    return chartsOf(report, Leaderboard(report.result, report.catalog, Leaderboard::RankBy::Ttft, options.ttft),
                    options.ttft);
}

QString ReportExport::html(const LoadedReport &report, const ReportOptions &options, bool imageCharts)
{
    const RunResult &run = report.result;
    const Leaderboard board(run, report.catalog, Leaderboard::RankBy::Ttft, options.ttft);
    const QString title = titleOf(report, options).toHtmlEscaped();
    // Cells never wrap inside a word; the banner is the window's.
    QString out
        = QStringLiteral(
              "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
              "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
              "td,th{border:1px solid #ccc;padding:3px 6px;font-size:9pt;white-space:nowrap}th{white-space:normal}"
              ".note{color:#555;font-size:8pt}</style></head><body>\n")
              .arg(title);
    out += QStringLiteral("<h1>%1</h1>\n").arg(title);
    // The window's banner: a table cell, which browsers and the PDF writer both colour.
    for (const QString &w : warnings(report))
        out += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"border-collapse:collapse\"><tr>"
                              "<td class=\"sim\" bgcolor=\"#f0c040\" style=\"border:none;color:#1a1a1a;font-size:12pt;"
                              "white-space:normal\"><b>%1</b></td></tr></table>\n")
                   .arg(w.toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>\n")
               .arg((run.plan.load.timed()
                         ? Tr::tr("Endpoint %1; %2; %3")
                               .arg(run.plan.endpointNames(), asks(run.plan), run.plan.load.describe())
                         : Tr::tr("Endpoint %1; %2; %3 iterations per model and region.")
                               .arg(run.plan.endpointNames(), asks(run.plan))
                               .arg(run.plan.iterations))
                        .toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>\n").arg(Tr::tr("Workload: %1.").arg(run.plan.workload.describe()).toHtmlEscaped());
    const QStringList charts = chartsOf(report, board, options.ttft);
    for (qsizetype i = 0; i < charts.size(); ++i)
        out += (imageCharts ? QStringLiteral("<p><img src=\"chart:%1\"></p>").arg(i) : charts.at(i))
            + QStringLiteral("\n");
    for (const ReportTable &t : tablesOf(report, board))
        out += htmlTable(t);
    return out + QStringLiteral("</body></html>\n");
}
