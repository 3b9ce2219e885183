#pragma once

#include "runresult.h"
#include "runsnapshot.h"

#include <QObject>
#include <QThread>

class BenchmarkEngine;

// The thread boundary of the engine: lives on the caller's thread (GUI or CLI)
// and runs every benchmark on a thread of its own, so that nothing the caller
// does (chart redraws) can delay a timestamp. Signals arrive queued.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Starts a run; false (and *error) when the plan cannot run or one is running.
    bool start(const RunPlan &plan, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void snapshotReady(const RunSnapshot &snapshot);
    void requestFinished(const RequestRecord &record);
    void finished(const RunResult &result);

private:
    QThread m_thread;
    BenchmarkEngine *m_engine; // lives on m_thread
    bool m_running = false;
};
