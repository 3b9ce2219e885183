#include "benchmarkengine.h"

#include "benchmarkrun.h"
#include "managerpool.h"

BenchmarkEngine::BenchmarkEngine(QObject *parent)
    : QObject(parent)
    , m_pool(new ManagerPool(this))
{ }

void BenchmarkEngine::start(const RunPlan &plan)
{
    auto *run = new BenchmarkRun(plan, m_pool, this);
    m_run = run;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    connect(run, &BenchmarkRun::snapshotReady, this, &BenchmarkEngine::snapshotReady);
    connect(run, &BenchmarkRun::requestFinished, this, &BenchmarkEngine::requestFinished);
    connect(run, &BenchmarkRun::finished, this, [this, run, plan, started] {
        RunResult result;
        result.plan = plan.withoutSecrets();
        result.records = run->records();
        result.steps = run->steps();
        result.startedUtc = started;
        result.finishedUtc = QDateTime::currentDateTimeUtc();
        result.cancelled = run->isCancelled();
        result.simulated = plan.simulated
            || std::any_of(result.records.cbegin(), result.records.cend(),
                           [](const RequestRecord &r) { return r.timeline.simulated; });
        run->deleteLater();
        Q_EMIT finished(result);
    });
    run->start();
}

void BenchmarkEngine::cancel()
{
    if (m_run)
        m_run->cancel();
}
