#pragma once

#include <QList>
#include <QString>

#include <optional>

// One service-level objective: a percentile of a latency across a step's
// requests must stay within a limit ("ttft_p90 <= 500 ms"). A request meets
// it when its own figure is within the limit; goodput counts the requests
// that meet every one (the terms of AIPerf's and vllm bench serve's goodput).
struct SloTerm
{
    enum class Metric { Ttft, Itl, E2e };
    Metric metric = Metric::Ttft;
    double percentile = 90;
    double limitMs = 0;

    // "ttft_p90", "itl_p99", "e2e_p50"
    QString name() const;
    // "ttft_p90<=500ms"
    QString text() const;
    // Parses "ttft_p90=500ms,itl_p99=50ms,e2e_p99=10s"; nullopt and *error when it cannot.
    static std::optional<QList<SloTerm>> parseList(const QString &text, QString *error);
    static QString listText(const QList<SloTerm> &terms);
};

// How the requests of a run arrive, and the steps of a sweep. Closed loop with
// no duration and no sweep is the plain run: iterations per lane, `concurrency`
// in flight. Rates are requests per second to each lane (model and region), in
// the simulated provider's time when it runs faster than real time.
struct Load
{
    enum class Arrival { Closed, Constant, Poisson };
    enum class Sweep { None, Concurrency, Rate };
    static constexpr double kMaxRate = 10000;
    static constexpr double kMaxSeconds = 24 * 3600;
    static constexpr int kMaxSteps = 64;
    static constexpr int kMaxSearchSteps = 16;

    Arrival arrival = Arrival::Closed;
    double rate = 0;         // open loop: requests/s per lane
    double burstiness = 1.0; // gamma shape of the gaps: 1 is Poisson, below 1 burstier, above steadier
    double durationS = 0;    // each step's measured time; 0: a number of requests (iterations)
    double warmupS = 0;      // each timed step's warm-up, not measured
    double rampUpS = 0;      // open loop: the rate climbs from a tenth of `rate` to it over this (within the warm-up)
    Sweep sweep = Sweep::None;
    QList<double> steps; // concurrencies or rates, in order
    QList<SloTerm> slos;
    bool search = false;           // a rate sweep that bisects between its first and last rate
    int searchSteps = 8;           // at most this many steps in a search
    double searchPrecision = 0.05; // a search stops when its bounds are this close (relative)

    bool openLoop() const { return arrival != Arrival::Closed; }
    // A run of timed steps (not iterations): a duration, a sweep or a search.
    bool timed() const { return durationS > 0 || sweep != Sweep::None; }
    // "open loop, Poisson arrivals (burstiness 1), 3 step(s), 30 s measured after 5 s of warm-up each."
    QString describe() const;
    // Empty when it can run, else what is wrong.
    QString validate() const;

    static QString arrivalId(Arrival a);
    static std::optional<Arrival> arrivalFromId(const QString &id);
    static QString sweepId(Sweep s);
    static std::optional<Sweep> sweepFromId(const QString &id);
    // "1,2,4,8" or "1:20:2" (from, to, step): the values, or nullopt and *error.
    static std::optional<QList<double>> parseSteps(const QString &text, QString *error);
    // A search's steps: the lowest and the highest of `steps`, between which it bisects.
    static QList<double> searchBounds(const QList<double> &steps);
};
