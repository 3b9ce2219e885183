// BenchmarkRun in load mode: timed steps, open-loop schedules and sweeps.
#include "benchmarkrun.h"
#include "benchmarkrunlane.h"

#include "core/filelimit.h"
#include "core/monoclock.h"
#include "load/stepsummary.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 kEarlyNs = 500'000; // a request is sent up to half a millisecond before it is due, as timers round
// One pass of the schedule sends for at most this long, so that timers (the
// step's end, Stop) still run when the client cannot keep up; what is left is
// sent late, and its lag says so.
constexpr qint64 kMaxPassNs = 5'000'000;
} // namespace

qint64 BenchmarkRun::realMs(double simSeconds) const
{
    return qint64(std::llround(simSeconds * 1000.0 / m_plan.timeScale));
}

int BenchmarkRun::plannedSteps() const
{
    const Load &load = m_plan.load;
    return load.search ? load.searchSteps : qMax(1, int(load.steps.size()));
}

void BenchmarkRun::startStep(double value)
{
    const Load &load = m_plan.load;
    LoadStep step;
    step.index = int(m_steps.size());
    step.value = value;
    step.startNs = MonoClock::nowNs();
    m_steps.append(step);
    if (!m_phaseTimer) {
        m_phaseTimer = new QTimer(this);
        m_phaseTimer->setSingleShot(true);
        m_phaseTimer->setTimerType(Qt::PreciseTimer);
        connect(m_phaseTimer, &QTimer::timeout, this, &BenchmarkRun::onPhaseTimer);
        m_arrivalTimer = new QTimer(this);
        m_arrivalTimer->setSingleShot(true);
        m_arrivalTimer->setTimerType(Qt::PreciseTimer);
        connect(m_arrivalTimer, &QTimer::timeout, this, &BenchmarkRun::onArrivals);
    }
    m_phase = load.timed() && load.warmupS > 0 ? Phase::Warmup : Phase::Measure;
    if (m_phase == Phase::Measure && load.timed())
        m_steps.last().windowStartNs = step.startNs;
    if (load.timed())
        m_phaseTimer->start(int(realMs(m_phase == Phase::Warmup ? load.warmupS : load.durationS)));
    for (Lane &lane : m_lanes) {
        lane.active = true;
        if (load.openLoop()) {
            if (!lane.arrivals) // each lane its own draws, the same for the same plan
                lane.arrivals.emplace(load.arrival, load.burstiness,
                                      m_plan.promptNonce ^ (quint64(lane.index + 1) * 0x9E3779B97F4A7C15ULL));
            lane.nextArrivalNs = step.startNs;
        }
    }
    if (load.openLoop()) {
        onArrivals();
        return;
    }
    for (Lane &lane : m_lanes)
        pumpClosed(lane);
}

void BenchmarkRun::onPhaseTimer()
{
    if (m_cancelled || m_steps.isEmpty())
        return;
    if (m_phase == Phase::Warmup) {
        m_phase = Phase::Measure;
        m_steps.last().windowStartNs = MonoClock::nowNs();
        m_phaseTimer->start(int(realMs(m_plan.load.durationS)));
        return;
    }
    if (m_phase == Phase::Measure)
        endWindow();
}

// No request is sent after this; those in flight finish (each within its timeouts).
void BenchmarkRun::endWindow()
{
    m_phase = Phase::Drain;
    LoadStep &step = m_steps.last();
    step.windowEndNs = MonoClock::nowNs();
    step.complete = true;
    m_arrivalTimer->stop();
    finishStepIfDrained();
}

void BenchmarkRun::finishStepIfDrained()
{
    if (m_cancelled || m_done || m_phase != Phase::Drain || !m_inFlight.isEmpty() || !m_retries.isEmpty())
        return;
    if (!m_plan.load.timed()) // a number of requests: measured until the last one ended
        m_steps.last().windowEndNs = MonoClock::nowNs();
    if (const std::optional<double> next = nextStepValue()) {
        emitSnapshot(false);
        startStep(*next);
        return;
    }
    finishRun();
}

std::optional<double> BenchmarkRun::nextStepValue()
{
    const Load &load = m_plan.load;
    const LoadStep &done = m_steps.constLast();
    if (m_search) {
        const QList<StepLane> lanes = StepSummary::of({done}, m_records, m_plan);
        // A step whose client fell behind offered less than its rate: it proves nothing either way.
        const bool reliable = std::none_of(lanes.cbegin(), lanes.cend(),
                                           [](const StepLane &s) { return s.unreliable; });
        return m_search->next(done.value, StepSummary::stepMeets(lanes, done.index) && reliable);
    }
    if (load.sweep != Load::Sweep::None && done.index + 1 < load.steps.size())
        return load.steps.at(done.index + 1);
    return std::nullopt;
}

void BenchmarkRun::pumpClosed(Lane &lane)
{
    if (m_cancelled || m_phase == Phase::Drain || m_steps.isEmpty())
        return;
    const int target = m_plan.load.sweep == Load::Sweep::Concurrency ? int(m_steps.constLast().value)
                                                                     : m_plan.concurrency;
    while (lane.inFlight < target) {
        const bool warmup = m_phase == Phase::Warmup;
        startRequest(lane, warmup, warmup ? lane.nextWarmup++ : lane.nextMeasured++);
    }
}

bool BenchmarkRun::wantsArrival(const Lane &lane) const
{
    return m_plan.load.timed() || lane.warmupsLeft > 0 || lane.measuredLeft > 0;
}

// The rate now: the step's, climbing from a tenth of it over the ramp-up.
double BenchmarkRun::rateNow(qint64 nowNs) const
{
    const Load &load = m_plan.load;
    const double rate = m_steps.constLast().value * m_plan.timeScale; // requests per wall second
    if (load.rampUpS <= 0)
        return rate;
    const double sinceS = double(nowNs - m_steps.constLast().startNs) / 1e9 * m_plan.timeScale;
    return rate * qBound(0.1, sinceS / load.rampUpS, 1.0);
}

// Sends every request that is due, each stamped with when it was due, then
// sleeps until the next: a request goes at its time whether or not the ones
// before it have finished.
void BenchmarkRun::onArrivals()
{
    if (m_cancelled || m_phase == Phase::Drain)
        return;
    const bool timed = m_plan.load.timed();
    const qint64 passStartNs = MonoClock::nowNs();
    qint64 nowNs = passStartNs;
    qint64 nextNs = std::numeric_limits<qint64>::max();
    bool anyLeft = false;
    // No more streams than this process has files for: a request past it waits, late.
    const qsizetype maxInFlight = qsizetype(qMin<long long>(FileLimit::maxStreams(m_plan.simulated), 1'000'000));
    bool behind = false;
    for (Lane &lane : m_lanes) {
        while (wantsArrival(lane) && lane.nextArrivalNs <= nowNs + kEarlyNs) {
            if (nowNs - passStartNs > kMaxPassNs || m_inFlight.size() >= maxInFlight) {
                behind = true;
                break;
            }
            const qint64 scheduledNs = lane.nextArrivalNs;
            const double gapS = lane.arrivals->nextGapS(rateNow(scheduledNs));
            lane.nextArrivalNs += qint64(qMin(gapS, 86400.0) * 1e9);
            const bool warmup = timed ? m_phase == Phase::Warmup : lane.warmupsLeft > 0;
            if (!timed) {
                --(warmup ? lane.warmupsLeft : lane.measuredLeft);
                if (!warmup && m_steps.last().windowStartNs == 0)
                    m_steps.last().windowStartNs = scheduledNs;
            }
            startRequest(lane, warmup, warmup ? lane.nextWarmup++ : lane.nextMeasured++, 0, scheduledNs);
            nowNs = MonoClock::nowNs();
        }
        if (wantsArrival(lane)) {
            anyLeft = true;
            nextNs = qMin(nextNs, lane.nextArrivalNs);
        }
    }
    if (!anyLeft) { // every lane sent its number of requests
        endWindow();
        return;
    }
    if (behind) { // let the event loop run, then go on with what is overdue
        m_arrivalTimer->start(m_inFlight.size() >= maxInFlight ? 1 : 0);
        return;
    }
    const qint64 waitNs = nextNs - MonoClock::nowNs();
    m_arrivalTimer->start(int(qMax<qint64>(0, (waitNs + 500'000) / 1'000'000)));
}

std::optional<qint64> BenchmarkRun::loadRemainingMs() const
{
    const Load &load = m_plan.load;
    if (!load.timed() || m_steps.isEmpty())
        return std::nullopt;
    const qint64 stepMs = realMs(load.warmupS + load.durationS);
    const qint64 inStepMs = (MonoClock::nowNs() - m_steps.constLast().startNs) / 1'000'000;
    const int stepsAfter = qMax(0, plannedSteps() - int(m_steps.size()));
    return qMax<qint64>(0, stepMs - inStepMs) + stepsAfter * stepMs;
}
