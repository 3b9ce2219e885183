#include "simconnection.h"

#include "core/monoclock.h"
#include "simclock.h"
#include "simserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
}

QByteArray commonHeaders(const QByteArray &requestId)
{
    QByteArray h = "Server: tokenmeter-sim\r\nX-Tokenmeter-Simulated: 1\r\n";
    if (!requestId.isEmpty())
        h += "X-Request-Id: " + requestId + "\r\n";
    return h;
}

} // namespace

SimConnection::SimConnection(QTcpSocket *socket, SimServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_deadline(new QTimer(this))
{
    socket->setParent(this);
    // While an answer plays, requests the client pipelines wait in its TCP
    // buffers, not in ours: a client cannot fill this process's memory.
    socket->setReadBufferSize(kReadBufferBytes);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &SimConnection::onDeadline);
    armDeadline();
    connect(socket, &QTcpSocket::readyRead, this, &SimConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void SimConnection::onReadyRead()
{
    if (m_busy)
        return; // read once this answer is out (finishResponse looks again)
    m_parser.append(m_socket->readAll());
    armDeadline();
    while (!m_busy) {
        HttpRequest request;
        switch (m_parser.next(&request)) {
        case HttpRequestParser::State::NeedMore:
            return;
        case HttpRequestParser::State::Error:
            m_keepAlive = false;
            respond(400, "application/json",
                    R"({"error":{"message":")" + m_parser.errorReason() + R"(","type":"invalid_request_error"}})");
            return;
        case HttpRequestParser::State::Complete:
            m_clockStartNs = MonoClock::nowNs();
            m_busy = true;
            m_keepAlive = request.keepAlive();
            m_deadline->stop(); // an answer may take its time; the client's is measured again after it
            m_server->handle(request, this);
            break;
        }
    }
}

void SimConnection::respond(int status, const QByteArray &contentType, const QByteArray &body,
                            const QByteArray &requestId, const QByteArray &extraHeaders)
{
    QByteArray out = statusLine(status) + commonHeaders(requestId) + extraHeaders + "Content-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!m_keepAlive)
        out += "Connection: close\r\n";
    m_socket->write(out + "\r\n" + body);
    finishResponse();
}

void SimConnection::respondLater(qint64 delayUs, double timeScale, int status, const QByteArray &body,
                                 const QByteArray &requestId, const QByteArray &extraHeaders)
{
    m_pendingHeaders = extraHeaders;
    m_script = SimScript();
    m_script.endAtUs = delayUs;
    m_timeScale = timeScale;
    m_requestId = requestId;
    m_pendingBody = body;
    m_pendingStatus = status;
    armTimer();
}

void SimConnection::play(const SimScript &script, double timeScale, const QByteArray &requestId)
{
    m_script = script;
    m_timeScale = timeScale;
    m_requestId = requestId;
    m_next = 0;
    m_loopOffsetUs = 0;
    m_headersSent = false;
    armTimer();
}

qint64 SimConnection::dueNs(qint64 atUs) const
{
    return qint64(double(atUs) * 1000.0 / m_timeScale);
}

void SimConnection::armTimer()
{
    qint64 nextUs = m_script.endAtUs;
    if (m_pendingStatus == 0)
        nextUs = !m_headersSent               ? m_script.headersAtUs
            : m_next < m_script.events.size() ? m_script.events.at(m_next).atUs + m_loopOffsetUs
                                              : nextUs;
    m_server->clock()->wakeAt(this, m_clockStartNs + dueNs(nextUs), [this] { onTick(); });
}

void SimConnection::onTick()
{
    if (m_pendingStatus != 0) {
        const int status = std::exchange(m_pendingStatus, 0);
        respond(status, "application/json", std::exchange(m_pendingBody, {}), m_requestId,
                std::exchange(m_pendingHeaders, {}));
        return;
    }
    // Write everything that is due, then sleep until the next.
    const qint64 nowNs = MonoClock::nowNs() - m_clockStartNs;
    if (!m_headersSent) {
        if (dueNs(m_script.headersAtUs) > nowNs) {
            armTimer();
            return;
        }
        m_socket->write(statusLine(200) + commonHeaders(m_requestId)
                        + "Content-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
        m_headersSent = true;
    }
    while (m_next < m_script.events.size() && dueNs(m_script.events.at(m_next).atUs + m_loopOffsetUs) <= nowNs) {
        const SimEvent &e = m_script.events.at(m_next++);
        switch (e.kind) {
        case SimEvent::Kind::Data:
            writeChunk("data: " + e.bytes + "\n\n");
            break;
        case SimEvent::Kind::Comment:
            writeChunk(": " + e.bytes + "\n\n");
            break;
        case SimEvent::Kind::Raw:
            writeChunk(e.bytes);
            break;
        case SimEvent::Kind::Reset:
            m_socket->abort();
            return;
        }
        if (e.token) {
            const qint64 intended = m_clockStartNs + dueNs(e.atUs + m_loopOffsetUs);
            m_server->logTokenWrite(m_requestId, {m_clockStartNs, intended, MonoClock::nowNs()});
        }
    }
    m_socket->flush();
    if (m_next == m_script.events.size() && m_script.loopFrom >= 0) {
        m_next = m_script.loopFrom; // endless: another round of the same tokens
        m_loopOffsetUs += m_script.loopUs;
    }
    if (m_next < m_script.events.size()) {
        armTimer();
        return;
    }
    m_socket->write("0\r\n\r\n");
    finishResponse();
}

void SimConnection::closeNow()
{
    m_busy = false;
    m_socket->abort(); // no answer: the client sees the connection close
}

// Headers that never end (slowloris), or a connection left idle: closed.
void SimConnection::armDeadline()
{
    if (m_busy)
        return;
    m_deadline->start(m_parser.hasPartial() ? kHeaderTimeoutMs : kIdleTimeoutMs);
}

void SimConnection::onDeadline()
{
    if (!m_busy)
        m_socket->abort();
}

void SimConnection::writeChunk(const QByteArray &bytes)
{
    m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
}

void SimConnection::finishResponse()
{
    m_busy = false;
    m_script = SimScript();
    if (!m_keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    // The client may have sent its next request already: look once this answer is out.
    QMetaObject::invokeMethod(this, &SimConnection::onReadyRead, Qt::QueuedConnection);
}
