#pragma once

#include "socketreader.h"

#include <QHash>
#include <QMultiHash>
#include <QObject>

#include <memory>

class HttpExchange;
class QNetworkRequest;
class QThread;
class SocketExchange;

// The engine's own HTTP/1.1 transport. One thread (SocketReader) owns every
// socket and only reads: each read is timestamped there and handed to this
// object, on the engine thread, in batches; parsing, decoding and everything
// else happen here. Connections are kept alive and reused per origin (scheme,
// host, port, TLS settings); a connection that ended an exchange badly is
// closed, never reused. Direct connections only: requests through a proxy
// keep Qt's stack (ManagerPool).
class SocketTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketTransport)

public:
    static constexpr int kMaxIdlePerOrigin = 1024;

    explicit SocketTransport(QObject *parent = nullptr);
    ~SocketTransport() override;

    // POSTs `body`; the exchange starts at once and belongs to `parent`.
    HttpExchange *post(const QNetworkRequest &request, const QByteArray &body, QObject *parent);

    // For SocketExchange: a connection to `target` for `owner`, an idle one
    // if `mayReuse` and there is one (*reused says which).
    int acquire(const SocketTarget &target, SocketExchange *owner, bool mayReuse, bool *reused);
    void send(int connection, const QByteArray &bytes);
    // The owner is done with it: kept for the next exchange, or closed.
    void release(int connection, bool reusable);
    int openConnections() const { return int(m_connections.size()); }
    // Bytes read on the reading thread that this thread has not taken yet.
    qint64 undeliveredBytes() const;

private:
    struct Connection
    {
        QString origin;
        SocketTarget target;
        SocketExchange *owner = nullptr; // nullptr: idle
        DeliveryCounter undelivered;
    };
    void drain();
    void delivered(int connection, Connection &c, qint64 bytes);
    void close(int connection);
    static QString originKey(const SocketTarget &target);

    std::unique_ptr<SocketInbox> m_inbox;
    QThread *m_thread;
    SocketReader *m_reader;
    QHash<int, Connection> m_connections;
    QMultiHash<QString, int> m_idle;
    QList<int> m_releasedInDrain; // idle once the batch is done: its later events are not the next owner's
    bool m_draining = false;
    int m_nextId = 1;
};
