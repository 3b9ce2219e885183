#include "simhost.h"

#include "simserver.h"

SimHost::SimHost()
{
    m_thread.setObjectName(QStringLiteral("tokenmeter-sim"));
}

SimHost::~SimHost()
{
    stop();
}

bool SimHost::start(const Catalog &catalog, const QHostAddress &address, quint16 port, double timeScale, quint64 seed,
                    const SimFault &fault, QString *error)
{
    stop();
    auto server = std::make_unique<SimServer>(catalog);
    server->setTimeScale(timeScale);
    server->setSeed(seed);
    server->setDefaultFault(fault);
    // Listening here and then moving the server is safe: socket notifiers follow
    // their object to the new thread.
    if (!server->listen(address, port, error))
        return false;
    m_root = server->rootUrl();
    m_server = server.release();
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start(QThread::TimeCriticalPriority);
    return true;
}

void SimHost::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_server = nullptr;
    m_root.clear();
}

QUrl SimHost::baseUrl(const QString &region) const
{
    QUrl url = m_root;
    url.setPath(region.isEmpty() ? QStringLiteral("/v1") : u'/' + region + QStringLiteral("/v1"));
    return url;
}

std::shared_ptr<const SimWriteLog> SimHost::writeLog() const
{
    return m_server ? m_server->writeLog() : nullptr;
}
