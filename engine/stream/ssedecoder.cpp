#include "ssedecoder.h"

#include <cstring>

namespace {

// Where the line starting at `from` ends: the first CR or LF, or `to` when
// the line goes on in the next read. memchr scans far faster than a byte
// loop, and most streams use LF alone, so the CR scan stops at the LF.
const char *lineEnd(const char *from, const char *to)
{
    const auto *lf = static_cast<const char *>(std::memchr(from, '\n', size_t(to - from)));
    const char *limit = lf ? lf : to;
    const auto *cr = static_cast<const char *>(std::memchr(from, '\r', size_t(limit - from)));
    return cr ? cr : limit;
}

} // namespace

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_tooLarge)
        return out;
    m_bytes += bytes.size();
    if (!m_bomChecked && !skipBom(bytes))
        return out;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        if (m_skipLf) {
            m_skipLf = false;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        const char *eol = lineEnd(p, end);
        if (m_line.size() + (eol - p) > m_maxEventBytes) {
            m_tooLarge = true; // an endless line: stop before it takes the memory
            return out;
        }
        if (eol == end) {
            m_line.append(p, eol - p);
            break;
        }
        m_skipLf = *eol == '\r';
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol - p), out); // whole in this read: no copy
        } else {
            m_line.append(p, eol - p);
            processLine(m_line, out);
            m_line.clear();
        }
        p = eol + 1;
        if (m_tooLarge)
            return out;
    }
    return out;
}

// Drops a leading UTF-8 BOM, which may itself arrive split across reads.
// Returns false while fewer than three bytes have come and they could still
// be one; `bytes` is left pointing past whatever was consumed.
bool SseDecoder::skipBom(QByteArrayView &bytes)
{
    static constexpr QByteArrayView bom("\xEF\xBB\xBF");
    const QByteArray head = m_line + bytes.first(qMin<qsizetype>(bytes.size(), 3)).toByteArray();
    if (head.size() < 3 && bom.startsWith(head)) {
        m_line = head;
        bytes = {};
        return false;
    }
    m_bomChecked = true;
    if (head.startsWith(bom)) {
        bytes = bytes.sliced(3 - m_line.size());
        m_line.clear();
    }
    return true;
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value;
    if (colon >= 0) {
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        // Counted as the lines and an LF after each: the limit as it always was.
        if (m_data.size() + (m_dataSeen ? 1 : 0) + value.size() + 1 > m_maxEventBytes) {
            m_tooLarge = true; // an endless event, one data line after another
            return;
        }
        if (m_dataSeen)
            m_data.append('\n'); // lines of one event are joined by LF
        m_data.append(value.data(), value.size());
        m_dataSeen = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    }
    // "retry" sets a reconnection time we never use; unknown fields are ignored.
}

void SseDecoder::dispatch(QList<SseEvent> &out)
{
    if (m_dataSeen) {
        SseEvent e;
        if (!m_type.isEmpty())
            e.type = m_type;
        e.data = std::move(m_data); // the buffer goes with the event: no copy
        e.lastEventId = m_lastId;
        out.append(std::move(e));
    }
    m_data.clear();
    m_type.clear();
    m_dataSeen = false;
}
