#include "runcommand.h"

#include "run/runcontroller.h"
#include "catalog/catalog.h"
#include "exitcodes.h"
#include "history/historystore.h"
#include "progressprinter.h"
#include "report/jsonreport.h"
#include "report/leaderboard.h"
#include "runoptions.h"
#include "signalwatcher.h"
#include "sim/simhost.h"
#include "stream/dialect.h"
#include "stream/streamtarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RunCommand", text);
}

// The distinct failures of a run, most frequent first, so a dead endpoint reads
// as one line rather than hundreds.
void printErrors(const RunResult &result, QTextStream &err)
{
    QHash<QString, int> counts;
    QStringList order;
    for (const RequestRecord &r : result.records) {
        if (r.ok())
            continue;
        const QString key = statusId(r.timeline.status) + QStringLiteral(": ") + r.timeline.error;
        if (!counts.contains(key))
            order.append(key);
        ++counts[key];
    }
    if (order.isEmpty())
        return;
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return counts[a] > counts[b]; });
    int failed = 0;
    for (int c : std::as_const(counts))
        failed += c;
    err << tr("%1 of %2 requests failed:").arg(failed).arg(result.records.size()) << '\n';
    for (qsizetype i = 0; i < qMin<qsizetype>(order.size(), 8); ++i)
        err << "  " << counts[order.at(i)] << " x " << order.at(i) << '\n';
    if (order.size() > 8)
        err << "  " << tr("(%1 other kinds of error)").arg(order.size() - 8) << '\n';
}

} // namespace

int runRunCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    Catalog catalog = Catalog::builtIn();
    RunOptions options;
    QString error, help;
    if (!parseRunOptions(arguments, &catalog, &options, &error, &help)) {
        if (!help.isEmpty()) {
            out << help;
            return ExitCode::Ok;
        }
        err << "tokenmeter-cli run: " << error << '\n' << tr("Try 'tokenmeter-cli run --help'.") << '\n';
        return ExitCode::Usage;
    }

    SimHost sim;
    RunPlan &plan = options.plan;
    if (options.useSimulator) {
        if (!sim.start(catalog, QHostAddress::LocalHost, 0, plan.timeScale, options.seed, options.simFault, &error)) {
            err << error << '\n';
            return ExitCode::Usage;
        }
        plan.endpoint = sim.rootUrl();
        for (const QString &id : std::as_const(options.regionIds)) {
            const auto &regions = catalog.regions();
            const auto it = std::find_if(regions.cbegin(), regions.cend(), [&](const RegionInfo &r) { return r.id == id; });
            plan.regions.append(RegionRoute{id, it->name, sim.baseUrl(id)});
        }
        err << tr("Measuring the simulated provider at %1 (every figure is simulated).").arg(plan.endpoint.toString()) << '\n';
    } else {
        err << tr("Measuring %1 from this machine.").arg(plan.endpoint.toString()) << '\n';
    }
    err << tr("%1 models x %2 regions x (%3 + %4 warm-up) = %5 requests.")
               .arg(plan.models.size())
               .arg(plan.regions.size())
               .arg(plan.iterations)
               .arg(plan.warmup)
               .arg(plan.requestCount())
        << Qt::endl;

    // Every request goes to the history as it finishes, so a run killed mid-way
    // keeps all that finished.
    HistoryStore history;
    std::optional<qint64> historyRun;
    if (!options.historyPath.isEmpty()) {
        QString historyError;
        if (history.open(options.historyPath, &historyError))
            historyRun = history.beginRun(plan, catalog, QDateTime::currentDateTimeUtc(), &historyError);
        if (!historyRun)
            err << tr("Not keeping this run in the history: %1").arg(historyError) << '\n';
    }

    if (options.logRequests && !plan.regions.isEmpty()) {
        // What goes out, as a log may show it: the key and header values redacted.
        const std::unique_ptr<Dialect> dialect = Dialect::create(plan.protocol);
        const StreamTarget target{plan.regions.constFirst().baseUrl, plan.apiKey, dialect.get(), plan.timeouts,
                                  false, {}, plan.headers};
        err << tr("Sending, per request:") << '\n' << target.describeForLog(target.request(dialect->path())) << Qt::endl;
    }
    RunController controller;
    ProgressPrinter progress(stderr);
    SignalWatcher watcher;
    int exitCode = ExitCode::Ok;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &controller, [&] {
        err << '\n' << tr("Interrupted: cancelling the run.") << Qt::endl;
        exitCode = ExitCode::Interrupted;
        controller.cancel();
    });
    QObject::connect(&controller, &RunController::snapshotReady, &controller,
                     [&](const RunSnapshot &s) { progress.update(s); });
    QObject::connect(&controller, &RunController::requestFinished, &controller, [&](const RequestRecord &record) {
        if (!historyRun)
            return;
        QString historyError;
        if (!history.addRequest(*historyRun, record, plan, &historyError)) {
            err << tr("Stopped keeping this run in the history: %1").arg(historyError) << Qt::endl;
            historyRun.reset();
            return;
        }
        if (options.logRequests)
            err << "stored " << QString::fromLatin1(record.timeline.requestId) << Qt::endl;
    });
    QObject::connect(&controller, &RunController::finished, &controller, [&](const RunResult &result) {
        progress.finish();
        if (historyRun) {
            QString historyError;
            if (history.finishRun(*historyRun, result, &historyError))
                err << tr("Kept in the history as run %1 (%2).").arg(*historyRun).arg(history.path()) << '\n';
            else
                err << historyError << '\n';
        }
        const QJsonObject report = JsonReport::toJson(result, catalog);
        if (options.formatJson)
            out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        else
            out << Leaderboard(result, catalog, options.rankBy).format(options.format);
        out.flush();
        printErrors(result, err);
        if (!options.outPath.isEmpty()) {
            QString saveError;
            if (JsonReport::save(report, options.outPath, &saveError))
                err << tr("Report saved to %1").arg(options.outPath) << '\n';
            else
                err << saveError << '\n';
        }
        const bool allOk = std::all_of(result.records.cbegin(), result.records.cend(),
                                       [](const RequestRecord &r) { return r.ok(); });
        if (exitCode == ExitCode::Ok && !allOk)
            exitCode = ExitCode::SomeFailed;
        QCoreApplication::exit(exitCode);
    });
    if (!controller.start(plan, &error)) {
        err << "tokenmeter-cli run: " << error << '\n';
        return ExitCode::Usage;
    }
    QCoreApplication::exec();
    return exitCode;
}
