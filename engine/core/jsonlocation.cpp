#include "jsonlocation.h"

namespace {

// A scanner over JSON text that skips values without building them and
// descends only along the requested path.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    { }

    // Returns the offset of the value at path[depth..] starting at m_pos, or
    // the offset of the deepest value found.
    qsizetype find(const QVariantList &path, int depth)
    {
        skipSpace();
        const qsizetype start = m_pos;
        if (depth == path.size() || m_pos >= m_text.size())
            return start;
        const QVariant &step = path.at(depth);
        const char c = m_text.at(m_pos);
        if (c == '{' && step.typeId() == QMetaType::QString)
            return findInObject(step.toString().toUtf8(), path, depth, start);
        if (c == '[' && step.typeId() == QMetaType::Int)
            return findInArray(step.toInt(), path, depth, start);
        return start;
    }

private:
    qsizetype findInObject(const QByteArray &key, const QVariantList &path, int depth, qsizetype start)
    {
        ++m_pos;
        for (int guard = 0; guard < 1'000'000 && m_pos < m_text.size(); ++guard) {
            skipSpace();
            if (peek() == '}')
                return start;
            const QByteArray name = readString();
            skipSpace();
            if (peek() != ':')
                return start;
            ++m_pos;
            if (name == key)
                return find(path, depth + 1);
            skipValue(0);
            skipSpace();
            if (peek() != ',')
                return start;
            ++m_pos;
        }
        return start;
    }

    qsizetype findInArray(int index, const QVariantList &path, int depth, qsizetype start)
    {
        ++m_pos;
        for (int i = 0; m_pos < m_text.size(); ++i) {
            skipSpace();
            if (peek() == ']')
                return start;
            if (i == index)
                return find(path, depth + 1);
            skipValue(0);
            skipSpace();
            if (peek() != ',')
                return start;
            ++m_pos;
        }
        return start;
    }

    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
    }

    QByteArray readString()
    {
        if (peek() != '"')
            return {};
        const qsizetype begin = ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        const QByteArray raw = m_text.mid(begin, m_pos - begin);
        ++m_pos;
        return raw;
    }

    void skipValue(int nesting)
    {
        skipSpace();
        const char c = peek();
        if (nesting > 512) {
            m_pos = m_text.size();
            return;
        }
        if (c == '"') {
            readString();
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_pos;
            while (m_pos < m_text.size()) {
                skipSpace();
                if (peek() == close) {
                    ++m_pos;
                    return;
                }
                if (c == '{') {
                    readString();
                    skipSpace();
                    ++m_pos; // ':'
                }
                skipValue(nesting + 1);
                skipSpace();
                if (peek() == ',')
                    ++m_pos;
                else if (peek() != close)
                    return;
            }
        } else {
            while (m_pos < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text.at(m_pos)))
                ++m_pos;
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

namespace JsonLocation {

int lineAtOffset(const QByteArray &text, qsizetype offset)
{
    return 1 + int(QByteArrayView(text).first(qBound<qsizetype>(0, offset, text.size())).count('\n'));
}

int lineOf(const QByteArray &text, const QVariantList &path)
{
    if (text.trimmed().isEmpty())
        return 0;
    Scanner scanner(text);
    return lineAtOffset(text, scanner.find(path, 0));
}

QString describe(const QVariantList &path)
{
    QString out;
    for (const QVariant &step : path) {
        if (step.typeId() == QMetaType::Int)
            out += u'[' + QString::number(step.toInt()) + u']';
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + step.toString();
    }
    return out;
}

} // namespace JsonLocation
