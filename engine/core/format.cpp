#include "format.h"

#include <QLocale>

#include <cmath>

namespace {

const QString kNone = QStringLiteral("–");

} // namespace

QString Format::ms(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', 0) : kNone;
}

QString Format::rate(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', 1) : kNone;
}

QString Format::price(std::optional<double> usdPerM)
{
    return usdPerM ? u'$' + QLocale().toString(*usdPerM, 'f', 2) : kNone;
}

QString Format::usd(std::optional<double> v)
{
    if (!v)
        return kNone;
    const int decimals = std::abs(*v) >= 1 || *v == 0 ? 2 : 4;
    return u'$' + QLocale().toString(*v, 'f', decimals);
}

QString Format::percent(std::optional<double> v, bool sign)
{
    if (!v)
        return kNone;
    const QString text = QLocale().toString(*v, 'f', 1) + u'%';
    return sign && *v > 0 ? u'+' + text : text;
}

QString Format::signedMs(std::optional<double> v)
{
    if (!v)
        return kNone;
    const QString text = QLocale().toString(*v, 'f', 0);
    return *v > 0 ? u'+' + text : text;
}

QString Format::integer(qint64 v)
{
    return QLocale().toString(v);
}
