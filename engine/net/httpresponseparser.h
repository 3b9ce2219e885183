#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP/1.1 response's head, as the client needs it.
struct HttpResponseHead
{
    int status = 0;                               // 100..599
    QByteArray reason;                            // "OK", kept for messages
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed

    QByteArray header(const QByteArray &lowerName) const; // the first one; empty if absent
    bool hasHeader(const QByteArray &lowerName) const;
    bool keepAlive() const; // HTTP/1.1 and no "Connection: close"

private:
    friend class HttpResponseParser;
    bool m_http10 = false; // HTTP/1.0 keeps the connection only when asked to
};

// Reads one HTTP/1.1 response off a connection as its bytes arrive, however
// they are cut: the head, then the body by Content-Length, chunked transfer
// coding (chunk extensions and trailers skipped) or, without either, until the
// connection closes. Everything is bounded and every number range-checked: a
// server can make it fail (error()), never make it buffer without limit.
// Interim 1xx responses (100 Continue) are skipped. Linear in the bytes.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    enum class State {
        Head,  // waiting for the status line and headers
        Body,  // the head is read; body bytes may follow
        Done,  // the whole response is read (Content-Length reached, last chunk, or close)
        Error, // the bytes are not a response this parser accepts; see error()
    };

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024; // status line and headers
    static constexpr int kMaxHeaders = 256;
    static constexpr qsizetype kMaxChunkLine = 4096; // a chunk-size line with its extensions
    static constexpr qsizetype kMaxTrailerBytes = 64 * 1024;
    // `isHeadRequest`: the response has no body whatever its headers say.
    explicit HttpResponseParser(bool isHeadRequest = false);

    // Takes the next bytes off the wire; appends any body bytes they complete
    // (de-chunked) to *body. Returns the state after them. Bytes after the end
    // of the response (Done) are not consumed: leftover() says how many.
    State feed(QByteArrayView bytes, QByteArray *body);
    // The connection closed: a body delimited by the close is complete; any
    // other unfinished response is an error ("closed before the end of ...").
    State closed();

    State state() const { return m_state; }
    const HttpResponseHead &head() const { return m_head; }
    // The body's length when the server said it (Content-Length); -1 otherwise.
    qint64 contentLength() const { return m_contentLength; }
    bool chunked() const { return m_chunked; }
    // True when the connection can carry another request after this response.
    bool reusable() const { return m_state == State::Done && m_head.keepAlive() && !m_untilClose && !m_framingSuspect; }
    qsizetype leftover() const { return m_leftover; }
    QString error() const { return m_error; } // in the user's language

private:
    enum class ChunkPhase {
        Size,    // the chunk-size line
        Data,    // m_remaining bytes of chunk data
        DataEnd, // the line end after the data
        Trailer, // trailer lines after the last chunk, up to an empty one
    };
    enum class LineStatus { Complete, Partial, TooLong };
    struct Line
    {
        LineStatus status = LineStatus::Partial;
        QByteArrayView text; // without its line end; valid until m_line changes
        qsizetype bytes = 0; // with its line end
    };

    qsizetype feedHead(QByteArrayView bytes, qsizetype at);
    qsizetype feedBody(QByteArrayView bytes, qsizetype at, QByteArray *body);
    qsizetype feedChunked(QByteArrayView bytes, qsizetype at, QByteArray *body);
    qsizetype feedChunkDataEnd(QByteArrayView bytes, qsizetype at);
    qsizetype feedData(QByteArrayView bytes, qsizetype at, QByteArray *body);
    Line takeLine(QByteArrayView bytes, qsizetype *at, qsizetype room);
    void onHeadLine(QByteArrayView line);
    bool parseStatusLine(QByteArrayView line);
    void parseHeaderLine(QByteArrayView line);
    void onHeadEnd();
    void chooseFraming();
    bool readContentLength(qint64 *length);
    void onChunkSizeLine(QByteArrayView line);
    void fail(const QString &reason);

    bool m_isHeadRequest = false;
    State m_state = State::Head;
    HttpResponseHead m_head;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_untilClose = false;
    bool m_framingSuspect = false; // Transfer-Encoding and Content-Length both: closed after (RFC 9112 6.3)
    qsizetype m_leftover = 0;
    QString m_error;

    QByteArray m_line;            // the unfinished line, when one straddles two feeds
    qsizetype m_headBytes = 0;    // of the current head's finished lines
    qsizetype m_trailerBytes = 0; // of the trailer's finished lines
    bool m_statusSeen = false;    // the current head's status line is read
    bool m_anyBytes = false;      // anything at all came
    qint64 m_remaining = 0;       // of the Content-Length body or the current chunk
    qint64 m_bodyBytes = 0;       // emitted so far
    ChunkPhase m_chunkPhase = ChunkPhase::Size;
    bool m_sawCr = false; // in DataEnd: the CR of a CRLF
};
