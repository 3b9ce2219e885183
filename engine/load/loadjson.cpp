#include "loadjson.h"

#include "core/jsonreader.h"

#include <QCoreApplication>

#include <cmath>

namespace {

// This file's strings, in the "LoadJson" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LoadJson)
};

QJsonValue num(double v, int decimals = 2)
{
    if (!std::isfinite(v))
        return QJsonValue::Null;
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonObject percentiles(const Distribution &d)
{
    if (d.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("n"), d.n},
                       {QStringLiteral("p50"), num(d.p50)},
                       {QStringLiteral("p90"), num(d.p90)},
                       {QStringLiteral("p99"), num(d.p99)},
                       {QStringLiteral("mean"), num(d.mean)},
                       {QStringLiteral("max"), num(d.max)}};
}

QString monoText(qint64 ns)
{
    return QString::number(ns);
}

qint64 readMono(JsonReader &r, const QJsonObject &o, const QString &key, const QVariantList &at)
{
    const QString text = r.string(o, key, at, true).value_or(QStringLiteral("0"));
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0)
        r.fail(at + QVariantList{key}, Tr::tr("expected a whole number of nanoseconds"));
    return ok ? qMax<qint64>(0, v) : 0;
}

} // namespace

namespace LoadJson {

QJsonObject toJson(const Load &l)
{
    QJsonArray slos;
    for (const SloTerm &t : l.slos)
        slos.append(t.text());
    QJsonArray steps;
    for (const double v : l.steps)
        steps.append(v);
    return QJsonObject{
        {QStringLiteral("arrival"), Load::arrivalId(l.arrival)},
        {QStringLiteral("rate_per_s"), l.rate},
        {QStringLiteral("burstiness"), l.burstiness},
        {QStringLiteral("duration_s"), l.durationS},
        {QStringLiteral("warmup_s"), l.warmupS},
        {QStringLiteral("ramp_up_s"), l.rampUpS},
        {QStringLiteral("sweep"), Load::sweepId(l.sweep)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("slos"), slos},
        {QStringLiteral("search"), l.search},
        {QStringLiteral("search_steps"), l.searchSteps},
        {QStringLiteral("search_precision"), l.searchPrecision},
    };
}

Load read(JsonReader &r, const QJsonObject &o, const QVariantList &at)
{
    Load l;
    const QString arrival = r.string(o, QStringLiteral("arrival"), at, true).value_or(QString());
    const QString sweep = r.string(o, QStringLiteral("sweep"), at, false).value_or(QStringLiteral("none"));
    if (!Load::arrivalFromId(arrival) && r.ok())
        r.fail(at + QVariantList{QStringLiteral("arrival")}, Tr::tr("\"%1\" is not an arrival mode").arg(arrival));
    if (!Load::sweepFromId(sweep) && r.ok())
        r.fail(at + QVariantList{QStringLiteral("sweep")}, Tr::tr("\"%1\" is not a kind of sweep").arg(sweep));
    l.arrival = Load::arrivalFromId(arrival).value_or(Load::Arrival::Closed);
    l.sweep = Load::sweepFromId(sweep).value_or(Load::Sweep::None);
    l.rate = r.number(o, QStringLiteral("rate_per_s"), at, false, 0, Load::kMaxRate).value_or(0);
    l.burstiness = r.number(o, QStringLiteral("burstiness"), at, false, 0.01, 100).value_or(1);
    l.durationS = r.number(o, QStringLiteral("duration_s"), at, false, 0, Load::kMaxSeconds).value_or(0);
    l.warmupS = r.number(o, QStringLiteral("warmup_s"), at, false, 0, Load::kMaxSeconds).value_or(0);
    l.rampUpS = r.number(o, QStringLiteral("ramp_up_s"), at, false, 0, Load::kMaxSeconds).value_or(0);
    l.search = r.boolean(o, QStringLiteral("search"), at, false).value_or(false);
    l.searchSteps = int(
        r.number(o, QStringLiteral("search_steps"), at, false, 2, Load::kMaxSearchSteps).value_or(l.searchSteps));
    l.searchPrecision
        = r.number(o, QStringLiteral("search_precision"), at, false, 0.001, 0.5).value_or(l.searchPrecision);
    const QJsonArray steps = r.array(o, QStringLiteral("steps"), at, false).value_or(QJsonArray());
    for (qsizetype i = 0; i < steps.size() && i < Load::kMaxSteps && r.ok(); ++i) {
        const double v = steps.at(i).toDouble(-1);
        if (!(v > 0 && v <= Load::kMaxRate))
            r.fail(at + QVariantList{QStringLiteral("steps"), int(i)}, Tr::tr("expected a concurrency or a rate"));
        l.steps.append(v);
    }
    const QJsonArray slos = r.array(o, QStringLiteral("slos"), at, false).value_or(QJsonArray());
    for (qsizetype i = 0; i < slos.size() && i < 16 && r.ok(); ++i) {
        QString error;
        const auto terms = SloTerm::parseList(slos.at(i).toString(), &error);
        if (!terms)
            r.fail(at + QVariantList{QStringLiteral("slos"), int(i)}, error);
        else
            l.slos += *terms;
    }
    return l;
}

QJsonArray stepsJson(const QList<LoadStep> &steps)
{
    QJsonArray out;
    for (const LoadStep &s : steps)
        out.append(QJsonObject{{QStringLiteral("step"), s.index},
                               {QStringLiteral("value"), s.value},
                               {QStringLiteral("t_start_mono_ns"), monoText(s.startNs)},
                               {QStringLiteral("t_window_start_mono_ns"), monoText(s.windowStartNs)},
                               {QStringLiteral("t_window_end_mono_ns"), monoText(s.windowEndNs)},
                               {QStringLiteral("complete"), s.complete}});
    return out;
}

QList<LoadStep> readSteps(JsonReader &r, const QJsonArray &a, const QVariantList &at)
{
    QList<LoadStep> out;
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QVariantList here = at + QVariantList{int(i)};
        if (!a.at(i).isObject() || i >= Load::kMaxSteps) {
            r.fail(here, Tr::tr("expected a step (at most %1)").arg(Load::kMaxSteps));
            break;
        }
        const QJsonObject o = a.at(i).toObject();
        LoadStep s;
        s.index = int(i);
        s.value = r.number(o, QStringLiteral("value"), here, true, 0, Load::kMaxRate).value_or(0);
        s.startNs = readMono(r, o, QStringLiteral("t_start_mono_ns"), here);
        s.windowStartNs = readMono(r, o, QStringLiteral("t_window_start_mono_ns"), here);
        s.windowEndNs = readMono(r, o, QStringLiteral("t_window_end_mono_ns"), here);
        s.complete = r.boolean(o, QStringLiteral("complete"), here, false).value_or(false);
        if (r.ok() && s.windowEndNs < s.windowStartNs)
            r.fail(here, Tr::tr("the measured window ends before it starts"));
        out.append(s);
    }
    return out;
}

QJsonArray summaryJson(const QList<StepLane> &lanes)
{
    QJsonArray out;
    for (const StepLane &s : lanes)
        out.append(QJsonObject{
            {QStringLiteral("step"), s.step},
            {QStringLiteral("value"), s.value},
            {QStringLiteral("model"), s.model},
            {QStringLiteral("region"), s.region},
            {QStringLiteral("complete"), s.complete},
            {QStringLiteral("window_s"), num(s.windowS, 3)},
            {QStringLiteral("sent"), s.sent},
            {QStringLiteral("ok"), s.ok},
            {QStringLiteral("errors"), s.errors},
            {QStringLiteral("rate_limited"), s.rateLimited},
            {QStringLiteral("offered_per_s"), num(s.offeredPerS, 3)},
            {QStringLiteral("requests_per_s"), num(s.requestsPerS, 3)},
            {QStringLiteral("output_tokens_per_s"), num(s.outputTokensPerS, 1)},
            {QStringLiteral("goodput_per_s"), num(s.goodputPerS, 3)},
            {QStringLiteral("ttft_ms"), percentiles(s.ttftMs)},
            {QStringLiteral("ttft_from_schedule_ms"), percentiles(s.ttftFromScheduleMs)},
            {QStringLiteral("itl_ms"), percentiles(s.itlMs)},
            {QStringLiteral("e2e_ms"), percentiles(s.e2eMs)},
            {QStringLiteral("client_lag_ms"), percentiles(s.lagMs)},
            {QStringLiteral("unreliable"), s.unreliable},
            {QStringLiteral("meets_slos"), s.meetsSlos()},
            {QStringLiteral("slos_broken"), QJsonArray::fromStringList(s.broken)},
        });
    return out;
}

} // namespace LoadJson
