#include "plainsockets.h"

#include "core/monoclock.h"
#include "receivetime.h"

#include <QHostInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kReadBytes = 256 * 1024; // at most one read's worth per socket per wake-up
constexpr int kEventsPerWait = 256;
// The engine thread's commands (open, send, close) come queued, and a burst
// of them (a thousand connections opening at once) is handled in one go
// before the notifier gets its turn: between commands, ready sockets are read
// whenever this long has passed since they last were.
constexpr qint64 kReadEveryNs = 200'000;

QAbstractSocket::SocketError socketErrorOf(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return QAbstractSocket::ConnectionRefusedError;
    case ECONNRESET:
    case EPIPE:
        return QAbstractSocket::RemoteHostClosedError;
    case ETIMEDOUT:
        return QAbstractSocket::SocketTimeoutError;
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM:
        return QAbstractSocket::SocketResourceError;
    default:
        return QAbstractSocket::NetworkError;
    }
}

SocketEvent ending(int connection, SocketEvent::Kind kind, QAbstractSocket::SocketError error, const QString &why)
{
    SocketEvent e{connection, kind, MonoClock::nowNs()};
    e.error = error;
    e.errorString = why;
    return e;
}

} // namespace

PlainSockets::PlainSockets(SocketInbox *inbox, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0)
        return;
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PlainSockets::onReady);
}

PlainSockets::~PlainSockets()
{
    for (const Connection &c : std::as_const(m_connections)) {
        if (c.fd >= 0)
            ::close(c.fd);
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void PlainSockets::open(int connection, const SocketTarget &target, const DeliveryCounter &undelivered)
{
    readIfDue();
    Connection &c = m_connections[connection];
    c.port = target.port;
    c.undelivered = undelivered;
    if (const QHostAddress literal(target.host); !literal.isNull()) {
        c.addresses = {literal};
        connectNext(connection, c, 0);
        return;
    }
    QHostInfo::lookupHost(target.host, this,
                          [this, connection](const QHostInfo &info) { onLookedUp(connection, info); });
}

void PlainSockets::onLookedUp(int connection, const QHostInfo &info)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end() || it->ended)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        QList<SocketEvent> events;
        end(connection, *it,
            ending(connection, SocketEvent::Kind::Failed, QAbstractSocket::HostNotFoundError, info.errorString()),
            &events);
        m_inbox->pushAll(std::move(events));
        return;
    }
    it->addresses = info.addresses();
    connectNext(connection, *it, 0);
}

// Tries the next address; with none left, the connection fails with the last error.
void PlainSockets::connectNext(int connection, Connection &c, int lastError)
{
    while (!c.addresses.isEmpty()) {
        const QHostAddress address = c.addresses.takeFirst();
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(c.port);
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
            in6->sin6_scope_id = address.scopeId().toUInt();
            length = sizeof(sockaddr_in6);
        } else {
            auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
            in4->sin_family = AF_INET;
            in4->sin_port = htons(c.port);
            in4->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        c.fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (c.fd < 0) {
            lastError = errno;
            break;
        }
        const int one = 1;
        ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ReceiveTime::enable(c.fd);
        if (::connect(c.fd, reinterpret_cast<sockaddr *>(&storage), length) == 0 || errno == EINPROGRESS) {
            QList<SocketEvent> events;
            watch(connection, c, EPOLL_CTL_ADD, &events);
            m_inbox->pushAll(std::move(events));
            return;
        }
        lastError = errno;
        ::close(std::exchange(c.fd, -1));
    }
    QList<SocketEvent> events;
    end(connection, c,
        ending(connection, SocketEvent::Kind::Failed, socketErrorOf(lastError),
               QString::fromLocal8Bit(std::strerror(lastError))),
        &events);
    m_inbox->pushAll(std::move(events));
}

// Puts the socket in the epoll set (or changes what it waits for); when the
// kernel refuses (out of memory, max_user_watches), the connection fails
// now rather than waiting for a timeout that would blame the server.
void PlainSockets::watch(int connection, Connection &c, int op, QList<SocketEvent> *events)
{
    epoll_event event{};
    event.events = (c.paused ? 0u : quint32(EPOLLIN)) | (!c.connected || !c.out.isEmpty() ? quint32(EPOLLOUT) : 0u)
        | quint32(EPOLLRDHUP);
    event.data.u64 = quint64(connection);
    if (epoll_ctl(m_epoll, op, c.fd, &event) == 0)
        return;
    const int error = errno;
    // After whatever the caller gathered for this connection (Sent, Data): in order.
    end(connection, c,
        ending(connection, SocketEvent::Kind::Failed, socketErrorOf(error),
               tr("this machine could not watch the connection: %1").arg(QString::fromLocal8Bit(std::strerror(error)))),
        events);
}

void PlainSockets::send(int connection, const QByteArray &bytes)
{
    readIfDue();
    const auto it = m_connections.find(connection);
    if (it == m_connections.end() || it->ended)
        return;
    it->out += bytes;
    if (!it->connected || it->fd < 0 || it->paused)
        return; // written once connected (or read on)
    QList<SocketEvent> events;
    if (flush(connection, *it, &events) && !it->out.isEmpty())
        watch(connection, *it, EPOLL_CTL_MOD, &events);
    m_inbox->pushAll(std::move(events));
}

// Writes what it can; false when the connection ended meanwhile.
bool PlainSockets::flush(int connection, Connection &c, QList<SocketEvent> *events)
{
    const bool hadOut = !c.out.isEmpty();
    // Sent is timed right before the write that takes the last byte: an answer
    // on loopback can reach the kernel (and be stamped) before send() returns.
    qint64 lastWriteNs = 0;
    while (!c.out.isEmpty()) {
        lastWriteNs = MonoClock::nowNs();
        const ssize_t n = ::send(c.fd, c.out.constData(), size_t(c.out.size()), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (n < 0) {
            const int error = errno;
            end(connection, c,
                ending(connection, SocketEvent::Kind::Closed, socketErrorOf(error),
                       QString::fromLocal8Bit(std::strerror(error))),
                events);
            return false;
        }
        c.out.remove(0, n);
    }
    if (hadOut) {
        c.lastNs = qMax(c.lastNs, lastWriteNs);
        events->append(SocketEvent{connection, SocketEvent::Kind::Sent, c.lastNs});
    }
    return true;
}

void PlainSockets::close(int connection)
{
    readIfDue();
    const Connection c = m_connections.take(connection);
    if (c.fd >= 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
    }
}

void PlainSockets::resume(int connection)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end() || it->ended || !it->paused)
        return;
    it->paused = false;
    QList<SocketEvent> events;
    watch(connection, *it, EPOLL_CTL_ADD, &events);
    m_inbox->pushAll(std::move(events));
}

void PlainSockets::readIfDue()
{
    if (MonoClock::nowNs() - m_lastPollNs >= kReadEveryNs)
        onReady();
}

void PlainSockets::onReady()
{
    m_lastPollNs = MonoClock::nowNs();
    epoll_event ready[kEventsPerWait];
    QList<SocketEvent> events;
    int n = 0;
    do {
        n = epoll_wait(m_epoll, ready, kEventsPerWait, 0);
        for (int i = 0; i < n; ++i) {
            const int connection = int(ready[i].data.u64);
            const auto it = m_connections.find(connection);
            if (it == m_connections.end() || it->ended)
                continue;
            if (ready[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP))
                onWritable(connection, *it, &events);
            if (!it->ended && it->connected && (ready[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)))
                onReadable(connection, *it, &events);
        }
    } while (n == kEventsPerWait);
    m_inbox->pushAll(std::move(events));
}

void PlainSockets::onWritable(int connection, Connection &c, QList<SocketEvent> *events)
{
    if (!c.connected) {
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error == EINPROGRESS || error == EALREADY)
            return;
        if (error != 0) {
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
            ::close(std::exchange(c.fd, -1));
            m_inbox->pushAll(std::exchange(*events, {}));
            connectNext(connection, c, error);
            return;
        }
        c.connected = true;
    }
    if (flush(connection, c, events))
        watch(connection, c, EPOLL_CTL_MOD, events); // EPOLLOUT only while something waits to be written
}

void PlainSockets::onReadable(int connection, Connection &c, QList<SocketEvent> *events)
{
    // The timestamp comes first, before anything looks at the bytes: this is
    // the measurement, unless the kernel says when the bytes came (ReceiveTime).
    const qint64 readNs = MonoClock::nowNs();
    if (c.undelivered->load() >= SocketInbox::kMaxUndelivered) {
        // Out of the epoll set (a hang-up would still be reported, again and again)
        // until the engine thread has taken its share; TCP holds the server back.
        c.paused = true;
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
        return;
    }
    if (m_buffer.size() != kReadBytes)
        m_buffer.resize(kReadBytes);
    std::optional<qint64> arrivedNs;
    const ssize_t n = ReceiveTime::read(c.fd, m_buffer.data(), size_t(m_buffer.size()), &arrivedNs);
    if (n > 0) {
        c.undelivered->fetch_add(n);
        // Never before what this connection already saw; then the time is not the kernel's.
        const bool kernelTime = arrivedNs && *arrivedNs >= c.lastNs;
        c.lastNs = qMax(c.lastNs, arrivedNs.value_or(readNs));
        SocketEvent data{connection, SocketEvent::Kind::Data, c.lastNs, QByteArray(m_buffer.constData(), n)};
        data.kernelTime = kernelTime;
        events->append(std::move(data));
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    const int error = n < 0 ? errno : 0;
    // A reset is an ending like a close: what the response made of it is for HTTP to say.
    end(connection, c,
        ending(connection, SocketEvent::Kind::Closed,
               error ? socketErrorOf(error) : QAbstractSocket::RemoteHostClosedError,
               error ? QString::fromLocal8Bit(std::strerror(error)) : tr("the remote host closed the connection")),
        events);
}

void PlainSockets::end(int connection, Connection &c, SocketEvent event, QList<SocketEvent> *events)
{
    c.ended = true;
    if (c.fd >= 0)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
    event.connection = connection;
    events->append(std::move(event));
}
