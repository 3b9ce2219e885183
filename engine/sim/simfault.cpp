#include "simfault.h"

#include <QStringList>

#include <tuple>

namespace {

// A numeric fault: its key, its bounds, and where its value goes.
struct NumericFault
{
    const char *key;
    int min;
    int max;
    int SimFault::*field;
};

constexpr NumericFault kNumeric[] = {
    {"status", 400, 599, &SimFault::status},
    {"retry-after", 0, 3600, &SimFault::retryAfterS},
    {"headers-delay", 0, 60000, &SimFault::headersDelayMs},
    {"stall-first", 0, 60000, &SimFault::stallFirstMs},
    {"stall", 0, 60000, &SimFault::stallMs},
    {"comments", 0, 1000, &SimFault::comments},
    {"reset", 0, 100000, &SimFault::resetAfter},
    {"truncate", 0, 100000, &SimFault::truncateAfter},
    {"garbage", 0, 100000, &SimFault::garbageAt},
    {"error", 0, 100000, &SimFault::errorAt},
    {"long-line", 1, 16 << 20, &SimFault::longLineBytes},
    {"trickle", 1, 10000, &SimFault::trickleMs},
};

bool setFlag(const QString &key, SimFault *f)
{
    if (key == u"close")
        f->closeFirst = true;
    else if (key == u"json-body")
        f->jsonBody = true;
    else if (key == u"endless")
        f->endless = true;
    else if (key == u"no-done")
        f->noDone = true;
    else if (key == u"no-usage")
        f->noUsage = true;
    else
        return false;
    return true;
}

bool setRedirect(const QString &value, SimFault *f)
{
    if (value == u"same")
        f->redirect = SimFault::Redirect::Same;
    else if (value == u"loop")
        f->redirect = SimFault::Redirect::Loop;
    else if (value == u"other")
        f->redirect = SimFault::Redirect::Other;
    else
        return false;
    return true;
}

const QString kKnown = QStringLiteral(
    "status=CODE, retry-after=S, close, headers-delay=MS, stall-first=MS, stall=MS, comments=N, reset=N, "
    "truncate=N, garbage=N, error=N, long-line=BYTES, json-body, redirect=same|loop|other, trickle=MS, endless, "
    "no-done, no-usage");

} // namespace

bool SimFault::isEmpty() const
{
    return *this == SimFault();
}

bool SimFault::parse(const QString &spec, SimFault *out, QString *error)
{
    SimFault f;
    const QStringList parts = spec.split(QChar(spec.contains(u';') ? u';' : u','), Qt::SkipEmptyParts);
    if (parts.size() > 32) {
        *error = QStringLiteral("too many faults in \"%1\" (at most 32)").arg(spec.left(80));
        return false;
    }
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        if (!part.contains(u'=') && setFlag(key, &f))
            continue;
        if (key == u"redirect" && setRedirect(value, &f))
            continue;
        const auto numeric = std::find_if(std::begin(kNumeric), std::end(kNumeric),
                                          [&](const NumericFault &n) { return key == QLatin1String(n.key); });
        if (numeric == std::end(kNumeric)) {
            *error = QStringLiteral("unknown fault \"%1\" (known: %2)").arg(part.left(80), kKnown);
            return false;
        }
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < numeric->min || v > numeric->max) {
            *error = QStringLiteral("fault \"%1\" wants a whole number from %2 to %3")
                         .arg(part.left(80))
                         .arg(numeric->min)
                         .arg(numeric->max);
            return false;
        }
        f.*(numeric->field) = v;
    }
    *out = f;
    return true;
}

QString SimFault::splitModel(const QString &modelWithFault, QString *spec)
{
    const qsizetype at = modelWithFault.indexOf(u'@');
    if (at < 0) {
        spec->clear();
        return modelWithFault;
    }
    *spec = modelWithFault.mid(at + 1);
    return modelWithFault.left(at);
}

bool operator==(const SimFault &a, const SimFault &b)
{
    const auto tie = [](const SimFault &f) {
        return std::tie(f.status, f.retryAfterS, f.closeFirst, f.headersDelayMs, f.stallFirstMs, f.stallMs, f.comments,
                        f.resetAfter, f.truncateAfter, f.garbageAt, f.errorAt, f.longLineBytes, f.jsonBody, f.redirect,
                        f.trickleMs, f.endless, f.noDone, f.noUsage);
    };
    return tie(a) == tie(b);
}
