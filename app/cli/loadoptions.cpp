#include "loadoptions.h"

#include "load/load.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// This file's strings, in the "LoadOptions" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LoadOptions)
};

bool number(const QCommandLineParser &p, const QString &name, double min, double max, double *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !(v >= min && v <= max)) {
        *error
            = Tr::tr("--%1 must be a number from %2 to %3, not \"%4\"").arg(name).arg(min).arg(max).arg(p.value(name));
        return false;
    }
    *out = v;
    return true;
}

bool readArrival(const QCommandLineParser &p, Load *load, QString *error)
{
    if (!p.isSet(QStringLiteral("arrival")))
        return true;
    const auto arrival = Load::arrivalFromId(p.value(QStringLiteral("arrival")));
    if (!arrival) {
        *error = Tr::tr("--arrival must be closed, constant or poisson, not \"%1\"")
                     .arg(p.value(QStringLiteral("arrival")));
        return false;
    }
    load->arrival = *arrival;
    return true;
}

bool readSweep(const QCommandLineParser &p, Load *load, QString *error)
{
    const bool byConcurrency = p.isSet(QStringLiteral("concurrency"));
    const bool byRate = p.isSet(QStringLiteral("rate"));
    if (byConcurrency == byRate) {
        *error = Tr::tr("a sweep takes either --concurrency LIST or --rate LIST (e.g. 1,2,4,8 or 1:20:2)");
        return false;
    }
    const auto steps = Load::parseSteps(p.value(byRate ? QStringLiteral("rate") : QStringLiteral("concurrency")),
                                        error);
    if (!steps)
        return false;
    load->steps = *steps;
    load->sweep = byRate ? Load::Sweep::Rate : Load::Sweep::Concurrency;
    if (byRate && load->arrival == Load::Arrival::Closed)
        load->arrival = Load::Arrival::Poisson;
    if (byConcurrency)
        load->arrival = Load::Arrival::Closed;
    load->search = p.isSet(QStringLiteral("search"));
    if (load->search)
        load->steps = Load::searchBounds(load->steps);
    double searchSteps = load->searchSteps;
    if (!number(p, QStringLiteral("search-steps"), 2, Load::kMaxSearchSteps, &searchSteps, error))
        return false;
    load->searchSteps = int(searchSteps);
    if (load->durationS <= 0)
        load->durationS = 30;
    if (!p.isSet(QStringLiteral("warmup-time")))
        load->warmupS = 5;
    return true;
}

} // namespace

void addLoadOptions(QCommandLineParser *p, bool sweep)
{
    if (sweep) {
        p->addOptions({
            {QStringLiteral("concurrency"),
             Tr::tr("Sweep these concurrencies (closed loop), e.g. 1,2,4,8,16,32 or 1:64:8."), Tr::tr("LIST")},
            {QStringLiteral("rate"),
             Tr::tr("Sweep these rates, requests/s per model and region (open loop), e.g. 1:20:2 or 1,5,10."),
             Tr::tr("LIST")},
            {QStringLiteral("search"),
             Tr::tr("Find the highest rate that meets every --slo by bisection between the lowest and highest "
                    "--rate.")},
            {QStringLiteral("search-steps"), Tr::tr("At most N steps in a search (default 8)."), Tr::tr("N")},
        });
    } else {
        p->addOption({QStringLiteral("rate"),
                      Tr::tr("Send R requests/s to each model and region on a schedule (open loop), whether or "
                             "not earlier ones have finished; --arrival says how they are spaced."),
                      Tr::tr("R")});
    }
    p->addOptions({
        {QStringLiteral("arrival"),
         Tr::tr("closed (N in flight), constant (even gaps) or poisson (random gaps; the default with --rate)."),
         Tr::tr("MODE")},
        {QStringLiteral("burstiness"),
         Tr::tr("Poisson gaps drawn from a gamma distribution of this shape: 1 is Poisson, below 1 burstier, "
                "above 1 steadier (default 1)."),
         Tr::tr("K")},
        {QStringLiteral("duration"),
         sweep ? Tr::tr("Seconds each step is measured (default 30).")
               : Tr::tr("Run for S seconds instead of a number of iterations."),
         Tr::tr("S")},
        {QStringLiteral("warmup-time"),
         Tr::tr("Seconds of load before each timed step is measured (default %1).").arg(sweep ? 5 : 0), Tr::tr("S")},
        {QStringLiteral("ramp-up"), Tr::tr("Open loop: seconds over which the rate climbs to its full value."),
         Tr::tr("S")},
        {QStringLiteral("slo"),
         Tr::tr("Service-level objectives, e.g. ttft_p90=500ms,itl_p99=50ms,e2e_p99=10s: each step says whether "
                "it met them, and goodput counts the requests that met every one."),
         Tr::tr("LIST")},
    });
}

bool readLoadOptions(const QCommandLineParser &p, bool sweep, Load *load, QString *error)
{
    if (!readArrival(p, load, error) || !number(p, QStringLiteral("burstiness"), 0.01, 100, &load->burstiness, error)
        || !number(p, QStringLiteral("duration"), 0, Load::kMaxSeconds, &load->durationS, error)
        || !number(p, QStringLiteral("warmup-time"), 0, Load::kMaxSeconds, &load->warmupS, error)
        || !number(p, QStringLiteral("ramp-up"), 0, Load::kMaxSeconds, &load->rampUpS, error))
        return false;
    if (p.isSet(QStringLiteral("slo"))) {
        const auto slos = SloTerm::parseList(p.value(QStringLiteral("slo")), error);
        if (!slos)
            return false;
        load->slos = *slos;
    }
    if (sweep) {
        if (!readSweep(p, load, error))
            return false;
        *error = load->validate();
        return error->isEmpty();
    }
    if (p.isSet(QStringLiteral("rate"))) {
        if (!number(p, QStringLiteral("rate"), 0.001, Load::kMaxRate, &load->rate, error))
            return false;
        if (load->arrival == Load::Arrival::Closed && !p.isSet(QStringLiteral("arrival")))
            load->arrival = Load::Arrival::Poisson;
    }
    if (load->openLoop() && load->rate <= 0) {
        *error = Tr::tr("--arrival %1 needs --rate").arg(Load::arrivalId(load->arrival));
        return false;
    }
    if (!load->openLoop() && p.isSet(QStringLiteral("rate"))) {
        *error = Tr::tr("--rate needs an open loop: --arrival constant or poisson");
        return false;
    }
    return true;
}
