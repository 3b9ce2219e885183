#pragma once

#include <QString>

namespace Csv {

// One CSV field: quoted (quotes doubled) when it holds a comma, quote or newline.
inline QString field(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        return u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return s;
}

} // namespace Csv
