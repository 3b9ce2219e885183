#include "historywriter.h"

#include "catalog/catalog.h"
#include "historywriterworker.h"

HistoryWriter::HistoryWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_worker(new HistoryWriterWorker(path))
{
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<RequestRecord>();
    m_thread.setObjectName(QStringLiteral("tokenmeter-history"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HistoryWriterWorker::runStarted, this, &HistoryWriter::runStarted);
    connect(m_worker, &HistoryWriterWorker::stored, this, &HistoryWriter::stored);
    connect(m_worker, &HistoryWriterWorker::runFinished, this, &HistoryWriter::runFinished);
    connect(m_worker, &HistoryWriterWorker::failed, this, &HistoryWriter::failed);
    connect(m_worker, &HistoryWriterWorker::finishDone, this, &HistoryWriter::finishDone);
    m_thread.start();
}

HistoryWriter::~HistoryWriter()
{
    // What is queued still reaches the disk: a short wait at exit, never during a run.
    QMetaObject::invokeMethod(m_worker, &HistoryWriterWorker::flush, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HistoryWriter::beginRun(const RunPlan &plan, const Catalog &catalog, const QDateTime &startedUtc)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, plan = plan.withoutSecrets(), catalog, startedUtc] {
            worker->beginRun(plan, catalog, startedUtc);
        },
        Qt::QueuedConnection);
}

void HistoryWriter::addRequest(const RequestRecord &record)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, record] { worker->addRequest(record); }, Qt::QueuedConnection);
}

void HistoryWriter::finishRun(const RunResult &result)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, result] { worker->finishRun(result); }, Qt::QueuedConnection);
}
