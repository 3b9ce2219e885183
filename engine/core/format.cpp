#include "format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

const QString kNone = QStringLiteral("–");

// `v` with `decimals` places; what rounds to zero is "0", never "-0".
QString fixed(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(v * scale) / scale;
    return QLocale().toString(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

// A sign for what rounds above zero.
QString withSign(double v, int decimals)
{
    const QString text = fixed(v, decimals);
    return std::round(v * std::pow(10.0, decimals)) > 0 ? u'+' + text : text;
}

} // namespace

QString Format::ms(std::optional<double> v)
{
    return v ? fixed(*v, 0) : kNone;
}

QString Format::rate(std::optional<double> v)
{
    return v ? fixed(*v, 1) : kNone;
}

QString Format::price(std::optional<double> usdPerM)
{
    return usdPerM ? u'$' + QLocale().toString(*usdPerM, 'f', 2) : kNone;
}

QString Format::usd(std::optional<double> v)
{
    if (!v)
        return kNone;
    // Two significant digits at least: a fraction of a cent is not "$0.0000".
    const double a = std::abs(*v);
    const int decimals = a >= 1 || a == 0 ? 2 : std::clamp(int(std::ceil(-std::log10(a))) + 1, 4, 8);
    return u'$' + fixed(*v, decimals);
}

QString Format::percent(std::optional<double> v, bool sign)
{
    if (!v)
        return kNone;
    return (sign ? withSign(*v, 1) : fixed(*v, 1)) + u'%';
}

QString Format::signedMs(std::optional<double> v)
{
    if (!v)
        return kNone;
    return withSign(*v, 0);
}

QString Format::integer(qint64 v)
{
    return QLocale().toString(v);
}
