#pragma once

#include "historystore.h"
#include "run/runresult.h"

#include <QByteArrayList>
#include <QObject>
#include <QTimer>

#include <optional>

class Catalog;

// The writer thread's side of HistoryWriter: owns the database connection
// and the requests waiting for the next batch.
class HistoryWriterWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriterWorker)

public:
    static constexpr int kBatchMs = 50;   // a finished request waits at most this long
    static constexpr int kBatchSize = 64; // or until this many are waiting

    explicit HistoryWriterWorker(QString path);

    void beginRun(const RunPlan &plan, const Catalog &catalog, const QDateTime &startedUtc);
    void addRequest(const RequestRecord &record);
    void finishRun(const RunResult &result);
    void flush();

Q_SIGNALS:
    void runStarted(qint64 runId);
    void stored(const QByteArrayList &requestIds);
    void runFinished(qint64 runId);
    // finishRun() is through, kept or not: nothing of the run is queued any more.
    void finishDone();
    void failed(const QString &error);

private:
    bool ensureOpen();
    void stop(const QString &error);

    QString m_path;
    std::optional<HistoryStore> m_store; // opened on this thread
    QString m_openError;
    std::optional<qint64> m_run;
    RunPlan m_plan;
    QList<RequestRecord> m_pending;
    QTimer m_batch;
};
