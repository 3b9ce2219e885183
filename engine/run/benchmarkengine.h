#pragma once

#include "runresult.h"
#include "runsnapshot.h"

#include <QObject>
#include <QPointer>

class BenchmarkRun;
class ManagerPool;

// The engine thread's side of RunController: owns the network managers (kept
// between runs so connections stay warm) and the run in progress.
class BenchmarkEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarkEngine)

public:
    explicit BenchmarkEngine(QObject *parent = nullptr);

    void start(const RunPlan &plan);
    void cancel();

Q_SIGNALS:
    void snapshotReady(const RunSnapshot &snapshot);
    void requestFinished(const RequestRecord &record);
    void finished(const RunResult &result);

private:
    ManagerPool *m_pool;
    QPointer<BenchmarkRun> m_run;
};
