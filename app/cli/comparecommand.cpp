#include "comparecommand.h"
#include "load/stepsummary.h"
#include "load/steptable.h"

#include "clioutput.h"
#include "core/csv.h"
#include "exitcodes.h"
#include "report/comparison.h"
#include "report/leaderboard.h"
#include "report/reportreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cmath>

namespace {

// The strings of the report commands, in their "ReportCommand" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

// Machine-readable: '.' decimals, "-" for nothing, never "-0".
QString fixed(std::optional<double> v, int decimals)
{
    if (!v)
        return QStringLiteral("-");
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(*v * scale) / scale;
    return QString::number(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

// One row per lane and figure: A, B, the change and its interval.
QList<QStringList> comparisonRows(const RunComparison &comparison)
{
    QList<QStringList> rows;
    for (const LaneComparison &l : comparison.lanes) {
        const QList<QPair<QString, const FigureChange *>> figures{
            {QStringLiteral("TTFT p50 ms"), &l.ttftP50},      {QStringLiteral("TTFT p90 ms"), &l.ttftP90},
            {QStringLiteral("TTFT p99 ms"), &l.ttftP99},      {QStringLiteral("tok/s p50"), &l.tokensPerSP50},
            {QStringLiteral("chars/s p50"), &l.charsPerSP50}, {QStringLiteral("out tok p50"), &l.outputTokensP50}};
        for (const auto &[name, c] : figures) {
            const int d = name.startsWith(u't') ? 1 : 0;
            const QString ci = c->ciLow ? QStringLiteral("%1 .. %2").arg(fixed(c->ciLow, d), fixed(c->ciHigh, d))
                                        : QStringLiteral("-");
            rows.append({l.modelName, l.regionName, QStringLiteral("%1/%2").arg(l.nBefore).arg(l.nAfter), name,
                         fixed(c->before, d), fixed(c->after, d), fixed(c->delta(), d), fixed(c->deltaPercent(), 1), ci,
                         Comparison::verdict(*c, comparison.likeForLike())});
        }
    }
    return rows;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> width(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        width[c] = header.at(c).size();
        for (const QStringList &r : rows)
            width[c] = std::max(width[c], r.at(c).size());
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            padded.append(c < 4 ? cells.at(c).leftJustified(width[c]) : cells.at(c).rightJustified(width[c]));
        return padded.join(QStringLiteral("  ")) + u'\n';
    };
    QString text = line(header);
    for (const QStringList &r : rows)
        text += line(r);
    return text;
}

// The comparison as a table, CSV or Markdown; nothing for another format.
// What to read with care comes first (CSV: on stderr).
std::optional<QString> renderComparison(const RunComparison &comparison, const QString &format, bool simulated)
{
    const QStringList header{Tr::tr("Model"),       Tr::tr("Region"),    Tr::tr("n A/B"),
                             Tr::tr("Figure"),      QStringLiteral("A"), QStringLiteral("B"),
                             Tr::tr("Change"),      Tr::tr("Change %"),  Tr::tr("95% CI of change"),
                             Tr::tr("Beyond noise")};
    const QList<QStringList> rows = comparisonRows(comparison);
    const QString ttft = Tr::tr("TTFT is the time to the %1.").arg(Leaderboard::ttftKindText(comparison.ttft));
    QString text;
    if (format == u"csv") {
        QTextStream err(stderr);
        for (const QString &caveat : comparison.caveats)
            err << Tr::tr("Caution: %1").arg(caveat) << '\n';
        text = Csv::row(header) + u'\n';
        for (const QStringList &r : rows)
            text += Csv::row(r) + u'\n';
        return text;
    }
    if (format == u"md") {
        for (const QString &caveat : comparison.caveats)
            text += QStringLiteral("> **%1** %2\n>\n").arg(Tr::tr("Caution:"), caveat);
        text += ttft + QStringLiteral("\n\n|") + header.join(u'|') + QStringLiteral("|\n|")
            + QStringList(header.size(), QStringLiteral("---")).join(u'|') + QStringLiteral("|\n");
        for (const QStringList &r : rows)
            text += u'|' + r.join(u'|') + QStringLiteral("|\n");
        return text;
    }
    if (format != u"table")
        return std::nullopt;
    for (const QString &caveat : comparison.caveats)
        text += Tr::tr("CAUTION: %1").arg(caveat) + u'\n';
    text += ttft + u'\n' + table(header, rows);
    if (simulated)
        text += Tr::tr("SIMULATED: at least one run measured Tokenmeter's simulated provider, not a real API.") + u'\n';
    return text + Comparison::explanation() + u'\n';
}

// One step's comparison, headed by the step (a CSV's rows gain a step column, one header in all).
QString stepSection(const QString &body, const QString &format, int step, const RunResult &a, const RunResult &b)
{
    const QString load = Tr::tr("Step %1: %2 against %3")
                             .arg(step + 1)
                             .arg(StepTable::valueText(a.plan.load, a.steps.constFirst().value),
                                  StepTable::valueText(b.plan.load, b.steps.constFirst().value));
    if (format == u"csv") {
        QStringList lines = body.split(u'\n', Qt::SkipEmptyParts);
        if (step > 0 && !lines.isEmpty())
            lines.removeFirst();
        for (qsizetype i = 0; i < lines.size(); ++i)
            lines[i] = (step == 0 && i == 0 ? QStringLiteral("step") : QString::number(step + 1)) + u',' + lines.at(i);
        return lines.join(u'\n') + u'\n';
    }
    return (format == u"md" ? QStringLiteral("### ") : QString()) + load + QStringLiteral("\n\n") + body + u'\n';
}

QCommandLineParser *compareParser(QCommandLineParser *p)
{
    p->setApplicationDescription(
        Tr::tr("Compares two runs (reports) per model and region: TTFT p50/p90/p99 and tokens/s, "
               "and whether each change is beyond run-to-run noise.\n")
        + Comparison::explanation());
    p->addHelpOption();
    p->addPositionalArgument(QStringLiteral("before"), Tr::tr("The first report (A)."));
    p->addPositionalArgument(QStringLiteral("after"), Tr::tr("The second report (B); not with --regions or --models."));
    p->addOptions(
        {{QStringLiteral("format"), Tr::tr("table (default), csv or md."), Tr::tr("F"), QStringLiteral("table")},
         {QStringLiteral("regions"), Tr::tr("Compare two regions of one report, e.g. us-east,asia (A is the first)."),
          Tr::tr("A,B")},
         {QStringLiteral("models"),
          Tr::tr("Compare two models of one report, e.g. glm-5,deepseek-v4-pro (A is the first)."), Tr::tr("A,B")},
         {QStringLiteral("ttft"),
          Tr::tr("What TTFT means: token (the first token of any kind, as the published study measured; default) "
                 "or text (the first answer text)."),
          Tr::tr("KIND"), QStringLiteral("token")},
         {QStringLiteral("out"), Tr::tr("Write here instead of stdout (atomically)."), Tr::tr("FILE")}});
    return p;
}

} // namespace

int runCompareCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    if (!compareParser(&p)->parse(arguments)) {
        err << "tokenmeter-cli compare: " << p.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitCode::Ok;
    }
    const QString kind = p.value(QStringLiteral("ttft"));
    const bool within = p.isSet(QStringLiteral("regions")) || p.isSet(QStringLiteral("models"));
    if (p.positionalArguments().size() != (within ? 1 : 2) || (kind != u"token" && kind != u"text")) {
        err << "tokenmeter-cli compare: "
            << (kind != u"token" && kind != u"text" ? Tr::tr("--ttft must be token or text")
                    : within                        ? Tr::tr("name one report file with --regions or --models")
                                                    : Tr::tr("name two report files"))
            << '\n';
        return ExitCode::Usage;
    }
    QString error;
    std::optional<LoadedReport> a = ReportReader::load(p.positionalArguments().at(0), &error);
    std::optional<LoadedReport> b = a && !within ? ReportReader::load(p.positionalArguments().at(1), &error) : a;
    if (!a || !b) {
        err << "tokenmeter-cli compare: " << error << '\n';
        return ExitCode::Usage;
    }
    if (within) {
        const bool regions = p.isSet(QStringLiteral("regions"));
        const QStringList pair = p.value(regions ? QStringLiteral("regions") : QStringLiteral("models")).split(u',');
        const bool ok = pair.size() == 2
            && (regions ? Comparison::splitByRegion(a->result, pair.at(0), pair.at(1), &a->result, &b->result)
                        : Comparison::splitByModel(a->result, pair.at(0), pair.at(1), &a->result, &b->result));
        if (!ok) {
            err << "tokenmeter-cli compare: "
                << Tr::tr("expected two %1 of the report, A,B, each with requests")
                       .arg(regions ? Tr::tr("regions") : Tr::tr("models"))
                << '\n';
            return ExitCode::Usage;
        }
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"table" && format != u"csv" && format != u"md") {
        err << "tokenmeter-cli compare: " << Tr::tr("--format must be table, csv or md") << '\n';
        return ExitCode::Usage;
    }
    const TtftKind ttft = kind == u"text" ? TtftKind::FirstText : TtftKind::FirstToken;
    // Two timed runs or sweeps: step by step, the nth step of one against the nth of the other.
    const int steps = int(qMin(a->result.steps.size(), b->result.steps.size()));
    QString text;
    bool any = false;
    for (int step = steps > 0 ? 0 : -1; step < steps; ++step) {
        const RunResult ra = step < 0 ? a->result : StepSummary::onlyStep(a->result, step);
        const RunResult rb = step < 0 ? b->result : StepSummary::onlyStep(b->result, step);
        const RunComparison comparison = Comparison::compareRuns(ra, rb, &b->catalog, ttft);
        if (comparison.lanes.isEmpty())
            continue;
        any = true;
        QString section = *renderComparison(comparison, format, a->result.simulated || b->result.simulated);
        if (step >= 0)
            section = stepSection(section, format, step, ra, rb);
        text += section;
    }
    if (!any) {
        err << "tokenmeter-cli compare: " << Tr::tr("the two runs share no model and region") << '\n';
        return ExitCode::SomeFailed;
    }
    return CliOutput::write(text.toUtf8(), p.value(QStringLiteral("out")));
}
