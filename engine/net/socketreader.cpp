#include "socketreader.h"

#include "core/monoclock.h"
#include "plainsockets.h"

#include <QMutexLocker>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>

namespace {

// What Qt may hold of one socket before it stops reading from the kernel.
constexpr qint64 kSocketBufferBytes = 256 * 1024;

} // namespace

void SocketInbox::push(SocketEvent event)
{
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = m_events.isEmpty();
        m_events.append(std::move(event));
    }
    if (wasEmpty) // the engine thread has not been woken for what is waiting
        m_wake();
}

void SocketInbox::pushAll(QList<SocketEvent> events)
{
    if (events.isEmpty())
        return;
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = m_events.isEmpty();
        if (wasEmpty)
            m_events = std::move(events);
        else
            m_events.append(events);
    }
    if (wasEmpty)
        m_wake();
}

QList<SocketEvent> SocketInbox::takeAll()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_events, {});
}

SocketReader::SocketReader(SocketInbox *inbox)
    : m_inbox(inbox)
{ }

SocketReader::~SocketReader()
{
    for (const Entry &e : std::as_const(m_sockets)) {
        e.socket->disconnect(this);
        e.socket->abort();
    }
}

void SocketReader::open(int connection, const SocketTarget &target, const DeliveryCounter &undelivered)
{
#ifdef Q_OS_LINUX
    if (!target.tls) {
        if (!m_plain)
            m_plain = new PlainSockets(m_inbox, this);
        if (m_plain->isValid()) {
            m_plain->open(connection, target, undelivered);
            return;
        }
    }
#endif
    QAbstractSocket *socket = nullptr;
    QSslSocket *tls = nullptr;
    if (target.tls) {
        tls = new QSslSocket(this);
        tls->setSslConfiguration(target.tlsConfig);
        tls->setPeerVerifyName(target.host);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    socket->setProxy(QNetworkProxy::NoProxy); // direct: a lane with a proxy goes over Qt's stack
    socket->setReadBufferSize(kSocketBufferBytes);
    m_sockets.insert(connection, Entry{socket, undelivered});
    connect(socket, &QAbstractSocket::connected, socket,
            [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(socket, &QAbstractSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
    connect(socket, &QAbstractSocket::bytesWritten, this, [this, connection] { onBytesWritten(connection); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, connection] { onEnded(connection, false); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, connection](QAbstractSocket::SocketError error) {
        onEnded(connection, error != QAbstractSocket::RemoteHostClosedError);
    });
    if (tls)
        tls->connectToHostEncrypted(target.host, target.port);
    else
        socket->connectToHost(target.host, target.port);
}

void SocketReader::send(int connection, const QByteArray &bytes)
{
    if (m_plain && m_plain->owns(connection)) {
        m_plain->send(connection, bytes);
        return;
    }
    const auto it = m_sockets.find(connection);
    if (it == m_sockets.end() || it->closed)
        return;
    it->socket->write(bytes);
}

void SocketReader::close(int connection)
{
    if (m_plain && m_plain->owns(connection)) {
        m_plain->close(connection);
        return;
    }
    const Entry e = m_sockets.take(connection);
    if (!e.socket)
        return;
    e.socket->disconnect(this);
    e.socket->abort();
    e.socket->deleteLater();
}

void SocketReader::resume(int connection)
{
    if (m_plain && m_plain->owns(connection)) {
        m_plain->resume(connection);
        return;
    }
    onReadyRead(connection);
}

void SocketReader::onReadyRead(int connection)
{
    // The timestamp comes first, before anything looks at the bytes: this is the measurement.
    const qint64 nowNs = MonoClock::nowNs();
    const auto it = m_sockets.find(connection);
    if (it == m_sockets.end() || it->closed)
        return;
    // Paused: Qt's buffer fills, then the kernel's, and TCP holds the server back.
    if (it->undelivered->load() >= SocketInbox::kMaxUndelivered)
        return;
    QByteArray bytes = it->socket->readAll();
    if (bytes.isEmpty())
        return;
    it->undelivered->fetch_add(bytes.size());
    m_inbox->push(SocketEvent{connection, SocketEvent::Kind::Data, nowNs, std::move(bytes)});
}

void SocketReader::onBytesWritten(int connection)
{
    const auto it = m_sockets.find(connection);
    if (it != m_sockets.end() && !it->closed && it->socket->bytesToWrite() == 0)
        m_inbox->push(SocketEvent{connection, SocketEvent::Kind::Sent, MonoClock::nowNs()});
}

void SocketReader::onEnded(int connection, bool failed)
{
    const qint64 nowNs = MonoClock::nowNs();
    const auto it = m_sockets.find(connection);
    if (it == m_sockets.end() || it->closed)
        return;
    it->closed = true;
    // What arrived before the end is the answer's last part: it goes first, whatever the bound.
    if (QByteArray rest = it->socket->readAll(); !rest.isEmpty()) {
        it->undelivered->fetch_add(rest.size());
        m_inbox->push(SocketEvent{connection, SocketEvent::Kind::Data, nowNs, std::move(rest)});
    }
    SocketEvent end{connection, failed ? SocketEvent::Kind::Failed : SocketEvent::Kind::Closed, nowNs};
    end.error = it->socket->error();
    end.errorString = it->socket->errorString();
    m_inbox->push(std::move(end));
}
