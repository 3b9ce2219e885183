#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

// A parsed HTTP/1.1 request, as much of one as the simulated provider needs.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
    bool keepAlive() const;
};

// Reads HTTP/1.1 requests incrementally off a connection (keep-alive, one after
// another; bodies by Content-Length). Linear in the bytes however they are cut:
// the search for the header's end goes on where it stopped, and a header is
// parsed once, not again with every piece of its body.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

    void append(QByteArrayView bytes) { m_buffer.append(bytes.data(), bytes.size()); }
    // Tries to take one whole request off the buffer. After an error, always Error.
    State next(HttpRequest *out);
    QByteArray errorReason() const { return m_error; }
    // Bytes of a request that has begun but not yet been taken.
    bool hasPartial() const { return !m_buffer.isEmpty(); }

private:
    // The request line and headers (everything before the blank line), and the body's length.
    bool parseHead(const QByteArray &head, HttpRequest *req, qlonglong *bodyLength);

    QByteArray m_buffer;
    QByteArray m_error;
    qsizetype m_scanned = 0;           // bytes searched for the header's end without finding it
    std::optional<HttpRequest> m_head; // parsed, waiting for its body
    qsizetype m_bodyStart = 0;
    qlonglong m_bodyLength = 0;
};
