#pragma once

#include "sseevent.h"

#include <QByteArray>
#include <QList>

// Turns a byte stream into Server-Sent Events by the WHATWG rules: LF, CR and
// CRLF line ends (a CRLF split across two reads counts once), a leading BOM,
// comments, "data:" with or without the space, multi-line data, fields without
// a colon. Works on bytes, so a UTF-8 sequence split across reads is whole
// again before anyone decodes it. An event not closed by a blank line when the
// stream ends is discarded, as the standard says.
class SseDecoder
{
public:
    // Feeds the next bytes off the wire; returns the events they complete.
    // Once a line or an event grows past maxEventBytes(), nothing more is
    // decoded and tooLarge() says so.
    QList<SseEvent> feed(QByteArrayView bytes);

    void setMaxEventBytes(qsizetype bytes) { m_maxEventBytes = bytes; }
    qsizetype maxEventBytes() const { return m_maxEventBytes; }
    bool tooLarge() const { return m_tooLarge; }

    // Comment lines seen so far (": keep-alive", ": OPENROUTER PROCESSING").
    int commentCount() const { return m_comments; }
    // True when bytes are buffered that no complete event holds yet.
    bool hasPartialEvent() const { return !m_line.isEmpty() || m_dataSeen || !m_type.isEmpty(); }
    qint64 bytesSeen() const { return m_bytes; }

private:
    bool skipBom(QByteArrayView &bytes);
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastId;
    qint64 m_bytes = 0;
    qsizetype m_maxEventBytes = 4 << 20;
    bool m_tooLarge = false;
    int m_comments = 0;
    bool m_dataSeen = false;
    bool m_bomChecked = false;
    bool m_skipLf = false; // the previous read ended in CR
};
