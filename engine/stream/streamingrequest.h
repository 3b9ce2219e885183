#pragma once

#include "dialect.h"
#include "requesttimeline.h"
#include "ssedecoder.h"
#include "streamtarget.h"

#include <QObject>
#include <QPointer>

class HttpExchange;
class QNetworkAccessManager;
class QTimer;
class SocketTransport;

// One streaming chat request: sends it, timestamps every byte as it arrives
// (before any parsing), decodes the stream and ends with a status a user can
// read. Lives on the engine thread, never on the GUI thread.
class StreamingRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingRequest)

public:
    // Over Qt's stack (a region's proxy, HTTP/2) ...
    StreamingRequest(QNetworkAccessManager *manager, StreamTarget target, ChatRequest request,
                     QObject *parent = nullptr);
    // ... or over the engine's own HTTP/1.1 transport, which times reads on a thread of its own.
    StreamingRequest(SocketTransport *transport, StreamTarget target, ChatRequest request, QObject *parent = nullptr);
    ~StreamingRequest() override;

    void start();
    void cancel();
    bool isFinished() const { return m_timeline.status != RequestStatus::Pending; }
    const RequestTimeline &timeline() const { return m_timeline; }
    QNetworkAccessManager *manager() const { return m_manager; } // nullptr over the engine's transport

Q_SIGNALS:
    void finished();

private:
    void onHeaders(qint64 nowNs);
    void onReadyRead();
    void take(const QByteArray &bytes, qint32 atUs);
    void dropExchange();
    void decodePending();
    void onReplyFinished();
    void onWatchdog();
    void handleEvents(const QList<SseEvent> &events, qint32 atUs);
    void finishWith(RequestStatus status, const QString &error);
    void finishFromReply();
    void finishNotSse();
    bool endsBeforeParsing(qint64 nowNs);
    void armWatchdog();
    QString hostName() const;

    QNetworkAccessManager *m_manager = nullptr;
    SocketTransport *m_transport = nullptr;
    StreamTarget m_target;
    ChatRequest m_request;
    QPointer<HttpExchange> m_exchange;
    QTimer *m_watchdog;
    SseDecoder m_decoder;
    RequestTimeline m_timeline;
    QByteArray m_body; // an error or non-SSE body, kept to quote it
    struct Chunk
    {
        QByteArray bytes;
        qint32 atUs; // when it arrived, from the send
    };
    QList<Chunk> m_pending; // read, not yet decoded
    bool m_decodeQueued = false;
    qint64 m_lastActivityNs = 0;
    bool m_headersSeen = false;
    bool m_eventStream = true;
    bool m_sawDone = false;
};
