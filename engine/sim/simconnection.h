#pragma once

#include "httprequestparser.h"
#include "simscript.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;
class SimServer;

// One client connection to the simulated provider: reads requests one after
// another (keep-alive) and plays each answer at its planned times with a
// precise clock (SimClock), framing the event stream with chunked transfer encoding.
class SimConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimConnection)

public:
    SimConnection(QTcpSocket *socket, SimServer *server);

    // What a connection may do, whatever a client sends.
    static constexpr qint64 kReadBufferBytes = 256 * 1024; // unread bytes Qt keeps: TCP holds the rest back
    static constexpr int kHeaderTimeoutMs = 10'000;        // a request's headers, once its first byte came
    static constexpr int kIdleTimeoutMs = 60'000;          // between requests (as web servers keep alive)

    // Sends a whole response at once (errors, JSON answers); `extraHeaders`
    // are whole lines ("Retry-After: 2\r\n").
    void respond(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &requestId = {},
                 const QByteArray &extraHeaders = {});
    // Plays an event stream; the answer begins after `script.headersAtUs`.
    void play(const SimScript &script, double timeScale, const QByteArray &requestId);
    // Sends a whole response after a delay (non-streaming answers).
    void respondLater(qint64 delayUs, double timeScale, int status, const QByteArray &body, const QByteArray &requestId,
                      const QByteArray &extraHeaders = {});
    // Closes the connection without an answer (a fault: accept, then close).
    void closeNow();
    // The response being made is the connection's last ("Connection: close").
    void closeAfterResponse() { m_keepAlive = false; }

private:
    void onReadyRead();
    void onTick();
    void writeChunk(const QByteArray &bytes);
    void finishResponse();
    void armTimer();
    void onDeadline();
    void armDeadline();
    qint64 dueNs(qint64 atUs) const;

    QTcpSocket *m_socket;
    SimServer *m_server;
    HttpRequestParser m_parser;
    qint64 m_clockStartNs = 0; // when the request being answered arrived, MonoClock
    SimScript m_script;
    QByteArray m_requestId;
    QByteArray m_pendingBody; // respondLater
    QByteArray m_pendingHeaders;
    QTimer *m_deadline;        // the header or idle timeout
    qint64 m_loopOffsetUs = 0; // an endless answer's rounds so far
    int m_pendingStatus = 0;
    double m_timeScale = 1;
    qsizetype m_next = 0;
    bool m_headersSent = false;
    bool m_busy = false;
    bool m_keepAlive = true;
};
