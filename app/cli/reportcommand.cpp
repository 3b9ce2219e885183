#include "reportcommand.h"

#include "clioutput.h"
#include "core/csv.h"
#include "exitcodes.h"
#include "history/historystore.h"
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
