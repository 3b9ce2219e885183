#include "ssedecoder.h"

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_tooLarge)
        return out;
    m_bytes += bytes.size();
    qsizetype i = 0;
    if (!m_bomChecked) {
        // The BOM may itself arrive split across reads: wait for 3 bytes.
        const QByteArray head = m_line + bytes.first(qMin<qsizetype>(bytes.size(), 3)).toByteArray();
        if (head.size() < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(head)) {
            m_line = head;
            return out;
        }
        m_bomChecked = true;
        if (head.startsWith("\xEF\xBB\xBF")) {
            i = 3 - m_line.size();
            m_line.clear();
        }
    }
    while (i < bytes.size()) {
        if (m_skipLf) {
            m_skipLf = false;
            if (bytes.at(i) == '\n') {
                ++i;
                continue;
            }
        }
        qsizetype end = i;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        if (m_line.size() + (end - i) > m_maxEventBytes) {
            m_tooLarge = true; // an endless line: stop before it takes the memory
            return out;
        }
        m_line.append(bytes.sliced(i, end - i));
        if (end == bytes.size())
            break;
        m_skipLf = bytes.at(end) == '\r';
        i = end + 1;
        processLine(out);
        m_line.clear();
        if (m_tooLarge)
            return out;
    }
    return out;
}

void SseDecoder::processLine(QList<SseEvent> &out)
{
    if (m_line.isEmpty()) {
        if (m_dataSeen) {
            SseEvent e;
            if (!m_type.isEmpty())
                e.type = m_type;
            e.data = m_data;
            if (e.data.endsWith('\n'))
                e.data.chop(1);
            e.lastEventId = m_lastId;
            out.append(std::move(e));
        }
        m_data.clear();
        m_type.clear();
        m_dataSeen = false;
        return;
    }
    if (m_line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = m_line.indexOf(':');
    const QByteArrayView field = colon < 0 ? QByteArrayView(m_line) : QByteArrayView(m_line).first(colon);
    QByteArrayView value;
    if (colon >= 0) {
        value = QByteArrayView(m_line).sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxEventBytes) {
            m_tooLarge = true; // an endless event, one data line after another
            return;
        }
        m_data.append(value.data(), value.size());
        m_data.append('\n');
        m_dataSeen = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    }
    // "retry" sets a reconnection time we never use; unknown fields are ignored.
}
