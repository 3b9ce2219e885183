#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

// What the reading thread saw on one connection, in the order it saw it.
struct SocketEvent
{
    enum class Kind { Sent, Data, Closed, Failed };
    int connection = 0;
    Kind kind = Kind::Data;
    qint64 atNs = 0;       // MonoClock: when the bytes arrived (ReceiveTime), else before they were read
    QByteArray bytes = {}; // Data
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError; // Failed
    QString errorString = {};
    bool kernelTime = false; // Data: atNs is when the kernel received the bytes
};

// Where and how to open one connection.
struct SocketTarget
{
    QString host;
    quint16 port = 0;
    bool tls = false;
    QSslConfiguration tlsConfig; // when tls: the CAs trusted, HTTP/1.1 offered by ALPN
};

// The hand-over from the reading thread to the engine thread: events pile up
// under a mutex and the engine thread is woken once per batch, not per read.
// What one connection may have waiting is bounded: past kMaxUndelivered the
// reading thread stops reading it (TCP's flow control holds the server back)
// until the engine thread has taken the bytes.
class SocketInbox
{
public:
    static constexpr qint64 kMaxUndelivered = 4 << 20;

    explicit SocketInbox(std::function<void()> wake)
        : m_wake(std::move(wake))
    { }
    void push(SocketEvent event);
    void pushAll(QList<SocketEvent> events); // one lock and at most one wake-up for all
    QList<SocketEvent> takeAll();

private:
    QMutex m_mutex;
    QList<SocketEvent> m_events;
    std::function<void()> m_wake;
};

using DeliveryCounter = std::shared_ptr<std::atomic<qint64>>; // bytes pushed, not yet taken

class PlainSockets;

// Owns every socket of the engine's own HTTP/1.1 transport, on a thread that
// does nothing else: it timestamps each read before anything parses it and
// hands the bytes on. The engine thread calls it queued (invokeMethod).
class SocketReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketReader)

public:
    explicit SocketReader(SocketInbox *inbox);
    ~SocketReader() override;

    void open(int connection, const SocketTarget &target, const DeliveryCounter &undelivered);
    void send(int connection, const QByteArray &bytes);
    void close(int connection);
    // The engine thread took enough of a paused connection's bytes: read on.
    void resume(int connection);

private:
    struct Entry
    {
        QAbstractSocket *socket = nullptr;
        DeliveryCounter undelivered;
        bool closed = false; // Closed or Failed pushed: nothing more from it
    };
    void onReadyRead(int connection);
    void onBytesWritten(int connection);
    void onEnded(int connection, bool failed);

    SocketInbox *m_inbox;
    QHash<int, Entry> m_sockets;
    PlainSockets *m_plain = nullptr; // made on this thread, at the first plain connection
};
