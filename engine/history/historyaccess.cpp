#include "historyaccess.h"

#include <cstdio>

HistoryAccess::HistoryAccess(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_worker(new HistoryAccessWorker)
{
    m_thread.setObjectName(QStringLiteral("tokenmeter-history"));
    m_worker->moveToThread(&m_thread);
    // The store is made, used and closed on the worker: a SQLite connection belongs to one thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path] {
            worker->store = std::make_unique<HistoryStore>();
            QString error;
            if (!path.isEmpty() && !worker->store->open(path, &error))
                std::fprintf(stderr, "tokenmeter: the history cannot be read: %s\n", qPrintable(error));
        },
        Qt::QueuedConnection);
}

HistoryAccess::~HistoryAccess()
{
    // The call in progress ends first; calls not begun are dropped with their answers.
    m_thread.quit();
    m_thread.wait();
}
