#include "socketexchange.h"

#include "sockettransport.h"
#include "stream/streamlimits.h"

#include <QSslConfiguration>

namespace {

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    using S = QAbstractSocket::SocketError;
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case S::ConnectionRefusedError:
        return E::ConnectionRefusedError;
    case S::RemoteHostClosedError:
        return E::RemoteHostClosedError;
    case S::HostNotFoundError:
        return E::HostNotFoundError;
    case S::SocketTimeoutError:
        return E::TimeoutError;
    case S::SslHandshakeFailedError:
    case S::SslInternalError:
    case S::SslInvalidUserDataError:
        return E::SslHandshakeFailedError;
    case S::ProxyAuthenticationRequiredError:
        return E::ProxyAuthenticationRequiredError;
    case S::ProxyConnectionRefusedError:
        return E::ProxyConnectionRefusedError;
    case S::ProxyConnectionClosedError:
        return E::ProxyConnectionClosedError;
    case S::ProxyConnectionTimeoutError:
        return E::ProxyTimeoutError;
    case S::ProxyNotFoundError:
        return E::ProxyNotFoundError;
    case S::ProxyProtocolError:
        return E::UnknownProxyError;
    default:
        return E::UnknownNetworkError;
    }
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b);
}

// A header name is an HTTP token; a value has no line break or NUL that could end it early.
bool safeHeader(const QByteArray &name, const QByteArray &value)
{
    static const QByteArray kTokenExtra = "!#$%&'*+-.^_`|~";
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kTokenExtra.contains(c)))
            return false;
    }
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

SocketTarget targetOf(const QNetworkRequest &request, const QUrl &url)
{
    SocketTarget t;
    t.host = url.host();
    t.tls = url.scheme() == u"https";
    t.port = quint16(portOf(url));
    if (t.tls) {
        t.tlsConfig = request.sslConfiguration();
        // HTTP/1.1 only: this transport speaks nothing else (Qt's stack does HTTP/2).
        t.tlsConfig.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    }
    return t;
}

} // namespace

SocketExchange::SocketExchange(SocketTransport *transport, const QNetworkRequest &request, const QByteArray &body,
                               QObject *parent)
    : HttpExchange(parent)
    , m_transport(transport)
    , m_request(request)
    , m_body(body)
    , m_url(request.url())
{ }

SocketExchange::~SocketExchange()
{
    letGo(false);
}

QByteArray SocketExchange::serialize(const QNetworkRequest &request, const QUrl &url, const QByteArray &method,
                                     const QByteArray &body, QString *why)
{
    QByteArray target = url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/")
                                                               : url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() >= 0)
        host += ':' + QByteArray::number(url.port());
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    QList<QByteArray> names;
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray value = request.rawHeader(name);
        if (!safeHeader(name, value)) {
            *why = tr("the header \"%1\" holds a line break or a character HTTP does not allow")
                       .arg(QString::fromLatin1(name.left(64)));
            return {};
        }
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "content-length" || lower == "transfer-encoding" || lower == "connection")
            continue; // this transport frames the request itself
        names.append(lower);
        head += name + ": " + value + "\r\n";
    }
    const QByteArray type = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!names.contains("content-type") && !type.isEmpty() && !body.isEmpty() && safeHeader("Content-Type", type))
        head += "Content-Type: " + type + "\r\n";
    if (!names.contains("user-agent"))
        head += "User-Agent: Tokenmeter\r\n";
    if (!names.contains("accept-encoding"))
        head += "Accept-Encoding: identity\r\n"; // the bytes are timed as they come: nothing to unpack first
    if (method != "GET" || !body.isEmpty())
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return head + "\r\n" + body;
}

void SocketExchange::start()
{
    m_starting = true;
    send();
    m_starting = false;
}

void SocketExchange::send()
{
    if (m_url.scheme() != u"http" && m_url.scheme() != u"https") {
        fail(QNetworkReply::ProtocolUnknownError, tr("the scheme \"%1\" is not HTTP").arg(m_url.scheme()));
        return;
    }
    QString why;
    const QByteArray wire = serialize(m_request, m_url, m_method, m_body, &why);
    if (wire.isEmpty()) {
        fail(QNetworkReply::ProtocolInvalidOperationError, why);
        return;
    }
    if (!m_transport) {
        fail(QNetworkReply::OperationCanceledError, tr("the engine's transport has shut down"));
        return;
    }
    m_parser.emplace(m_method == "HEAD");
    m_gotBytes = false;
    m_connection = m_transport->acquire(targetOf(m_request, m_url), this, !m_retried, &m_reused);
    m_transport->send(m_connection, wire);
}

void SocketExchange::onSocketEvent(const SocketEvent &event)
{
    if (m_finished)
        return;
    switch (event.kind) {
    case SocketEvent::Kind::Sent:
        if (!std::exchange(m_sentSignalled, true)) {
            m_sentNs = event.atNs; // right before the write that took the last byte
            Q_EMIT requestSent();
        }
        return;
    case SocketEvent::Kind::Data:
        onData(event);
        return;
    case SocketEvent::Kind::Closed:
    case SocketEvent::Kind::Failed:
        onEnd(event);
        return;
    }
}

void SocketExchange::onData(const SocketEvent &event)
{
    m_gotBytes = true;
    m_arrival = event.kernelTime && m_arrival != ArrivalClock::ReadingThread ? ArrivalClock::Kernel
                                                                             : ArrivalClock::ReadingThread;
    QByteArray body;
    const HttpResponseParser::State state = m_parser->feed(event.bytes, &body);
    if (state == HttpResponseParser::State::Error) {
        if (m_status > 0 && !body.isEmpty()) { // what came whole before the fault still counts
            m_available += body.size();
            m_reads.append(Read{std::move(body), event.atNs});
            Q_EMIT readyRead();
        }
        if (!m_finished)
            fail(QNetworkReply::ProtocolFailure, m_parser->error());
        return;
    }
    if (state == HttpResponseParser::State::Head || (m_status == 0 && !onHead(event.atNs)))
        return;
    if (!body.isEmpty()) {
        m_available += body.size();
        m_reads.append(Read{std::move(body), event.atNs});
        Q_EMIT readyRead();
    }
    if (!m_finished && m_parser->state() == HttpResponseParser::State::Done)
        // Reused only once the whole request went out: an early answer (413) leaves body bytes behind.
        complete(m_parser->reusable() && m_parser->leftover() == 0 && m_sentSignalled);
}

// False when this head is not the answer's (a redirect followed) or ended the exchange.
bool SocketExchange::onHead(qint64 atNs)
{
    m_head = m_parser->head();
    m_lastStatus = m_head.status;
    const QByteArray location = m_head.header("location");
    if (isRedirect(m_head.status) && !location.isEmpty()) {
        redirect(m_url.resolved(QUrl::fromEncoded(location)));
        return false;
    }
    const QByteArray coding = m_head.header("content-encoding").trimmed().toLower();
    if (!coding.isEmpty() && coding != "identity") {
        fail(QNetworkReply::ProtocolFailure,
             tr("the answer came compressed (%1) though the request asked for none, and cannot be decompressed")
                 .arg(QString::fromLatin1(coding.left(32))));
        return false;
    }
    m_status = m_head.status;
    m_headNs = atNs;
    Q_EMIT headersReceived();
    return !m_finished;
}

void SocketExchange::redirect(const QUrl &to)
{
    m_location = to;
    letGo(false); // the redirect's own body is not read: its connection goes
    if (!sameOrigin(m_url, to)) {
        fail(QNetworkReply::InsecureRedirectError, tr("a redirect to another origin"));
        return;
    }
    if (m_redirects >= StreamLimits::kMaxRedirects) {
        fail(QNetworkReply::TooManyRedirectsError, tr("too many redirects"));
        return;
    }
    ++m_redirects;
    if (m_lastStatus != 307 && m_lastStatus != 308) { // as browsers and Qt do: the body does not follow
        m_method = "GET";
        m_body.clear();
    }
    m_url = to;
    m_retried = false;
    send();
}

void SocketExchange::onEnd(const SocketEvent &event)
{
    // A kept-alive connection the server had closed meanwhile: once more, on a new one.
    if (!m_gotBytes && m_reused && !m_retried) {
        m_retried = true;
        letGo(false);
        send();
        return;
    }
    if (event.kind == SocketEvent::Kind::Closed) {
        if (m_parser->closed() == HttpResponseParser::State::Done) {
            complete(false);
            return;
        }
        fail(QNetworkReply::RemoteHostClosedError,
             m_gotBytes ? m_parser->error() : tr("the server closed the connection"));
        return;
    }
    const QNetworkReply::NetworkError error = networkErrorOf(event.error);
    if (error == QNetworkReply::SslHandshakeFailedError && m_gotBytes) {
        // Not a certificate to add (--ca-file): the encrypted stream broke mid-answer.
        fail(QNetworkReply::RemoteHostClosedError,
             tr("the TLS connection broke in the middle of the answer: %1").arg(event.errorString));
        return;
    }
    fail(error, event.errorString);
}

QByteArray SocketExchange::rawHeader(const QByteArray &name) const
{
    return m_status > 0 ? m_head.header(name.toLower()) : QByteArray();
}

HttpExchange::Read SocketExchange::read(qint64 maxBytes)
{
    if (m_reads.isEmpty() || maxBytes <= 0)
        return {};
    Read &first = m_reads.first();
    if (first.bytes.size() <= maxBytes) {
        m_available -= first.bytes.size();
        return m_reads.takeFirst();
    }
    Read part{first.bytes.left(maxBytes), first.atNs};
    first.bytes.remove(0, maxBytes);
    m_available -= maxBytes;
    return part;
}

void SocketExchange::abort()
{
    if (!m_finished) {
        m_finished = true;
        m_error = QNetworkReply::OperationCanceledError;
    }
    letGo(false);
}

void SocketExchange::complete(bool reusable)
{
    m_finished = true;
    letGo(reusable);
    Q_EMIT finished();
}

void SocketExchange::fail(QNetworkReply::NetworkError error, const QString &why)
{
    m_finished = true;
    m_error = error;
    m_errorString = why;
    letGo(false);
    if (m_starting) // nobody listens yet: the caller connects after start()
        QMetaObject::invokeMethod(this, &HttpExchange::finished, Qt::QueuedConnection);
    else
        Q_EMIT finished();
}

void SocketExchange::letGo(bool reusable)
{
    const int connection = std::exchange(m_connection, 0);
    if (connection && m_transport)
        m_transport->release(connection, reusable);
}
