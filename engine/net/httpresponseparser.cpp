#include "httpresponseparser.h"

#include <cstring>

namespace {

constexpr qint64 kMaxContentLength = qint64(1) << 50;
constexpr qsizetype kMaxContentLengthDigits = 16; // 10^16 > 2^50: no overflow before the range check
constexpr qsizetype kMaxChunkSizeDigits = 15;     // 16^15 = 2^60: fits in qint64

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 9110 tchar: what a header name may be made of.
bool isToken(QByteArrayView name)
{
    for (char c : name) {
        const bool alnum = isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c)) // not strchr: it finds NUL
            return false;
    }
    return !name.isEmpty();
}

// Control bytes other than a tab (a stray CR above all) make a field value or
// reason phrase invalid; accepting them would let a line be read two ways.
bool hasControlByte(QByteArrayView text)
{
    for (char c : text) {
        const auto u = uchar(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

// A short, printable quote of what the server sent, for an error message.
QString quoted(QByteArrayView text)
{
    constexpr qsizetype kMaxQuote = 40;
    QString out = QStringLiteral("\"");
    for (char c : text.first(qMin(text.size(), kMaxQuote)))
        out += (uchar(c) >= 0x20 && uchar(c) < 0x7f) ? QChar::fromLatin1(c) : u'?';
    if (text.size() > kMaxQuote)
        out += QStringLiteral("...");
    return out + u'"';
}

// A Content-Length element: digits only, in range; -1 when it is not one.
qint64 parseLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > kMaxContentLengthDigits)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value <= kMaxContentLength ? value : -1;
}

} // namespace

QByteArray HttpResponseHead::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpResponseHead::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return true;
    }
    return false;
}

bool HttpResponseHead::keepAlive() const
{
    // Connection is a list, possibly over several header lines.
    bool close = false;
    bool keep = false;
    for (const auto &[name, value] : headers) {
        if (name != "connection")
            continue;
        for (const QByteArray &option : value.split(',')) {
            const QByteArray lower = option.trimmed().toLower();
            close = close || lower == "close";
            keep = keep || lower == "keep-alive";
        }
    }
    return !close && (!m_http10 || keep);
}

HttpResponseParser::HttpResponseParser(bool isHeadRequest)
    : m_isHeadRequest(isHeadRequest)
{ }

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes, QByteArray *body)
{
    m_leftover = 0;
    if (m_state == State::Done) {
        m_leftover = bytes.size();
        return m_state;
    }
    if (!bytes.isEmpty())
        m_anyBytes = true;
    qsizetype at = 0;
    // Each step consumes at least one byte or leaves Head/Body, so this ends.
    while (at < bytes.size() && (m_state == State::Head || m_state == State::Body))
        at = m_state == State::Head ? feedHead(bytes, at) : feedBody(bytes, at, body);
    if (m_state == State::Done)
        m_leftover = bytes.size() - at;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::closed()
{
    switch (m_state) {
    case State::Done:
    case State::Error:
        break;
    case State::Head:
        fail(m_anyBytes ? tr("the connection closed in the middle of the response's headers")
                        : tr("the connection closed before any response came"));
        break;
    case State::Body:
        if (m_untilClose)
            m_state = State::Done;
        else if (m_chunked)
            fail(tr("the connection closed in the middle of the response's chunked body (after %1 bytes)")
                     .arg(m_bodyBytes));
        else
            fail(tr("the connection closed in the middle of the response's body (%1 of %2 bytes)")
                     .arg(m_bodyBytes)
                     .arg(m_contentLength));
        break;
    }
    return m_state;
}

// Appends the rest of the line that starts at *at to m_line or, when the line
// ends within `bytes` and nothing of it came before, returns it in place.
// `room` bounds the whole line with its line end. Only new bytes are scanned.
HttpResponseParser::Line HttpResponseParser::takeLine(QByteArrayView bytes, qsizetype *at, qsizetype room)
{
    const char *start = bytes.data() + *at;
    const qsizetype rest = bytes.size() - *at;
    const auto *newline = static_cast<const char *>(std::memchr(start, '\n', size_t(rest)));
    const qsizetype length = newline ? newline - start : rest;
    // The line end must still fit, so a line that fills its room is already too long.
    if (m_line.size() + length + 1 > room)
        return {LineStatus::TooLong, {}, 0};
    if (!newline) {
        m_line.append(start, length);
        *at = bytes.size();
        return {};
    }
    *at += length + 1;
    QByteArrayView text(start, length);
    if (!m_line.isEmpty()) {
        m_line.append(start, length);
        text = m_line;
    }
    const qsizetype lineBytes = text.size() + 1;
    if (text.endsWith('\r'))
        text.chop(1); // CRLF, or a bare LF as RFC 9112 allows a recipient to accept
    return {LineStatus::Complete, text, lineBytes};
}

qsizetype HttpResponseParser::feedHead(QByteArrayView bytes, qsizetype at)
{
    const Line line = takeLine(bytes, &at, kMaxHeadBytes - m_headBytes);
    if (line.status == LineStatus::TooLong) {
        fail(tr("the response's headers are longer than 64 KiB"));
    } else if (line.status == LineStatus::Partial) {
        // Whatever is not HTTP/1 (TLS, HTTP/2, a banner) fails at once rather than after 64 KiB.
        const QByteArrayView prefix("HTTP/1.");
        const qsizetype n = qMin(m_line.size(), prefix.size());
        if (!m_statusSeen && QByteArrayView(m_line).first(n) != prefix.first(n))
            fail(tr("the response does not start with an HTTP/1.x status line (%1)").arg(quoted(m_line)));
    } else {
        m_headBytes += line.bytes;
        onHeadLine(line.text);
        m_line.resize(0); // keeps its capacity for the next line
    }
    return at;
}

void HttpResponseParser::onHeadLine(QByteArrayView line)
{
    if (!m_statusSeen)
        m_statusSeen = parseStatusLine(line);
    else if (line.isEmpty())
        onHeadEnd();
    else
        parseHeaderLine(line);
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // HTTP-version SP 3DIGIT [SP reason-phrase]; some servers send no reason at all.
    const bool shaped = line.size() >= 12 && line.startsWith("HTTP/1.") && isDigit(line[7]) && line[8] == ' '
        && isDigit(line[9]) && isDigit(line[10]) && isDigit(line[11]) && (line.size() == 12 || line[12] == ' ');
    if (!shaped || hasControlByte(line)) {
        fail(tr("the response does not start with an HTTP/1.x status line (%1)").arg(quoted(line)));
        return false;
    }
    const int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    if (status < 100 || status > 599) {
        fail(tr("the response's status %1 is not an HTTP status").arg(status));
        return false;
    }
    if (status == 101) {
        fail(tr("switching protocols is not supported"));
        return false;
    }
    m_head.status = status;
    m_head.reason = line.sliced(qMin<qsizetype>(13, line.size())).trimmed().toByteArray();
    m_head.m_http10 = line[7] == '0'; // 1.1 and any later 1.x keep connections by default
    return true;
}

void HttpResponseParser::parseHeaderLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        fail(tr("the response continues a header on a new line (obsolete line folding), which is not accepted"));
        return;
    }
    // No space may precede the colon (RFC 9112 §5.1): isToken refuses it.
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon > 0 ? line.first(colon) : QByteArrayView();
    const QByteArrayView value = colon > 0 ? line.sliced(colon + 1) : QByteArrayView();
    if (!isToken(name) || hasControlByte(value)) {
        fail(tr("the response has a malformed header line (%1)").arg(quoted(line)));
        return;
    }
    if (m_head.headers.size() >= kMaxHeaders) {
        fail(tr("the response has more than %1 headers").arg(kMaxHeaders));
        return;
    }
    m_head.headers.append({name.toByteArray().toLower(), value.trimmed().toByteArray()});
}

void HttpResponseParser::onHeadEnd()
{
    if (m_head.status < 200) {
        // An interim response (100 Continue, 103 Early Hints): the real one follows.
        m_head = HttpResponseHead();
        m_headBytes = 0;
        m_statusSeen = false;
        return;
    }
    chooseFraming();
}

// RFC 9112 §6.3, in its order.
void HttpResponseParser::chooseFraming()
{
    const int status = m_head.status;
    if (m_isHeadRequest || status == 204 || status == 304) {
        m_contentLength = 0; // whatever Content-Length says describes another response
        m_state = State::Done;
        return;
    }
    if (m_head.hasHeader("transfer-encoding")) {
        // Only chunked alone: the request offered no other transfer coding, and
        // bytes in one this client cannot decode would pass as text.
        QList<QByteArray> codings;
        QByteArray all;
        for (const auto &[name, value] : m_head.headers) {
            if (name != "transfer-encoding")
                continue;
            all += (all.isEmpty() ? "" : ", ") + value;
            for (const QByteArray &coding : value.split(',')) {
                if (!coding.trimmed().isEmpty())
                    codings.append(coding.trimmed().toLower());
            }
        }
        if (codings != QList<QByteArray>{"chunked"}) {
            fail(tr("the response's transfer coding %1 is not supported (only chunked is)").arg(quoted(all)));
            return;
        }
        m_chunked = true; // overrides any Content-Length, but the connection is not trusted again
        m_framingSuspect = m_head.hasHeader("content-length");
        m_chunkPhase = ChunkPhase::Size;
        m_state = State::Body;
        return;
    }
    qint64 length = -1;
    if (!readContentLength(&length))
        return;
    if (length < 0) {
        m_untilClose = true;
        m_state = State::Body;
        return;
    }
    m_contentLength = length;
    m_remaining = length;
    m_state = length > 0 ? State::Body : State::Done;
}

// Every Content-Length, repeated or as a list in one header, must say the same
// number; *length stays -1 when there is none.
bool HttpResponseParser::readContentLength(qint64 *length)
{
    *length = -1;
    for (const auto &[name, value] : m_head.headers) {
        if (name != "content-length")
            continue;
        for (const QByteArray &element : value.split(',')) {
            const qint64 number = parseLength(element.trimmed());
            if (number < 0) {
                fail(tr("the response's Content-Length %1 is not a valid length (digits only, at most 2^50)")
                         .arg(quoted(value)));
                return false;
            }
            if (*length >= 0 && number != *length) {
                fail(tr("the response has conflicting Content-Length values"));
                return false;
            }
            *length = number;
        }
    }
    return true;
}

qsizetype HttpResponseParser::feedBody(QByteArrayView bytes, qsizetype at, QByteArray *body)
{
    if (m_chunked)
        return feedChunked(bytes, at, body);
    if (m_untilClose) {
        const QByteArrayView rest = bytes.sliced(at);
        if (body)
            body->append(rest);
        m_bodyBytes += rest.size();
        return bytes.size();
    }
    at = feedData(bytes, at, body);
    if (m_remaining == 0)
        m_state = State::Done;
    return at;
}

// Passes on at most m_remaining of the bytes at once: a streaming client
// timestamps them as they come, not when their chunk ends.
qsizetype HttpResponseParser::feedData(QByteArrayView bytes, qsizetype at, QByteArray *body)
{
    const qsizetype n = qsizetype(qMin<qint64>(m_remaining, bytes.size() - at));
    if (body)
        body->append(bytes.sliced(at, n));
    m_remaining -= n;
    m_bodyBytes += n;
    return at + n;
}

qsizetype HttpResponseParser::feedChunked(QByteArrayView bytes, qsizetype at, QByteArray *body)
{
    switch (m_chunkPhase) {
    case ChunkPhase::Size: {
        const Line line = takeLine(bytes, &at, kMaxChunkLine);
        if (line.status == LineStatus::TooLong) {
            fail(tr("a chunk-size line of the response is longer than %1 bytes").arg(kMaxChunkLine));
        } else if (line.status == LineStatus::Complete) {
            onChunkSizeLine(line.text);
            m_line.resize(0);
        }
        return at;
    }
    case ChunkPhase::Data:
        at = feedData(bytes, at, body);
        if (m_remaining == 0) {
            m_chunkPhase = ChunkPhase::DataEnd;
            m_sawCr = false;
        }
        return at;
    case ChunkPhase::DataEnd:
        return feedChunkDataEnd(bytes, at);
    case ChunkPhase::Trailer: {
        // Trailer fields are read past, not kept: nothing here needs them.
        const Line line = takeLine(bytes, &at, kMaxTrailerBytes - m_trailerBytes);
        if (line.status == LineStatus::TooLong) {
            fail(tr("the response's trailers are longer than 64 KiB"));
        } else if (line.status == LineStatus::Complete) {
            m_trailerBytes += line.bytes;
            if (line.text.isEmpty())
                m_state = State::Done;
            m_line.resize(0);
        }
        return at;
    }
    }
    return at;
}

// chunk-size [ BWS ";" chunk-ext ] with the size in at most 15 hex digits.
void HttpResponseParser::onChunkSizeLine(QByteArrayView line)
{
    qint64 size = 0;
    qsizetype digits = 0;
    for (; digits < line.size() && hexValue(line[digits]) >= 0; ++digits) {
        if (digits == kMaxChunkSizeDigits) {
            fail(tr("the response's chunk size %1 is too large").arg(quoted(line)));
            return;
        }
        size = size * 16 + hexValue(line[digits]);
    }
    QByteArrayView rest = line.sliced(digits);
    while (!rest.isEmpty() && (rest.front() == ' ' || rest.front() == '\t'))
        rest = rest.sliced(1);
    if (digits == 0 || (!rest.isEmpty() && rest.front() != ';')) {
        fail(tr("the response has a malformed chunk-size line (%1)").arg(quoted(line)));
        return;
    }
    m_remaining = size;
    m_chunkPhase = size > 0 ? ChunkPhase::Data : ChunkPhase::Trailer;
}

// A chunk's data must end with CRLF (or a bare LF): anything else means its size was wrong.
qsizetype HttpResponseParser::feedChunkDataEnd(QByteArrayView bytes, qsizetype at)
{
    const char c = bytes[at];
    if (c == '\r' && !m_sawCr) {
        m_sawCr = true;
        return at + 1;
    }
    if (c == '\n') {
        m_chunkPhase = ChunkPhase::Size;
        return at + 1;
    }
    fail(tr("a chunk of the response does not end where its size says (no line end after its data)"));
    return at;
}

void HttpResponseParser::fail(const QString &reason)
{
    if (m_state == State::Error)
        return; // the first reason is the one that explains
    m_state = State::Error;
    m_error = reason;
}
