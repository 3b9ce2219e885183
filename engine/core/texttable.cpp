#include "texttable.h"

QString TextTable::render(const QList<QStringList> &rows, const std::function<bool(qsizetype column)> &leftAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (qsizetype c = 0; c < row.size(); ++c)
            padded << (leftAligned(c) ? row.at(c).leftJustified(widths[c]) : row.at(c).rightJustified(widths[c]));
        while (!padded.isEmpty() && padded.constLast().trimmed().isEmpty())
            padded.removeLast();
        QString line = padded.join(QStringLiteral("  "));
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}
