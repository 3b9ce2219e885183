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
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes) {
            m_error = "request header too large";
            return State::Error;
        }
        return State::NeedMore;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_error = "malformed request line";
        return State::Error;
    }
    HttpRequest req;
    req.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    req.path = q < 0 ? target : target.left(q);
    req.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = "malformed header line";
            return State::Error;
        }
        req.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (!req.header("transfer-encoding").isEmpty()) {
        m_error = "chunked request bodies are not supported";
        return State::Error;
    }
    bool ok = true;
    const QByteArray lengthText = req.header("content-length");
    const qlonglong length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBodyBytes) {
        m_error = "bad Content-Length";
        return State::Error;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() - bodyStart < length)
        return State::NeedMore;
    req.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    *out = std::move(req);
    return State::Complete;
}
