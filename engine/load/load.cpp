#include "load.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

// This file's strings, in the "Load" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Load)
};

QString metricId(SloTerm::Metric m)
{
    switch (m) {
    case SloTerm::Metric::Ttft:
        return QStringLiteral("ttft");
    case SloTerm::Metric::Itl:
        return QStringLiteral("itl");
    case SloTerm::Metric::E2e:
        break;
    }
    return QStringLiteral("e2e");
}

// "500ms", "0.5s", "500" (milliseconds)
std::optional<double> parseDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s)?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double v = m.captured(1).toDouble() * (m.captured(2) == u"s" ? 1000.0 : 1.0);
    return v > 0 && v <= Load::kMaxSeconds * 1000 ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QString SloTerm::name() const
{
    return metricId(metric) + u"_p" + QString::number(percentile);
}

QString SloTerm::text() const
{
    return name() + u"<=" + QString::number(limitMs, 'g', 12) + u"ms";
}

std::optional<QList<SloTerm>> SloTerm::parseList(const QString &text, QString *error)
{
    static const QRegularExpression term(
        QStringLiteral(R"(^\s*(ttft|itl|e2e)_p([0-9]{1,2}(?:\.[0-9]+)?)\s*(?:<=|=)(.*)$)"));
    QList<SloTerm> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = term.match(part);
        const std::optional<double> limit = m.hasMatch() ? parseDurationMs(m.captured(3)) : std::nullopt;
        const double p = m.captured(2).toDouble();
        if (!m.hasMatch() || !limit || p <= 0 || p >= 100) {
            *error = Tr::tr("\"%1\" is not an SLO: write e.g. ttft_p90=500ms, itl_p99=50ms or e2e_p99=10s")
                         .arg(part.trimmed());
            return std::nullopt;
        }
        SloTerm t;
        t.metric = m.captured(1) == u"ttft" ? Metric::Ttft : m.captured(1) == u"itl" ? Metric::Itl : Metric::E2e;
        t.percentile = p;
        t.limitMs = *limit;
        out.append(t);
    }
    if (out.isEmpty()) {
        *error = Tr::tr("no SLO given: write e.g. ttft_p90=500ms");
        return std::nullopt;
    }
    return out;
}

QString SloTerm::listText(const QList<SloTerm> &terms)
{
    QStringList parts;
    for (const SloTerm &t : terms)
        parts.append(t.text());
    return parts.join(u", ");
}

QString Load::validate() const
{
    if (openLoop() && !(rate > 0 && rate <= kMaxRate) && sweep != Sweep::Rate)
        return Tr::tr("an open-loop run needs a rate above 0 and at most %1 requests/s").arg(kMaxRate);
    if (!(burstiness >= 0.01 && burstiness <= 100))
        return Tr::tr("burstiness must be between 0.01 and 100");
    for (const double s : {durationS, warmupS, rampUpS}) {
        if (!(s >= 0 && s <= kMaxSeconds))
            return Tr::tr("durations must be between 0 and %1 s").arg(kMaxSeconds);
    }
    if (sweep != Sweep::None && durationS <= 0)
        return Tr::tr("a sweep needs a duration for each step");
    if (sweep != Sweep::None && (steps.isEmpty() || steps.size() > kMaxSteps))
        return Tr::tr("a sweep needs between 1 and %1 steps").arg(kMaxSteps);
    for (const double v : steps) {
        const bool ok = sweep == Sweep::Concurrency ? v >= 1 && v <= 1024 && v == std::floor(v)
                                                    : v > 0 && v <= kMaxRate;
        if (!ok)
            return Tr::tr("%1 is not a step of this sweep").arg(v);
    }
    if ((sweep == Sweep::Concurrency && openLoop()) || (sweep == Sweep::Rate && !openLoop()))
        return Tr::tr("a concurrency sweep runs a closed loop, a rate sweep an open one");
    if (timed() && openLoop() && rampUpS > warmupS)
        return Tr::tr("the ramp-up must end within the warm-up, or the step would measure a lower rate");
    if (search && (sweep != Sweep::Rate || steps.size() < 2 || slos.isEmpty()))
        return Tr::tr("a search needs a rate range and at least one SLO");
    if (search && (searchSteps < 2 || searchSteps > kMaxSearchSteps))
        return Tr::tr("a search takes between 2 and %1 steps").arg(kMaxSearchSteps);
    return {};
}

QString Load::describe() const
{
    const QString how = arrival == Arrival::Closed ? Tr::tr("closed loop")
        : arrival == Arrival::Constant             ? Tr::tr("open loop, evenly spaced")
                                       : Tr::tr("open loop, Poisson arrivals (burstiness %1)").arg(burstiness);
    QString what;
    if (search)
        what = Tr::tr("search for the highest rate between %1 and %2 req/s that meets %3, at most %4 steps")
                   .arg(steps.constFirst())
                   .arg(steps.constLast())
                   .arg(SloTerm::listText(slos))
                   .arg(searchSteps);
    else if (sweep != Sweep::None)
        what = Tr::tr("%n step(s)", nullptr, int(steps.size()));
    else if (openLoop())
        what = Tr::tr("%1 req/s to each model and region").arg(rate);
    QString time;
    if (timed())
        time = warmupS > 0 ? Tr::tr("%1 s measured after %2 s of warm-up each").arg(durationS).arg(warmupS)
                           : Tr::tr("%1 s measured").arg(durationS);
    QStringList parts{how, what, time};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", ")) + u'.';
}

QString Load::arrivalId(Arrival a)
{
    switch (a) {
    case Arrival::Closed:
        return QStringLiteral("closed");
    case Arrival::Constant:
        return QStringLiteral("constant");
    case Arrival::Poisson:
        break;
    }
    return QStringLiteral("poisson");
}

std::optional<Load::Arrival> Load::arrivalFromId(const QString &id)
{
    for (const Arrival a : {Arrival::Closed, Arrival::Constant, Arrival::Poisson}) {
        if (arrivalId(a) == id)
            return a;
    }
    return std::nullopt;
}

QString Load::sweepId(Sweep s)
{
    switch (s) {
    case Sweep::None:
        return QStringLiteral("none");
    case Sweep::Concurrency:
        return QStringLiteral("concurrency");
    case Sweep::Rate:
        break;
    }
    return QStringLiteral("rate");
}

std::optional<Load::Sweep> Load::sweepFromId(const QString &id)
{
    for (const Sweep s : {Sweep::None, Sweep::Concurrency, Sweep::Rate}) {
        if (sweepId(s) == id)
            return s;
    }
    return std::nullopt;
}

QList<double> Load::searchBounds(const QList<double> &steps)
{
    if (steps.size() < 2)
        return steps;
    const auto [low, high] = std::minmax_element(steps.cbegin(), steps.cend());
    return {*low, *high};
}

std::optional<QList<double>> Load::parseSteps(const QString &text, QString *error)
{
    const auto bad = [&] {
        *error = Tr::tr("\"%1\" is not a list of steps: write e.g. 1,2,4,8 or 1:20:2").arg(text);
        return std::nullopt;
    };
    QList<double> out;
    const QStringList range = text.split(u':');
    if (range.size() == 3) {
        bool a = false, b = false, c = false;
        const double from = range[0].toDouble(&a), to = range[1].toDouble(&b), step = range[2].toDouble(&c);
        if (!a || !b || !c || !(from > 0) || !(to >= from) || !(step > 0) || (to - from) / step >= kMaxSteps)
            return bad();
        for (int i = 0; from + i * step <= to + 1e-9; ++i)
            out.append(from + i * step);
        if (out.constLast() < to - 1e-9)
            out.append(to);
        return out;
    }
    if (range.size() != 1)
        return bad();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !(v > 0) || out.size() >= kMaxSteps)
            return bad();
        out.append(v);
    }
    if (out.isEmpty())
        return bad();
    return out;
}
