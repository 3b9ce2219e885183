#include "reportcommand.h"

#include "exitcodes.h"
#include "history/historystore.h"
#include "report/jsonreport.h"
#include "report/leaderboard.h"
#include "report/reportreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommand", text);
}

// The report in a format: json (the report itself), table, csv or md (the
// leaderboard). Empty *error on success.
QByteArray render(const LoadedReport &report, const QString &format, QString *error)
{
    if (format == u"json")
        return QJsonDocument(JsonReport::toJson(report.result, report.catalog)).toJson(QJsonDocument::Indented);
    const Leaderboard board(report.result, report.catalog, Leaderboard::RankBy::Ttft);
    if (format == u"table")
        return board.format(Leaderboard::Format::Table).toUtf8();
    if (format == u"csv")
        return board.format(Leaderboard::Format::Csv).toUtf8();
    if (format == u"md")
        return board.format(Leaderboard::Format::Markdown).toUtf8();
    *error = tr("--format must be table, json, csv or md, not \"%1\"").arg(format);
    return {};
}

int write(const QByteArray &bytes, const QString &outPath)
{
    QTextStream err(stderr);
    if (outPath.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return ExitCode::Ok;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << tr("cannot write %1: %2").arg(outPath, file.errorString()) << '\n';
        return ExitCode::SomeFailed;
    }
    err << tr("Written to %1").arg(outPath) << '\n';
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
    p.setApplicationDescription(tr("Reads a saved report and writes it again: the leaderboard as a table, CSV or Markdown, or the JSON report."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("report"), tr("A report saved by Tokenmeter (--out FILE.json)."));
    p.addOptions({{QStringLiteral("format"), tr("table (default), json, csv or md."), tr("F"), QStringLiteral("table")},
                  {QStringLiteral("out"), tr("Write here instead of stdout (atomically)."), tr("FILE")}});
    if (!p.parse(arguments)) {
        err << "tokenmeter-cli report: " << p.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitCode::Ok;
    }
    if (p.positionalArguments().size() != 1) {
        err << "tokenmeter-cli report: " << tr("name one report file") << '\n';
        return ExitCode::Usage;
    }
    QString error;
    const std::optional<LoadedReport> report = ReportReader::load(p.positionalArguments().constFirst(), &error);
    if (!report) {
        err << "tokenmeter-cli report: " << error << '\n';
        return ExitCode::Usage;
    }
    const QByteArray bytes = render(*report, p.value(QStringLiteral("format")), &error);
    if (!error.isEmpty()) {
        err << "tokenmeter-cli report: " << error << '\n';
        return ExitCode::Usage;
    }
    return write(bytes, p.value(QStringLiteral("out")));
}

int runHistoryCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser p;
    p.setApplicationDescription(tr("The runs kept in the history:\n"
                                   "  history list [--search TEXT]    every run, newest first\n"
                                   "  history show ID                 a run's leaderboard\n"
                                   "  history export ID [--format F] [--out FILE]   a run as a report (json) or table, csv, md"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), tr("list, show or export"));
    p.addOptions({{QStringLiteral("history"), tr("The history database (default: $TOKENMETER_HISTORY, else the user's)."), tr("FILE")},
                  {QStringLiteral("search"), tr("Only runs whose name, tags, models or endpoint contain this."), tr("TEXT")},
                  {QStringLiteral("format"), tr("For show and export: table, json, csv or md."), tr("F")},
                  {QStringLiteral("out"), tr("For export: write here instead of stdout."), tr("FILE")}});
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
    if (action == u"list") {
        const QList<HistoryRun> runs = history.runs(p.value(QStringLiteral("search")));
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(tr("ID"), 4).arg(tr("State"), -11).arg(tr("Started (UTC)"), -19).arg(tr("Requests"), 8)
                   .arg(tr("Kind"), -9).arg(tr("Name"));
        for (const HistoryRun &r : runs) {
            out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(r.id, 4).arg(historyStateId(r.state), -11)
                       .arg(r.startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19).arg(r.requests, 8)
                       .arg(r.simulated ? tr("simulated") : tr("measured"), -9).arg(r.name);
        }
        if (runs.isEmpty())
            err << tr("No runs in %1.").arg(history.path()) << '\n';
        return ExitCode::Ok;
    }
    if ((action != u"show" && action != u"export") || args.size() != 2) {
        err << "tokenmeter-cli history: " << tr("expected list, show ID or export ID") << '\n';
        return ExitCode::Usage;
    }
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    const std::optional<HistoryRun> run = ok ? history.run(id) : std::nullopt;
    if (!run) {
        err << "tokenmeter-cli history: " << tr("no run %1 in %2").arg(args.at(1), history.path()) << '\n';
        return ExitCode::Usage;
    }
    const std::optional<LoadedReport> report = history.load(id, &error);
    if (!report) {
        err << "tokenmeter-cli history: " << error << '\n';
        return ExitCode::SomeFailed;
    }
    const QString format = p.value(QStringLiteral("format")).isEmpty()
        ? (action == u"show" ? QStringLiteral("table") : QStringLiteral("json"))
        : p.value(QStringLiteral("format"));
    if (action == u"show")
        err << tr("Run %1, %2: %3, %4 requests.").arg(run->id).arg(run->name, historyStateId(run->state)).arg(run->requests) << '\n';
    const QByteArray bytes = render(*report, format, &error);
    if (!error.isEmpty()) {
        err << "tokenmeter-cli history: " << error << '\n';
        return ExitCode::Usage;
    }
    return write(bytes, p.value(QStringLiteral("out")));
}
