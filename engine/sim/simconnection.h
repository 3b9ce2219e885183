#pragma once

#include "httprequestparser.h"
#include "simscript.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;
class SimServer;

// One client connection to the simulated provider: reads requests one after
// another (keep-alive) and plays each answer at its planned times with a
// precise timer, framing the event stream with chunked transfer encoding.
class SimConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimConnection)

public:
    SimConnection(QTcpSocket *socket, SimServer *server);

    // Sends a whole response at once (errors, JSON answers).
    void respond(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &requestId = {});
    // Plays an event stream; the answer begins after `script.headersAtUs`.
    void play(const SimScript &script, double timeScale, const QByteArray &requestId);
    // Sends a whole response after a delay (non-streaming answers).
    void respondLater(qint64 delayUs, double timeScale, int status, const QByteArray &body,
                      const QByteArray &requestId);

private:
    void onReadyRead();
    void onTick();
    void writeChunk(const QByteArray &bytes);
    void finishResponse();
    void armTimer();
    qint64 dueNs(qint64 atUs) const;

    QTcpSocket *m_socket;
    SimServer *m_server;
    HttpRequestParser m_parser;
    QTimer *m_timer;
    QElapsedTimer m_clock; // since the request being answered arrived
    SimScript m_script;
    QByteArray m_requestId;
    QByteArray m_pendingBody; // respondLater
    int m_pendingStatus = 0;
    double m_timeScale = 1;
    qsizetype m_next = 0;
    bool m_headersSent = false;
    bool m_busy = false;
    bool m_keepAlive = true;
};
