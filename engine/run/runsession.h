#pragma once

#include "plan/planner.h"
#include "run/runresult.h"
#include "run/runsnapshot.h"

#include <QByteArrayList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class Catalog;
class HistoryWriter;
class RunController;
class SecretStore;

// One run from the user's choices to its end, for either face: the keys it
// needs are read from the keychain, the Planner makes the plan, the face is
// asked before a key would cross plain http, the run goes to the engine
// thread, and every finished request to the history's writer thread.
class RunSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSession)

public:
    // Asked before a key is sent over plain http to `hosts` (loopback never
    // asks); `answer(true)` sends it, and those hosts are not asked about again.
    using Consent = std::function<void(const QStringList &hosts, std::function<void(bool send)> answer)>;

    RunSession(const Catalog *catalog, SecretStore *secrets, QObject *parent = nullptr);
    ~RunSession() override;

    // Where runs are kept; empty: nowhere.
    void setHistoryPath(const QString &path);
    void setConsent(Consent consent) { m_consent = std::move(consent); }
    Planner *planner() { return &m_planner; }

    // Starts a run. True when it runs, or waits for the keychain; false when
    // it cannot (startFailed says why) or waits for the consent's answer.
    bool start(const RunSettings &settings, const QStringList &models, const PlanContext &context);
    void cancel();
    // Reading keys, waiting for an answer, or running.
    bool isBusy() const { return m_phase != Phase::Idle; }
    bool isRunning() const { return m_phase == Phase::Running; }

Q_SIGNALS:
    void readingKeys();
    void askingConsent();
    void startFailed(const QString &error);
    void started(const RunPlan &plan); // the plan keeps its secrets: for the engine, never for a file
    void snapshotReady(const RunSnapshot &snapshot);
    void requestFinished(const RequestRecord &record);
    void finished(const RunResult &result);
    // The history's writer: requests now durable, the run kept (or why not), all written.
    void historyStored(const QByteArrayList &requestIds);
    void historyKept(qint64 runId);
    void historyFailed(const QString &error);
    void historyDone();

private:
    enum class Phase { Idle, ReadingKeys, AskingConsent, Running };

    void onPlanned(std::optional<RunPlan> plan, const QString &error);
    void launch(const RunPlan &plan);
    void fail(const QString &error);

    const Catalog *m_catalog;
    SecretStore *m_secrets;
    Planner m_planner;
    RunController *m_controller;
    std::unique_ptr<HistoryWriter> m_history;
    Consent m_consent;
    QStringList m_allowedPlainHosts;
    Phase m_phase = Phase::Idle;
    quint64 m_attempt = 0; // a cancelled start's late answers are dropped
};
