#include "clirun.h"

#include "catalog/catalog.h"
#include "exitcodes.h"
#include "load/steptable.h"
#include "report/jsonreport.h"
#include "report/leaderboard.h"
#include "stream/dialect.h"
#include "stream/streamtarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkRequest>

#include <cstdio>

CliRun::CliRun(const RunOptions &options, const Catalog *catalog, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_catalog(catalog)
    , m_out(stdout)
    , m_err(stderr)
    , m_session(catalog, secrets)
    , m_progress(stderr)
{
    connect(&m_watcher, &SignalWatcher::interrupted, this, [this] {
        m_err << '\n' << tr("Interrupted: cancelling the run.") << Qt::endl;
        m_exitCode = ExitCode::Interrupted;
        m_session.cancel();
        if (!m_session.isRunning())
            QCoreApplication::exit(m_exitCode); // it had not started yet
    });
    connect(&m_session, &RunSession::startFailed, this, [this](const QString &error) {
        m_err << "tokenmeter-cli " << (m_options.sweep ? "sweep" : "run") << ": " << error << Qt::endl;
        QCoreApplication::exit(ExitCode::Usage);
    });
    connect(&m_session, &RunSession::started, this, &CliRun::announce);
    connect(&m_session, &RunSession::snapshotReady, this, [this](const RunSnapshot &s) { m_progress.update(s); });
    connect(&m_session, &RunSession::finished, this, &CliRun::onFinished);
    if (!m_options.historyPath.isEmpty()) {
        m_session.setHistoryPath(m_options.historyPath);
        connectHistory();
    }
}

void CliRun::start()
{
    m_session.start(m_options.settings, m_options.models, m_options.context);
}

void CliRun::connectHistory()
{
    // Every request goes to the history as it finishes, so a run killed
    // mid-way keeps all that finished; --log-requests says which are safe.
    connect(&m_session, &RunSession::historyStored, this, [this](const QByteArrayList &ids) {
        m_historyStarted = true;
        if (!m_options.logRequests)
            return;
        for (const QByteArray &id : ids)
            m_err << "stored " << QString::fromLatin1(id) << '\n';
        m_err.flush();
    });
    connect(&m_session, &RunSession::historyFailed, this, [this](const QString &error) {
        m_err << (m_historyStarted ? tr("Stopped keeping this run in the history: %1")
                                   : tr("Not keeping this run in the history: %1"))
                     .arg(error)
              << Qt::endl;
    });
    connect(&m_session, &RunSession::historyKept, this, [this](qint64 id) {
        m_err << tr("Kept in the history as run %1 (%2).").arg(id).arg(m_options.historyPath) << Qt::endl;
    });
    connect(&m_session, &RunSession::historyDone, this, [this] { QCoreApplication::exit(m_exitCode); });
}

void CliRun::announce(const RunPlan &plan)
{
    if (plan.simulated) {
        m_err << tr("Measuring the simulated provider at %1 (every figure is simulated).")
                     .arg(plan.endpoints.constFirst().baseUrl)
              << '\n';
    } else {
        QStringList regions;
        for (const Region &r : plan.regions)
            regions.append(r.name);
        m_err << tr("Measuring %1 from %2.").arg(plan.endpointNames(), regions.join(QStringLiteral(", "))) << '\n';
    }
    m_err << tr("%n model(s)", nullptr, int(plan.models.size())) << " x "
          << tr("%n region(s)", nullptr, int(plan.regions.size())) << " x ";
    if (plan.load.timed())
        m_err << plan.load.describe() << Qt::endl;
    else
        m_err << tr("(%1 + %2 warm-up) = %3 requests.")
                     .arg(plan.workload.requestsPerLane(plan.iterations))
                     .arg(plan.warmup)
                     .arg(plan.requestCount())
              << (plan.load.openLoop() ? u' ' + plan.load.describe() : QString()) << Qt::endl;
    if (!m_options.logRequests)
        return;
    // What goes out, as a log may show it: the key and header values redacted.
    for (const Endpoint &e : plan.endpoints) {
        const Dialect &dialect = Dialect::forProtocol(e.protocol);
        const StreamTarget target{
            plan.regions.constFirst().urlFor(e), e.apiKey, &dialect, plan.timeouts, false, {}, e.headers};
        m_err << tr("Sending to %1, per request:").arg(e.name) << '\n'
              << target.describeForLog(target.request(dialect.path())) << Qt::endl;
    }
}

void CliRun::onFinished(const RunResult &result)
{
    m_progress.finish();
    const QJsonObject report = JsonReport::toJson(result, *m_catalog);
    const Load &load = result.plan.load;
    if (m_options.formatJson) {
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        if (load.sweep == Load::Sweep::None) // a sweep's steps pooled would mean nothing
            m_out << Leaderboard(result, *m_catalog, m_options.rankBy).format(m_options.format);
        if (!result.steps.isEmpty()) {
            const StepTable steps(result, *m_catalog);
            m_out << (load.sweep == Load::Sweep::None ? QStringLiteral("\n") : QString())
                  << (m_options.format == Leaderboard::Format::Csv            ? steps.csv()
                          : m_options.format == Leaderboard::Format::Markdown ? steps.markdown()
                                                                              : steps.table());
        }
    }
    m_out.flush();
    printErrors(result);
    if (!m_options.outPath.isEmpty()) {
        QString error;
        if (JsonReport::save(report, m_options.outPath, &error))
            m_err << tr("Report saved to %1").arg(m_options.outPath) << '\n';
        else
            m_err << error << '\n';
    }
    m_err.flush();
    const bool allOk = std::none_of(result.records.cbegin(), result.records.cend(),
                                    [](const RequestRecord &r) { return r.failed(); });
    if (m_exitCode == ExitCode::Ok && !allOk)
        m_exitCode = ExitCode::SomeFailed;
    if (m_options.historyPath.isEmpty())
        QCoreApplication::exit(m_exitCode);
    // else historyDone: once the history says the run is kept (or why it is not)
}

// The distinct failures of a run, most frequent first, so a dead endpoint reads
// as one line rather than hundreds.
void CliRun::printErrors(const RunResult &result)
{
    QHash<QString, int> counts;
    QStringList order;
    int cancelled = 0;
    int retried = 0;
    for (const RequestRecord &r : result.records) {
        cancelled += r.timeline.status == RequestStatus::Cancelled ? 1 : 0;
        retried += r.retried ? 1 : 0;
        if (!r.failed()) // a cancelled request is not a failure, nor one tried again
            continue;
        const QString key = statusText(r.timeline.status) + QStringLiteral(": ") + r.timeline.error;
        if (!counts.contains(key))
            order.append(key);
        ++counts[key];
    }
    if (retried > 0)
        m_err << tr("%n request(s) failed and were tried again (kept in the report as retried, not errors).", nullptr,
                    retried)
              << '\n';
    if (cancelled > 0)
        m_err << tr("%n request(s) stopped with the run (not failures).", nullptr, cancelled) << '\n';
    if (order.isEmpty())
        return;
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString &a, const QString &b) { return counts[a] > counts[b]; });
    int failed = 0;
    for (int c : std::as_const(counts))
        failed += c;
    m_err << tr("%1 of %2 requests failed:").arg(failed).arg(result.records.size()) << '\n';
    for (qsizetype i = 0; i < qMin<qsizetype>(order.size(), 8); ++i)
        m_err << "  " << counts[order.at(i)] << " x " << order.at(i) << '\n';
    if (order.size() > 8)
        m_err << "  " << tr("(%1 other kinds of error)").arg(order.size() - 8) << '\n';
}
