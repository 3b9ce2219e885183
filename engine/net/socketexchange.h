#pragma once

#include "httpexchange.h"
#include "httpresponseparser.h"
#include "socketreader.h"

#include <QList>
#include <QNetworkRequest>
#include <QPointer>

#include <optional>

class SocketTransport;

// One request over the engine's own HTTP/1.1 transport: writes it, reads the
// answer with HttpResponseParser and follows redirects as Qt's
// SameOriginRedirectPolicy does (same scheme, host and port, at most
// StreamLimits::kMaxRedirects; another origin is refused, so the key and the
// headers never leave their host). A reused connection the server had
// already closed is retried once on a new one, before any answer came.
class SocketExchange final : public HttpExchange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketExchange)

public:
    SocketExchange(SocketTransport *transport, const QNetworkRequest &request, const QByteArray &body,
                   QObject *parent = nullptr);
    ~SocketExchange() override;

    void start();
    void onSocketEvent(const SocketEvent &event);

    bool isFinished() const override { return m_finished; }
    void abort() override;
    bool hasAnswerHead() const override { return m_status > 0; }
    qint64 headArrivedNs() const override { return m_headNs; }
    qint64 sentNs() const override { return m_sentNs; }
    int status() const override { return m_status; }
    QByteArray rawHeader(const QByteArray &name) const override;
    int lastStatus() const override { return m_lastStatus; }
    QUrl location() const override { return m_location; }
    QUrl url() const override { return m_url; }
    QUrl originalUrl() const override { return m_request.url(); }
    bool timesReadsElsewhere() const override { return true; }
    ArrivalClock arrivalClock() const override { return m_arrival; }
    qint64 bytesAvailable() const override { return m_available; }
    Read read(qint64 maxBytes) override;
    QNetworkReply::NetworkError error() const override { return m_error; }
    QString errorString() const override { return m_errorString; }

    // The request as it goes on the wire; empty (and *why set) when a header
    // would break the request's framing (a line break in a value).
    static QByteArray serialize(const QNetworkRequest &request, const QUrl &url, const QByteArray &method,
                                const QByteArray &body, QString *why);

private:
    void send();
    void onData(const SocketEvent &event);
    bool onHead(qint64 atNs);
    void onEnd(const SocketEvent &event);
    void redirect(const QUrl &to);
    void complete(bool reusable);
    void fail(QNetworkReply::NetworkError error, const QString &why);
    void letGo(bool reusable);

    QPointer<SocketTransport> m_transport; // may go first when the engine shuts down
    QNetworkRequest m_request;
    QByteArray m_body;
    QByteArray m_method = "POST";
    QUrl m_url;
    int m_connection = 0;
    bool m_reused = false;
    bool m_retried = false;
    bool m_gotBytes = false; // of the current response
    ArrivalClock m_arrival = ArrivalClock::Unknown;
    bool m_sentSignalled = false;
    int m_redirects = 0;
    std::optional<HttpResponseParser> m_parser;
    HttpResponseHead m_head;
    int m_status = 0;
    qint64 m_headNs = 0;
    qint64 m_sentNs = 0;
    int m_lastStatus = 0;
    QUrl m_location;
    QList<Read> m_reads;
    qint64 m_available = 0;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    QString m_errorString;
    bool m_finished = false;
    bool m_starting = false;
};
