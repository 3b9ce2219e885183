#include "httpheader.h"

std::optional<HttpHeader> HttpHeader::fromLine(const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || line.contains(u'\r') || line.contains(u'\n'))
        return std::nullopt;
    const QString name = line.left(colon).trimmed();
    static const QString kTokenChars = QStringLiteral("!#$%&'*+-.^_`|~");
    for (const QChar c : name) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || kTokenChars.contains(c)))
            return std::nullopt;
    }
    if (name.isEmpty())
        return std::nullopt;
    return HttpHeader{name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()};
}
