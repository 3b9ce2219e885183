#pragma once

#include <QHash>
#include <QNetworkProxy>
#include <QObject>

class QNetworkAccessManager;
class SocketTransport;

// Hands out QNetworkAccessManagers so that none carries more than six streams
// at once: Qt 6.4 opens at most six HTTP/1.1 connections per host and manager
// and silently queues the rest, which would hide the wait inside TTFT.
// Lives on the engine thread.
class ManagerPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerPool)

public:
    static constexpr int kStreamsPerManager = 6;

    explicit ManagerPool(QObject *parent = nullptr);

    // A manager that sends through `proxy` (regions can leave through different ones).
    QNetworkAccessManager *acquire(const QNetworkProxy &proxy = QNetworkProxy(QNetworkProxy::DefaultProxy));
    void release(QNetworkAccessManager *manager);
    // A manager whose server misbehaved (a flood, a timeout): it takes no new
    // stream and goes, with its connections and its HTTP thread, once idle.
    void retire(QNetworkAccessManager *manager);
    int managerCount() const { return int(m_active.size()); }
    // The engine's own HTTP/1.1 transport, made when first asked for.
    SocketTransport *transport();
    // Whether a request to `url` through `proxy` goes over transport():
    // direct HTTP or HTTPS (no proxy configured for it), unless `qtAsked`.
    static bool useOwnTransport(const QUrl &url, const QNetworkProxy &proxy, bool qtAsked);

private:
    QHash<QNetworkAccessManager *, int> m_active;
    QList<QNetworkAccessManager *> m_order; // stable order, so lanes tend to reuse connections
    QList<QNetworkAccessManager *> m_retired;
    SocketTransport *m_transport = nullptr;
};
