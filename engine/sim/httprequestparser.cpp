#include "httprequestparser.h"

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    return header("connection").toLower() != "close";
}

HttpRequestParser::State HttpRequestParser::next(HttpRequest *out)
{
    if (!m_error.isEmpty())
        return State::Error; // a connection that sent garbage gets nothing more read
    if (!m_head) {
        // "\r\n\r\n" may straddle what was searched and what came since.
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n", qMax<qsizetype>(0, m_scanned - 3));
        if (headerEnd < 0) {
            m_scanned = m_buffer.size();
            if (m_buffer.size() > kMaxHeaderBytes) {
                m_error = "request header too large";
                return State::Error;
            }
            return State::NeedMore;
        }
        HttpRequest req;
        if (!parseHead(m_buffer.left(headerEnd), &req, &m_bodyLength))
            return State::Error;
        m_head = std::move(req);
        m_bodyStart = headerEnd + 4;
    }
    if (m_buffer.size() - m_bodyStart < m_bodyLength)
        return State::NeedMore;
    HttpRequest req = std::move(*m_head);
    m_head.reset();
    req.body = m_buffer.mid(m_bodyStart, m_bodyLength);
    m_buffer.remove(0, m_bodyStart + m_bodyLength);
    m_scanned = 0;
    *out = std::move(req);
    return State::Complete;
}

bool HttpRequestParser::parseHead(const QByteArray &head, HttpRequest *req, qlonglong *bodyLength)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_error = "malformed request line";
        return false;
    }
    req->method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    req->path = q < 0 ? target : target.left(q);
    req->query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = "malformed header line";
            return false;
        }
        req->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (!req->header("transfer-encoding").isEmpty()) {
        m_error = "chunked request bodies are not supported";
        return false;
    }
    bool ok = true;
    const QByteArray lengthText = req->header("content-length");
    *bodyLength = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || *bodyLength < 0 || *bodyLength > kMaxBodyBytes) {
        m_error = "bad Content-Length";
        return false;
    }
    return true;
}
