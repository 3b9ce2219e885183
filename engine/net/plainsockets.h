#pragma once

#include "socketreader.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QHostInfo;
class QSocketNotifier;

// The reading thread's plain-TCP connections (http://, no proxy), on Linux:
// non-blocking sockets in one epoll set, which the thread's event loop
// watches through a single notifier. A wake-up costs what is ready, not what
// is open (poll() over a thousand sockets, as one notifier per socket costs,
// is most of the reading thread's time at 1,024 streams), and each ready
// read is timestamped with when its bytes arrived (the kernel's receive time,
// ReceiveTime), or else right before the read, with no Qt layer in between.
// TLS connections stay QSslSockets (SocketReader).
class PlainSockets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainSockets)

public:
    explicit PlainSockets(SocketInbox *inbox, QObject *parent = nullptr);
    ~PlainSockets() override;

    bool isValid() const { return m_epoll >= 0; }
    bool owns(int connection) const { return m_connections.contains(connection); }
    void open(int connection, const SocketTarget &target, const DeliveryCounter &undelivered);
    void send(int connection, const QByteArray &bytes);
    void close(int connection);
    void resume(int connection);

private:
    struct Connection
    {
        int fd = -1;
        quint16 port = 0;
        QList<QHostAddress> addresses; // still to try, in order
        QByteArray out;                // not yet written
        DeliveryCounter undelivered;
        qint64 lastNs = 0; // the latest event's time
        bool connected = false;
        bool paused = false;
        bool ended = false;
    };
    void onLookedUp(int connection, const QHostInfo &info);
    void connectNext(int connection, Connection &c, int lastError);
    void onReady();
    void readIfDue();
    void onWritable(int connection, Connection &c, QList<SocketEvent> *events);
    void onReadable(int connection, Connection &c, QList<SocketEvent> *events);
    bool flush(int connection, Connection &c, QList<SocketEvent> *events);
    void watch(int connection, Connection &c, int op, QList<SocketEvent> *events);
    void end(int connection, Connection &c, SocketEvent event, QList<SocketEvent> *events);

    SocketInbox *m_inbox;
    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, Connection> m_connections;
    QByteArray m_buffer; // one read's bytes, before they are copied out exactly
    qint64 m_lastPollNs = 0;
};
