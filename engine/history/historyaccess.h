#pragma once

#include "historystore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <type_traits>

// The thread-side half of HistoryAccess: owns the store, on the worker thread.
class HistoryAccessWorker final : public QObject
{
public:
    std::unique_ptr<HistoryStore> store;
};

// The history, read and changed off the caller's thread (the dashboard's):
// every call runs, in the order made, on a thread of its own with its own
// connection to the database, and its answer comes back on the caller's
// thread to `context`, dropped when `context` is gone. A locked or slow
// database delays the answer, never the window.
class HistoryAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryAccess)

public:
    // Opens `path` on the worker; empty: no history (every call sees a closed store).
    explicit HistoryAccess(const QString &path, QObject *parent = nullptr);
    ~HistoryAccess() override;

    QString path() const { return m_path; }

    // Runs job(HistoryStore &) on the worker, then done(result) on this thread.
    template<typename Job, typename Done>
    void call(QObject *context, Job job, Done done)
    {
        using Result = std::invoke_result_t<Job &, HistoryStore &>;
        const QPointer<QObject> guard(context);
        HistoryAccessWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker,
            [this, worker, guard, job = std::move(job), done = std::move(done)]() mutable {
                auto result = std::make_shared<Result>(job(*worker->store));
                QMetaObject::invokeMethod(
                    this,
                    [guard, done = std::move(done), result]() mutable {
                        if (guard) // read on the caller's thread only
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QString m_path;
    QThread m_thread;
    HistoryAccessWorker *m_worker; // lives on m_thread
};
