#include "csv.h"

QString Csv::field(const QString &text)
{
    QString s = text;
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    bool isNumber = false;
    (void)s.toDouble(&isNumber);
    if (!s.isEmpty() && kFormulaStarts.contains(s.at(0)) && !isNumber)
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        return u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return s;
}

QString Csv::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(u',');
}
