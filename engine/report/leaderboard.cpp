#include "leaderboard.h"
#include "core/csv.h"
#include "core/texttable.h"

#include "catalog/catalog.h"
#include "run/runresult.h"
#include "workloadnotes.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// This file's strings, in the "Leaderboard" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Leaderboard)
};

QString fmt(std::optional<double> v, int decimals = 0)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

std::optional<double> p50(const Distribution &d)
{
    return d.isEmpty() ? std::nullopt : std::optional<double>(d.p50);
}
std::optional<double> p90(const Distribution &d)
{
    return d.isEmpty() ? std::nullopt : std::optional<double>(d.p90);
}
std::optional<double> p99(const Distribution &d)
{
    return d.isEmpty() ? std::nullopt : std::optional<double>(d.p99);
}

// CSV leaves a missing figure empty rather than "-".
QString csvNum(std::optional<double> v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

// The one kind every first token was, "mixed", or empty when none came.
QString firstKindId(const LaneSummary &s)
{
    if (const TokenKind kind = s.firstKind(); kind != TokenKind::None)
        return tokenKindId(kind);
    return s.firstAnswer + s.firstReasoning + s.firstTool > 0 ? QStringLiteral("mixed") : QString();
}

// Sorts with empty figures last.
template<typename Key>
void rankBy(QList<LeaderboardRow> &rows, Key key, bool descending)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const LeaderboardRow &a, const LeaderboardRow &b) {
        const std::optional<double> ka = key(a), kb = key(b);
        if (!ka || !kb)
            return ka.has_value() && !kb.has_value();
        return descending ? *ka > *kb : *ka < *kb;
    });
}

} // namespace

std::optional<double> LeaderboardRow::ttftP50() const
{
    return p50(lane.ttft(ttftKind));
}

std::optional<double> LeaderboardRow::ttftP90() const
{
    return p90(lane.ttft(ttftKind));
}

std::optional<double> LeaderboardRow::ttftP99() const
{
    return p99(lane.ttft(ttftKind));
}

QString Leaderboard::ttftKindText(TtftKind kind)
{
    return kind == TtftKind::FirstToken ? Tr::tr("first token of any kind") : Tr::tr("first answer text");
}

std::optional<Leaderboard::RankBy> Leaderboard::rankByFromString(const QString &s)
{
    if (s == u"ttft")
        return RankBy::Ttft;
    if (s == u"tps")
        return RankBy::TokensPerS;
    if (s == u"cost")
        return RankBy::Cost;
    return std::nullopt;
}

QList<LeaderboardRow> Leaderboard::rowsOf(const QList<RequestRecord> &records, const Catalog &catalog, double timeScale,
                                          const QList<RequestMetrics> *metrics, TtftKind ttftKind)
{
    const auto priceOf = [&catalog](const QString &id) {
        const ModelInfo *m = catalog.model(id);
        return m ? ModelPrice{m->inputPricePerM, m->outputPricePerM} : ModelPrice{};
    };
    QList<LeaderboardRow> rows;
    for (const LaneSummary &lane : LaneSummary::summarize(records, priceOf, timeScale, metrics)) {
        LeaderboardRow row;
        row.lane = lane;
        row.name = lane.model;
        row.ttftKind = ttftKind;
        if (const ModelInfo *m = catalog.model(lane.model)) {
            row.name = m->name;
            row.provider = m->provider;
            row.outputPricePerM = m->outputPricePerM;
            row.publishedTtftMs = m->referenceTtftMs(lane.region);
            row.publishedTokensPerS = m->publishedTokensPerS;
            row.reasoning = m->reasoning;
        }
        if (const PriceTier *t = catalog.tierFor(row.outputPricePerM))
            row.tier = t->name;
        if (const TtftBand *b = catalog.bandFor(row.ttftP50()))
            row.band = b->name;
        rows.append(row);
    }
    return rows;
}

Leaderboard::Leaderboard(const RunResult &result, const Catalog &catalog, RankBy by, TtftKind ttftKind)
    : m_rows(rowsOf(result.records, catalog, result.plan.timeScale, nullptr, ttftKind))
    , m_simulated(result.simulated)
    , m_timeScale(result.plan.timeScale)
    , m_lag(MeasurementLag::of(result.records, result.plan.timeScale))
    , m_ttftKind(ttftKind)
{
    m_workload = result.plan.workload;
    m_prefill = PrefillFit::of(result.records, m_workload, result.plan.timeScale);
    for (const LeaderboardRow &row : std::as_const(m_rows))
        m_anyEstimated |= row.lane.tokensEstimated;
    switch (by) {
    case RankBy::Ttft:
        rankBy(
            m_rows, [](const LeaderboardRow &r) { return r.ttftP50(); }, false);
        break;
    case RankBy::TokensPerS:
        rankBy(
            m_rows, [](const LeaderboardRow &r) { return p50(r.lane.tokensPerS); }, true);
        break;
    case RankBy::Cost:
        rankBy(
            m_rows, [](const LeaderboardRow &r) { return r.outputPricePerM; }, false);
        break;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i].rank = int(i + 1);
}

QStringList Leaderboard::notes() const
{
    QStringList out;
    if (m_simulated)
        out << Tr::tr("SIMULATED: measured against Tokenmeter's simulated provider, not a real API.");
    if (m_timeScale != 1.0)
        out << Tr::tr("Time scale %1x: the simulated provider ran %1 times faster than real time; times "
                      "and rates are shown in its simulated time (measured x%1), measurement error included.")
                   .arg(m_timeScale);
    if (m_lag)
        out << m_lag->text();
    QList<LaneSummary> lanes;
    for (const LeaderboardRow &row : m_rows)
        lanes.append(row.lane);
    out << WorkloadNotes::lines(m_workload, lanes, m_prefill);
    if (m_anyEstimated)
        out << Tr::tr("~ marks token counts estimated from event counts (the server sent no usage).");
    out << Tr::tr("TTFT is the time to the %1; \"1st token\" says what that token was (answer, reasoning or "
                  "tool call).")
               .arg(ttftKindText(m_ttftKind));
    out << Tr::tr("chars/s is answer text in characters per second after its first event: unlike tokens/s, it "
                  "does not depend on the model's tokenizer. \"Out tok\" is each request's output tokens, p50.");
    if (m_ttftKind == TtftKind::FirstToken)
        out << Tr::tr("\"pub\" figures are the published study's reference (first token), not measurements.");
    else
        out << Tr::tr("\"pub\" figures are the published study's reference, not measurements; its TTFT is to "
                      "the first token, so none is shown beside this TTFT.");
    return out;
}

QString Leaderboard::format(Format format) const
{
    switch (format) {
    case Format::Csv:
        return csv();
    case Format::Markdown:
        return markdown();
    case Format::Table:
        break;
    }
    return table();
}

QString Leaderboard::table() const
{
    const QStringList header{Tr::tr("#"),       Tr::tr("Model"),     Tr::tr("Region"),    Tr::tr("n"),
                             Tr::tr("Err"),     Tr::tr("TTFT p50"),  Tr::tr("p90"),       Tr::tr("p99"),
                             Tr::tr("pub"),     Tr::tr("1st token"), Tr::tr("tok/s p50"), Tr::tr("pub"),
                             Tr::tr("chars/s"), Tr::tr("Out tok"),   Tr::tr("E2E p50"),   Tr::tr("ITL p99"),
                             Tr::tr("$/M out"), Tr::tr("Tier"),      Tr::tr("Band")};
    QList<QStringList> cells{header};
    for (const LeaderboardRow &r : m_rows) {
        const QString est = r.lane.tokensEstimated ? QStringLiteral("~") : QString();
        cells.append({QString::number(r.rank), r.name, r.lane.region, QString::number(r.lane.n),
                      QString::number(r.lane.errors), fmt(r.ttftP50()), fmt(r.ttftP90()), fmt(r.ttftP99()),
                      fmt(r.comparablePublishedTtftMs()), r.lane.firstKindText(), est + fmt(p50(r.lane.tokensPerS), 1),
                      fmt(r.publishedTokensPerS), fmt(p50(r.lane.answerCharsPerS)),
                      est + fmt(p50(r.lane.outputTokensEach)), fmt(p50(r.lane.e2eMs)), fmt(p99(r.lane.itlMs), 1),
                      fmt(r.outputPricePerM, 2), r.tier, r.band});
    }
    QString out = TextTable::render(cells, [](qsizetype c) { return c == 1 || c == 2 || c == 9 || c >= 17; });
    for (const QString &note : notes())
        out += note + u'\n';
    return out;
}

QString Leaderboard::csv() const
{
    QString out = QStringLiteral(
        "rank,model,name,provider,region,n,errors,ttft_definition,ttft_p50_ms,ttft_p90_ms,ttft_p99_ms,"
        "ttft_first_text_p50_ms,ttft_first_token_p50_ms,published_first_token_ttft_ms,tokens_per_s_p50,published_tokens_per_s,e2e_p50_ms,itl_p99_ms,"
        "output_usd_per_m,tier,band,cost_usd,tokens_estimated,simulated,first_token_kind,answer_chars_per_s_p50,"
        "reasoning_chars_per_s_p50,tool_call_chars_per_s_p50,output_tokens_p50,output_tokens_min,output_tokens_max\n");
    const QString definition = m_ttftKind == TtftKind::FirstToken ? QStringLiteral("first_token")
                                                                  : QStringLiteral("first_text");
    for (const LeaderboardRow &r : m_rows) {
        const QStringList f{
            QString::number(r.rank),
            Csv::field(r.lane.model),
            Csv::field(r.name),
            Csv::field(r.provider),
            Csv::field(r.lane.region),
            QString::number(r.lane.n),
            QString::number(r.lane.errors),
            definition,
            csvNum(r.ttftP50(), 1),
            csvNum(r.ttftP90(), 1),
            csvNum(r.ttftP99(), 1),
            csvNum(p50(r.lane.ttft(TtftKind::FirstText)), 1),
            csvNum(p50(r.lane.ttftAnyMs), 1),
            csvNum(r.publishedTtftMs, 0),
            csvNum(p50(r.lane.tokensPerS), 2),
            csvNum(r.publishedTokensPerS, 0),
            csvNum(p50(r.lane.e2eMs), 1),
            csvNum(p99(r.lane.itlMs), 2),
            csvNum(r.outputPricePerM, 4),
            Csv::field(r.tier),
            Csv::field(r.band),
            csvNum(r.lane.costUsd, 6),
            r.lane.tokensEstimated ? QStringLiteral("true") : QStringLiteral("false"),
            m_simulated ? QStringLiteral("true") : QStringLiteral("false"),
            firstKindId(r.lane),
            csvNum(p50(r.lane.answerCharsPerS), 1),
            csvNum(p50(r.lane.reasoningCharsPerS), 1),
            csvNum(p50(r.lane.toolCharsPerS), 1),
            csvNum(p50(r.lane.outputTokensEach), 0),
            csvNum(r.lane.outputTokensEach.isEmpty() ? std::nullopt : std::optional(r.lane.outputTokensEach.min), 0),
            csvNum(r.lane.outputTokensEach.isEmpty() ? std::nullopt : std::optional(r.lane.outputTokensEach.max), 0)};
        out += f.join(u',') + u'\n';
    }
    return out;
}

QString Leaderboard::markdown() const
{
    QString out;
    if (m_simulated)
        out += QStringLiteral("> **") + Tr::tr("Simulated") + QStringLiteral(":** ")
            + Tr::tr("measured against Tokenmeter's simulated provider, not a real API.") + QStringLiteral("\n\n");
    out += u'|'
        + QStringList{Tr::tr("#"),
                      Tr::tr("Model"),
                      Tr::tr("Provider"),
                      Tr::tr("Region"),
                      Tr::tr("n"),
                      Tr::tr("Errors"),
                      Tr::tr("TTFT p50 (ms)"),
                      Tr::tr("TTFT p90"),
                      Tr::tr("TTFT p99"),
                      Tr::tr("First token"),
                      Tr::tr("Tokens/s p50"),
                      Tr::tr("Chars/s p50"),
                      Tr::tr("Output tokens p50"),
                      Tr::tr("E2E p50 (ms)"),
                      Tr::tr("$/M output"),
                      Tr::tr("Tier"),
                      Tr::tr("Band")}
              .join(u'|')
        + QStringLiteral("|\n|") + QStringLiteral("---|").repeated(17) + u'\n';
    for (const LeaderboardRow &r : m_rows) {
        const QString est = r.lane.tokensEstimated ? QStringLiteral("~") : QString();
        QStringList cells{QString::number(r.rank),
                          r.name,
                          r.provider,
                          r.lane.region,
                          QString::number(r.lane.n),
                          QString::number(r.lane.errors),
                          fmt(r.ttftP50()),
                          fmt(r.ttftP90()),
                          fmt(r.ttftP99()),
                          r.lane.firstKindText(),
                          est + fmt(p50(r.lane.tokensPerS), 1),
                          fmt(p50(r.lane.answerCharsPerS)),
                          est + fmt(p50(r.lane.outputTokensEach)),
                          fmt(p50(r.lane.e2eMs)),
                          fmt(r.outputPricePerM, 2),
                          r.tier,
                          r.band};
        for (QString &c : cells)
            c.replace(u'|', QStringLiteral("\\|"));
        out += u'|' + cells.join(u'|') + QStringLiteral("|\n");
    }
    out += u'\n';
    for (const QString &note : notes())
        out += QStringLiteral("- ") + note + u'\n';
    return out;
}
