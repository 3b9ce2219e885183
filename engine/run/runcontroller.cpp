#include "runcontroller.h"

#include "benchmarkengine.h"

#include <QCoreApplication>

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_engine(new BenchmarkEngine)
{
    qRegisterMetaType<RunSnapshot>();
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<RequestRecord>();
    m_thread.setObjectName(QStringLiteral("tokenmeter-engine"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &BenchmarkEngine::snapshotReady, this, &RunController::snapshotReady);
    connect(m_engine, &BenchmarkEngine::requestFinished, this, &RunController::requestFinished);
    connect(m_engine, &BenchmarkEngine::finished, this, [this](const RunResult &result) {
        m_running = false;
        Q_EMIT finished(result);
    });
    m_thread.start(QThread::HighPriority);
}

RunController::~RunController()
{
    QMetaObject::invokeMethod(m_engine, &BenchmarkEngine::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait(); // cancelled requests abort at once: this is a brief join
}

bool RunController::start(const RunPlan &plan, QString *error)
{
    if (m_running) {
        *error = QCoreApplication::translate("RunController", "a run is already in progress");
        return false;
    }
    if (const QString problem = plan.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_running = true;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, plan] { engine->start(plan); }, Qt::QueuedConnection);
    return true;
}

void RunController::cancel()
{
    QMetaObject::invokeMethod(m_engine, &BenchmarkEngine::cancel, Qt::QueuedConnection);
}
