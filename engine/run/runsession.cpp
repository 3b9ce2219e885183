#include "runsession.h"

#include "catalog/catalog.h"
#include "history/historywriter.h"
#include "runcontroller.h"

#include <QCoreApplication>
#include <QDateTime>

RunSession::RunSession(const Catalog *catalog, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_planner(catalog)
    , m_controller(new RunController(this))
{
    connect(m_controller, &RunController::snapshotReady, this, &RunSession::snapshotReady);
    connect(m_controller, &RunController::requestFinished, this, [this](const RequestRecord &record) {
        if (m_history)
            m_history->addRequest(record);
        Q_EMIT requestFinished(record);
    });
    connect(m_controller, &RunController::finished, this, [this](const RunResult &result) {
        m_phase = Phase::Idle;
        if (m_history)
            m_history->finishRun(result);
        Q_EMIT finished(result);
    });
}

RunSession::~RunSession() = default;

void RunSession::setHistoryPath(const QString &path)
{
    m_history.reset();
    if (path.isEmpty())
        return;
    m_history = std::make_unique<HistoryWriter>(path);
    connect(m_history.get(), &HistoryWriter::stored, this, &RunSession::historyStored);
    connect(m_history.get(), &HistoryWriter::runFinished, this, &RunSession::historyKept);
    connect(m_history.get(), &HistoryWriter::failed, this, &RunSession::historyFailed);
    connect(m_history.get(), &HistoryWriter::finishDone, this, &RunSession::historyDone);
}

bool RunSession::start(const RunSettings &settings, const QStringList &models, const PlanContext &context)
{
    if (m_phase != Phase::Idle)
        return false;
    m_phase = Phase::ReadingKeys;
    const quint64 attempt = ++m_attempt;
    if (!m_planner.secretsNeeded(settings, models, context).isEmpty())
        Q_EMIT readingKeys();
    m_planner.prepare(m_secrets, settings, models, context, this,
                      [this, attempt](std::optional<RunPlan> plan, const QString &error) {
                          if (attempt == m_attempt)
                              onPlanned(std::move(plan), error);
                      });
    return m_phase == Phase::ReadingKeys || m_phase == Phase::Running;
}

void RunSession::onPlanned(std::optional<RunPlan> plan, const QString &error)
{
    if (!plan) {
        fail(error);
        return;
    }
    QStringList hosts = Planner::plainHttpHostsWithKey(*plan);
    hosts.removeIf([this](const QString &host) { return m_allowedPlainHosts.contains(host); });
    if (hosts.isEmpty() || !m_consent) {
        launch(*plan);
        return;
    }
    // A key over plain http can be read by anyone on the way: ask first.
    m_phase = Phase::AskingConsent;
    const quint64 attempt = m_attempt;
    Q_EMIT askingConsent();
    m_consent(hosts, [this, attempt, hosts, plan = *plan](bool send) {
        if (attempt != m_attempt || m_phase != Phase::AskingConsent)
            return;
        if (!send) {
            m_phase = Phase::Idle;
            return;
        }
        m_allowedPlainHosts += hosts;
        launch(plan);
    });
}

void RunSession::launch(const RunPlan &plan)
{
    QString error;
    if (!m_controller->start(plan, &error)) {
        fail(error);
        return;
    }
    m_phase = Phase::Running;
    if (m_history)
        m_history->beginRun(plan, *m_catalog, QDateTime::currentDateTimeUtc());
    Q_EMIT started(plan);
}

void RunSession::fail(const QString &error)
{
    m_phase = Phase::Idle;
    Q_EMIT startFailed(error);
}

void RunSession::cancel()
{
    if (m_phase == Phase::Running) {
        m_controller->cancel();
        return;
    }
    // Nothing runs yet: forget the keys being read or the question asked.
    ++m_attempt;
    m_phase = Phase::Idle;
}
