#include "simfault.h"

#include <QStringList>

bool SimFault::isEmpty() const
{
    return status == 0 && stallMs == 0 && resetAfter < 0 && truncateAfter < 0 && garbageAt < 0 && errorAt < 0
        && headersDelayMs == 0 && comments == 0 && !noDone && !noUsage;
}

bool SimFault::parse(const QString &spec, SimFault *out, QString *error)
{
    SimFault f;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const QString key = part.section(u'=', 0, 0);
        bool ok = true;
        const int value = part.contains(u'=') ? part.section(u'=', 1).toInt(&ok) : 0;
        if (!ok || value < 0 || value > 3'600'000) {
            *error = QStringLiteral("bad value in fault \"%1\"").arg(part);
            return false;
        }
        if (key == u"status" && value >= 400 && value <= 599)
            f.status = value;
        else if (key == u"stall")
            f.stallMs = value;
        else if (key == u"reset")
            f.resetAfter = value;
        else if (key == u"truncate")
            f.truncateAfter = value;
        else if (key == u"garbage")
            f.garbageAt = value;
        else if (key == u"error")
            f.errorAt = value;
        else if (key == u"headers-delay")
            f.headersDelayMs = value;
        else if (key == u"comments")
            f.comments = value;
        else if (key == u"no-done")
            f.noDone = true;
        else if (key == u"no-usage")
            f.noUsage = true;
        else {
            *error = QStringLiteral("unknown fault \"%1\" (known: status=CODE, stall=MS, reset=N, "
                                    "truncate=N, garbage=N, error=N, headers-delay=MS, comments=N, "
                                    "no-done, no-usage)")
                         .arg(part);
            return false;
        }
    }
    *out = f;
    return true;
}

bool operator==(const SimFault &a, const SimFault &b)
{
    return a.status == b.status && a.stallMs == b.stallMs && a.resetAfter == b.resetAfter
        && a.truncateAfter == b.truncateAfter && a.garbageAt == b.garbageAt && a.errorAt == b.errorAt
        && a.headersDelayMs == b.headersDelayMs && a.comments == b.comments && a.noDone == b.noDone
        && a.noUsage == b.noUsage;
}
