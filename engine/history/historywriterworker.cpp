#include "historywriterworker.h"

#include "catalog/catalog.h"

HistoryWriterWorker::HistoryWriterWorker(QString path)
    : m_path(std::move(path))
    , m_batch(this)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &HistoryWriterWorker::flush);
}

bool HistoryWriterWorker::ensureOpen()
{
    if (m_store)
        return true;
    if (!m_openError.isEmpty())
        return false;
    HistoryStore &store = m_store.emplace();
    if (!store.open(m_path, &m_openError)) {
        m_store.reset();
        return false;
    }
    return true;
}

void HistoryWriterWorker::stop(const QString &error)
{
    m_run.reset();
    m_pending.clear();
    Q_EMIT failed(error);
}

void HistoryWriterWorker::beginRun(const RunPlan &plan, const Catalog &catalog, const QDateTime &startedUtc)
{
    flush(); // a run still open ends here
    m_run.reset();
    if (!ensureOpen()) {
        Q_EMIT failed(m_openError);
        return;
    }
    QString error;
    m_run = m_store->beginRun(plan, catalog, startedUtc, &error);
    m_plan = plan;
    if (!m_run) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT runStarted(*m_run);
}

void HistoryWriterWorker::addRequest(const RequestRecord &record)
{
    if (!m_run)
        return;
    m_pending.append(record);
    if (m_pending.size() >= kBatchSize)
        flush();
    else if (!m_batch.isActive())
        m_batch.start();
}

void HistoryWriterWorker::flush()
{
    m_batch.stop();
    if (!m_run || m_pending.isEmpty())
        return;
    QString error;
    if (!m_store->addRequests(*m_run, m_pending, m_plan, &error)) {
        stop(error);
        return;
    }
    QByteArrayList ids;
    ids.reserve(m_pending.size());
    for (const RequestRecord &r : std::as_const(m_pending))
        ids.append(r.timeline.requestId);
    m_pending.clear();
    Q_EMIT stored(ids);
}

void HistoryWriterWorker::finishRun(const RunResult &result)
{
    flush();
    if (m_run) {
        const qint64 id = *m_run;
        m_run.reset();
        QString error;
        if (m_store->finishRun(id, result, &error))
            Q_EMIT runFinished(id);
        else
            Q_EMIT failed(error);
    }
    Q_EMIT finishDone();
}
