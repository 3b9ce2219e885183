#pragma once

#include <QString>
#include <QStringList>

// CSV as RFC 4180 writes it, safe to open in a spreadsheet.
namespace Csv {

// One field: quoted (quotes doubled) when it holds a comma, quote, CR or LF.
// Text that a spreadsheet would run as a formula (it starts with =, +, -, @,
// a tab or a CR and is not a number) is kept as text with a leading '.
QString field(const QString &text);
// Fields joined into one line, without the line break.
QString row(const QStringList &fields);

} // namespace Csv
