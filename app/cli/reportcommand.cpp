#include "reportcommand.h"

#include "core/csv.h"
#include "exitcodes.h"
#include "history/historystore.h"
#include "report/comparison.h"
#include "report/jsonreport.h"
#include "report/leaderboard.h"
#include "report/reportexport.h"
#include "report/reportreader.h"
#include "reportfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {

// This file's strings, in the "ReportCommand" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

const QString kFormatHelp = QStringLiteral("table, json, csv, requests-csv, md, html, pdf");

// The options every re-export shares: --format, --out, --ttft.
QList<QCommandLineOption> exportOptions(const QString &defaultFormat)
{
    return {{QStringLiteral("format"),
             Tr::tr("table, json, csv (one row per model and region), requests-csv (one row per request), md, html "
                    "or pdf (pdf needs --out). Default: from --out's file type, else %1.")
                 .arg(defaultFormat),
             Tr::tr("F")},
            {QStringLiteral("out"), Tr::tr("Write here instead of stdout (atomically)."), Tr::tr("FILE")},
            {QStringLiteral("ttft"),
             Tr::tr("What TTFT means in the tables and charts: token (the first token of any kind, as the published "
                    "study measured; default) or text (the first answer text)."),
             Tr::tr("KIND"), QStringLiteral("token")}};
}

// Writes a report as the options say; the exit code. `who` prefixes messages.
int exportReport(const LoadedReport &report, const QCommandLineParser &p, const QString &defaultFormat,
                 const ReportOptions &base, const QString &who)
{
    QTextStream err(stderr);
    const QString outPath = p.value(QStringLiteral("out"));
    std::optional<ReportFile::Format> format;
    if (p.isSet(QStringLiteral("format")))
        format = ReportFile::fromName(p.value(QStringLiteral("format")));
    else
        format = ReportFile::fromPath(outPath).value_or(*ReportFile::fromName(defaultFormat));
    if (!format) {
        err << who
            << Tr::tr("--format must be one of %1, not \"%2\"").arg(kFormatHelp, p.value(QStringLiteral("format")))
            << '\n';
        return ExitCode::Usage;
    }
    const QString ttft = p.value(QStringLiteral("ttft"));
    if (ttft != u"token" && ttft != u"text") {
        err << who << Tr::tr("--ttft must be token or text, not \"%1\"").arg(ttft) << '\n';
        return ExitCode::Usage;
    }
    ReportOptions options = base;
    options.ttft = ttft == u"text" ? TtftKind::FirstText : TtftKind::FirstToken;
    if (outPath.isEmpty()) {
        if (*format == ReportFile::Format::Pdf) {
            err << who << Tr::tr("--format pdf needs --out FILE.pdf") << '\n';
            return ExitCode::Usage;
        }
        const QByteArray bytes = ReportFile::render(report, *format, options);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return ExitCode::Ok;
    }
    QString error;
    if (!ReportFile::write(report, *format, outPath, options, &error)) {
        err << who << error << '\n';
        return ExitCode::SomeFailed;
    }
    err << Tr::tr("Written to %1").arg(outPath) << '\n';
    return ExitCode::Ok;
}

// Text to stdout, or atomically to a file; the exit code.
int writeBytes(const QByteArray &bytes, const QString &outPath)
{
    QTextStream err(stderr);
    if (outPath.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return ExitCode::Ok;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << Tr::tr("cannot write %1: %2").arg(outPath, file.errorString()) << '\n';
        return ExitCode::SomeFailed;
    }
    err << Tr::tr("Written to %1").arg(outPath) << '\n';
    return ExitCode::Ok;
}

QString historyPath(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("history")))
        return p.value(QStringLiteral("history"));
    return qEnvironmentVariableIsSet("TOKENMETER_HISTORY") ? qEnvironmentVariable("TOKENMETER_HISTORY")
                                                           : HistoryStore::defaultPath();
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Reads a saved report and writes it again: the leaderboard as a table, CSV or Markdown, or the JSON report."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("report"), Tr::tr("A report saved by Tokenmeter (--out FILE.json)."));
    p.addOptions(exportOptions(QStringLiteral("table")));
    if (!p.parse(arguments)) {
        err << "tokenmeter-cli report: " << p.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitCode::Ok;
    }
    if (p.positionalArguments().size() != 1) {
        err << "tokenmeter-cli report: " << Tr::tr("name one report file") << '\n';
        return ExitCode::Usage;
    }
    QString error;
    const std::optional<LoadedReport> report = ReportReader::load(p.positionalArguments().constFirst(), &error);
    if (!report) {
        err << "tokenmeter-cli report: " << error << '\n';
        return ExitCode::Usage;
    }
    return exportReport(*report, p, QStringLiteral("table"), {}, QStringLiteral("tokenmeter-cli report: "));
}

namespace {

// `history list`: every run, newest first.
int listHistory(const HistoryStore &history, const QString &search)
{
    QTextStream out(stdout);
    const QList<HistoryRun> runs = history.runs(search);
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(Tr::tr("ID"), 4)
               .arg(Tr::tr("State"), -11)
               .arg(Tr::tr("Started (UTC)"), -19)
               .arg(Tr::tr("Requests"), 8)
               .arg(Tr::tr("Kind"), -10)
               .arg(Tr::tr("Name"));
    for (const HistoryRun &r : runs) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(r.id, 4)
                   .arg(historyStateText(r.state), -11)
                   .arg(r.startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                   .arg(r.requests, 8)
                   .arg(r.failed == r.requests && r.requests > 0 ? Tr::tr("all failed")
                            : r.simulated                        ? Tr::tr("simulated")
                                                                 : Tr::tr("measured"),
                        -10)
                   .arg(r.name);
    }
    if (runs.isEmpty())
        QTextStream(stderr) << Tr::tr("No runs in %1.").arg(history.path()) << '\n';
    return ExitCode::Ok;
}

} // namespace

int runHistoryCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("The runs kept in the history:\n"
               "  history list [--search TEXT]    every run, newest first\n"
               "  history show ID                 a run's leaderboard\n"
               "  history export ID [--format F] [--out FILE]   a run as a report (json), or any --format"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), Tr::tr("list, show or export"));
    p.addOptions({{QStringLiteral("history"),
                   Tr::tr("The history database (default: $TOKENMETER_HISTORY, else the user's)."), Tr::tr("FILE")},
                  {QStringLiteral("search"), Tr::tr("Only runs whose name, tags, models or endpoint contain this."),
                   Tr::tr("TEXT")}});
    p.addOptions(exportOptions(QStringLiteral("json (export) or table (show)")));
    if (!p.parse(arguments)) {
        err << "tokenmeter-cli history: " << p.errorText() << '\n';
        return ExitCode::Usage;
    }
    const QStringList args = p.positionalArguments();
    if (p.isSet(QStringLiteral("help")) || args.isEmpty()) {
        (args.isEmpty() && !p.isSet(QStringLiteral("help")) ? err : out) << p.helpText();
        return args.isEmpty() && !p.isSet(QStringLiteral("help")) ? ExitCode::Usage : ExitCode::Ok;
    }
    HistoryStore history;
    QString error;
    if (!history.open(historyPath(p), &error)) {
        err << "tokenmeter-cli history: " << error << '\n';
        return ExitCode::Usage;
    }
    const QString action = args.constFirst();
    if (action == u"list")
        return listHistory(history, p.value(QStringLiteral("search")));
    if ((action != u"show" && action != u"export") || args.size() != 2) {
        err << "tokenmeter-cli history: " << Tr::tr("expected list, show ID or export ID") << '\n';
        return ExitCode::Usage;
    }
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    const std::optional<HistoryRun> run = ok ? history.run(id) : std::nullopt;
    if (!run) {
        err << "tokenmeter-cli history: " << Tr::tr("no run %1 in %2").arg(args.at(1), history.path()) << '\n';
        return ExitCode::Usage;
    }
    const std::optional<LoadedReport> report = history.load(id, &error);
    if (!report) {
        err << "tokenmeter-cli history: " << error << '\n';
        return ExitCode::SomeFailed;
    }
    if (action == u"show")
        err << Tr::tr("Run %1, %2: %3, %4 requests.")
                   .arg(run->id)
                   .arg(run->name, historyStateText(run->state))
                   .arg(run->requests)
            << '\n';
    return exportReport(*report, p, action == u"show" ? QStringLiteral("table") : QStringLiteral("json"),
                        ReportOptions{TtftKind::FirstToken, run->name}, QStringLiteral("tokenmeter-cli history: "));
}

namespace {

QString fixed(std::optional<double> v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

// One row per lane and figure: A, B, the change and its interval.
QList<QStringList> comparisonRows(const QList<LaneComparison> &lanes)
{
    QList<QStringList> rows;
    for (const LaneComparison &l : lanes) {
        const QList<QPair<QString, const FigureChange *>> figures{{QStringLiteral("TTFT p50 ms"), &l.ttftP50},
                                                                  {QStringLiteral("TTFT p90 ms"), &l.ttftP90},
                                                                  {QStringLiteral("TTFT p99 ms"), &l.ttftP99},
                                                                  {QStringLiteral("tok/s p50"), &l.tokensPerSP50}};
        for (const auto &[name, c] : figures) {
            const int d = name.startsWith(u't') ? 1 : 0;
            const QString ci = c->ciLow ? QStringLiteral("%1 .. %2").arg(fixed(c->ciLow, d), fixed(c->ciHigh, d))
                                        : QStringLiteral("-");
            const QString verdict = !c->ciLow ? Tr::tr("too few requests")
                : c->beyondNoise              ? Tr::tr("yes")
                                              : Tr::tr("no");
            rows.append({l.model, l.region, QStringLiteral("%1/%2").arg(l.nBefore).arg(l.nAfter), name,
                         fixed(c->before, d), fixed(c->after, d), fixed(c->delta(), d), fixed(c->deltaPercent(), 1), ci,
                         verdict});
        }
    }
    return rows;
}

// The comparison as a table, CSV or Markdown; nothing for another format.
std::optional<QString> renderComparison(const QList<LaneComparison> &lanes, const QString &format, bool simulated)
{
    const QStringList header{Tr::tr("Model"),       Tr::tr("Region"),    Tr::tr("n A/B"),
                             Tr::tr("Figure"),      QStringLiteral("A"), QStringLiteral("B"),
                             Tr::tr("Change"),      Tr::tr("Change %"),  Tr::tr("95% CI of change"),
                             Tr::tr("Beyond noise")};
    const QList<QStringList> rows = comparisonRows(lanes);
    QString text;
    if (format == u"csv") {
        text = Csv::row(header) + u'\n';
        for (const QStringList &r : rows)
            text += Csv::row(r) + u'\n';
        return text;
    }
    if (format == u"md") {
        text = u'|' + header.join(u'|') + QStringLiteral("|\n|")
            + QStringList(header.size(), QStringLiteral("---")).join(u'|') + QStringLiteral("|\n");
        for (const QStringList &r : rows)
            text += u'|' + r.join(u'|') + QStringLiteral("|\n");
        return text;
    }
    if (format != u"table")
        return std::nullopt;
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
    text = line(header);
    for (const QStringList &r : rows)
        text += line(r);
    if (simulated)
        text += Tr::tr("SIMULATED: at least one run measured Tokenmeter's simulated provider, not a real API.") + u'\n';
    return text + Comparison::explanation() + u'\n';
}

} // namespace

int runCompareCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Compares two runs (reports) per model and region: TTFT p50/p90/p99 and tokens/s, "
               "and whether each change is beyond run-to-run noise.\n")
        + Comparison::explanation());
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("before"), Tr::tr("The first report (A)."));
    p.addPositionalArgument(QStringLiteral("after"), Tr::tr("The second report (B); not with --regions or --models."));
    p.addOptions(
        {{QStringLiteral("format"), Tr::tr("table (default), csv or md."), Tr::tr("F"), QStringLiteral("table")},
         {QStringLiteral("regions"), Tr::tr("Compare two regions of one report, e.g. us-east,asia (A is the first)."),
          Tr::tr("A,B")},
         {QStringLiteral("models"),
          Tr::tr("Compare two models of one report, e.g. glm-5,deepseek-v4-pro (A is the first)."), Tr::tr("A,B")},
         {QStringLiteral("out"), Tr::tr("Write here instead of stdout (atomically)."), Tr::tr("FILE")}});
    if (!p.parse(arguments)) {
        err << "tokenmeter-cli compare: " << p.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitCode::Ok;
    }
    const bool within = p.isSet(QStringLiteral("regions")) || p.isSet(QStringLiteral("models"));
    if (p.positionalArguments().size() != (within ? 1 : 2)) {
        err << "tokenmeter-cli compare: "
            << (within ? Tr::tr("name one report file with --regions or --models") : Tr::tr("name two report files"))
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
    const QList<LaneComparison> lanes = Comparison::compare(a->result, b->result);
    if (lanes.isEmpty()) {
        err << "tokenmeter-cli compare: " << Tr::tr("the two runs share no model and region") << '\n';
        return ExitCode::SomeFailed;
    }
    const std::optional<QString> text = renderComparison(lanes, p.value(QStringLiteral("format")),
                                                         a->result.simulated || b->result.simulated);
    if (!text) {
        err << "tokenmeter-cli compare: " << Tr::tr("--format must be table, csv or md") << '\n';
        return ExitCode::Usage;
    }
    return writeBytes(text->toUtf8(), p.value(QStringLiteral("out")));
}
