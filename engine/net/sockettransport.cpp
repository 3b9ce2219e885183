#include "sockettransport.h"

#include "receivetime.h"
#include "socketexchange.h"

#include <QThread>

SocketTransport::SocketTransport(QObject *parent)
    : QObject(parent)
    , m_inbox(std::make_unique<SocketInbox>(
          [this] { QMetaObject::invokeMethod(this, &SocketTransport::drain, Qt::QueuedConnection); }))
    , m_thread(new QThread(this))
    , m_reader(new SocketReader(m_inbox.get()))
{
#ifdef Q_OS_LINUX
    ReceiveTime::keepOn(); // well before the first plain connection: the kernel turns stamping on in its own time
#endif
    m_thread->setObjectName(QStringLiteral("tokenmeter-read"));
    m_reader->moveToThread(m_thread);
    m_thread->start(QThread::TimeCriticalPriority);
}

SocketTransport::~SocketTransport()
{
    // The sockets go on their own thread, before it ends.
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader] { delete reader; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

HttpExchange *SocketTransport::post(const QNetworkRequest &request, const QByteArray &body, QObject *parent)
{
    auto *exchange = new SocketExchange(this, request, body, parent);
    exchange->start();
    return exchange;
}

QString SocketTransport::originKey(const SocketTarget &target)
{
    return (target.tls ? QStringLiteral("https://") : QStringLiteral("http://")) + target.host + u':'
        + QString::number(target.port);
}

int SocketTransport::acquire(const SocketTarget &target, SocketExchange *owner, bool mayReuse, bool *reused)
{
    const QString origin = originKey(target);
    for (auto it = m_idle.find(origin); mayReuse && it != m_idle.end() && it.key() == origin; ++it) {
        const auto c = m_connections.find(*it);
        // Bytes from an idle one not yet handed over (in this batch or the next)
        // are nobody's answer: it is not given to a new request.
        if (c == m_connections.end() || c->target.tlsConfig != target.tlsConfig || c->undelivered->load() > 0)
            continue;
        c->owner = owner;
        const int id = *it;
        m_idle.erase(it);
        *reused = true;
        return id;
    }
    const int id = m_nextId++;
    auto counter = std::make_shared<std::atomic<qint64>>(0);
    m_connections.insert(id, Connection{origin, target, owner, counter});
    QMetaObject::invokeMethod(m_reader,
                              [reader = m_reader, id, target, counter] { reader->open(id, target, counter); });
    *reused = false;
    return id;
}

qint64 SocketTransport::undeliveredBytes() const
{
    qint64 sum = 0;
    for (const Connection &c : m_connections)
        sum += c.undelivered->load();
    return sum;
}

void SocketTransport::send(int connection, const QByteArray &bytes)
{
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, connection, bytes] { reader->send(connection, bytes); });
}

void SocketTransport::release(int connection, bool reusable)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    if (!reusable || m_idle.count(it->origin) >= kMaxIdlePerOrigin) {
        close(connection);
        return;
    }
    it->owner = nullptr;
    if (m_draining)
        m_releasedInDrain.append(connection);
    else
        m_idle.insert(it->origin, connection);
}

void SocketTransport::close(int connection)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    if (!it->owner)
        m_idle.remove(it->origin, connection);
    m_connections.erase(it);
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, connection] { reader->close(connection); });
}

void SocketTransport::delivered(int connection, Connection &c, qint64 bytes)
{
    const qint64 before = c.undelivered->fetch_sub(bytes);
    if (before >= SocketInbox::kMaxUndelivered && before - bytes < SocketInbox::kMaxUndelivered)
        QMetaObject::invokeMethod(m_reader, [reader = m_reader, connection] { reader->resume(connection); });
}

void SocketTransport::drain()
{
    const QList<SocketEvent> events = m_inbox->takeAll();
    m_draining = true;
    for (const SocketEvent &event : events) {
        const auto it = m_connections.find(event.connection);
        if (it == m_connections.end())
            continue; // closed here already: what was on its way is dropped
        if (event.kind == SocketEvent::Kind::Data)
            delivered(event.connection, *it, event.bytes.size());
        if (SocketExchange *owner = it->owner) {
            owner->onSocketEvent(event); // may release or close the connection
            continue;
        }
        // Idle: the server closed it, or sent what nobody asked for.
        if (event.kind != SocketEvent::Kind::Sent)
            close(event.connection);
    }
    m_draining = false;
    for (const int id : std::exchange(m_releasedInDrain, {})) {
        const auto it = m_connections.find(id);
        if (it != m_connections.end() && !it->owner)
            m_idle.insert(it->origin, id);
    }
}
