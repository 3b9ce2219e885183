#pragma once

#include "run/runresult.h"

#include <QByteArrayList>
#include <QObject>
#include <QThread>

class Catalog;
class HistoryWriterWorker;

// Keeps a run in the history from a thread of its own, so that a busy or
// locked database delays the writer, never the caller (the dashboard's GUI
// thread). Calls are queued in order; finished requests are written in
// batches, each batch one transaction, and stored() names them once they are
// durable. One run at a time.
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    explicit HistoryWriter(const QString &path, QObject *parent = nullptr);
    // Writes what is still queued, then stops the thread.
    ~HistoryWriter() override;

    QString path() const { return m_path; }

    void beginRun(const RunPlan &plan, const Catalog &catalog, const QDateTime &startedUtc);
    void addRequest(const RequestRecord &record);
    void finishRun(const RunResult &result);

Q_SIGNALS:
    void runStarted(qint64 runId);
    // These requests are committed: a process killed now keeps them.
    void stored(const QByteArrayList &requestIds);
    void runFinished(qint64 runId);
    // finishRun() is through, kept or not: nothing of the run is queued any more.
    void finishDone();
    // The run is no longer kept (or never was): why.
    void failed(const QString &error);

private:
    QString m_path;
    QThread m_thread;
    HistoryWriterWorker *m_worker; // lives on m_thread
};
