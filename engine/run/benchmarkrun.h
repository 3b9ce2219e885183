#pragma once

#include "load/loadstep.h"
#include "load/ratesearch.h"
#include "plan/runplan.h"
#include "requestrecord.h"
#include "runsnapshot.h"
#include "workload/promptmaker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

class ManagerPool;
class QTimer;
class StreamingRequest;

// Runs a plan on the engine thread: one lane per model and region, each lane
// measured on its own (warm-ups first, then one or N requests in flight),
// lanes in parallel up to the plan's limit. A plan with a load runs in
// steps instead (benchmarkrunload.cpp): every lane at once, open loop on a
// schedule or closed loop for a time, each step warmed up, measured, drained.
class BenchmarkRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarkRun)

public:
    BenchmarkRun(RunPlan plan, ManagerPool *pool, QObject *parent = nullptr);
    ~BenchmarkRun() override;

    void start();
    void cancel();
    const QList<RequestRecord> &records() const { return m_records; }
    bool isCancelled() const { return m_cancelled; }
    const QList<LoadStep> &steps() const { return m_steps; }

Q_SIGNALS:
    void requestFinished(const RequestRecord &record);
    void snapshotReady(const RunSnapshot &snapshot);
    void finished();

private:
    struct Lane;

    void activateLanes();
    void pump(Lane &lane);
    void startRequest(Lane &lane, bool warmup, int iteration, int attempt = 0, qint64 scheduledNs = 0);
    void finishRun();

    // Load mode (benchmarkrunload.cpp).
    enum class Phase { Warmup, Measure, Drain };
    bool loadMode() const { return m_plan.load.openLoop() || m_plan.load.timed(); }
    void startStep(double value);
    void onPhaseTimer();
    void endWindow();
    void finishStepIfDrained();
    std::optional<double> nextStepValue();
    void pumpClosed(Lane &lane);
    void onArrivals();
    bool wantsArrival(const Lane &lane) const;
    double rateNow(qint64 nowNs) const;
    qint64 realMs(double simSeconds) const;
    std::optional<qint64> loadRemainingMs() const;
    int plannedSteps() const;
    // Tries a failed request again later (Retry-After, else 1, 2, 4 ... s); true when it will.
    bool retryLater(Lane &lane, const RequestRecord &record);
    void onRequestFinished(StreamingRequest *request);
    void emitSnapshot(bool last);
    std::optional<qint64> estimateRemainingMs() const;
    RequestRecord recordFor(const StreamingRequest *request) const;
    // The first token's lag, from the simulated provider's write log.
    void noteLag(RequestTimeline *timeline) const;

    RunPlan m_plan;
    PromptMaker m_prompts;
    ManagerPool *m_pool;
    std::vector<Lane> m_lanes;
    struct Slot
    {
        int lane = 0;
        bool warmup = false;
        int iteration = 0;
        qint32 clientWaitUs = 0;
        int attempt = 0;
        int inputTargetTokens = 0;
        int step = 0;
        qint64 scheduledNs = 0;
    };
    QHash<StreamingRequest *, Slot> m_inFlight;
    QList<RequestRecord> m_records;
    QList<QTimer *> m_retries; // retries waiting for their time
    QList<RequestRecord> m_unreported;
    QTimer *m_snapshotTimer;
    QElapsedTimer m_clock;
    int m_nextLane = 0;
    int m_activeLanes = 0;
    int m_errors = 0;
    QList<LoadStep> m_steps;
    std::optional<RateSearch> m_search;
    QTimer *m_phaseTimer = nullptr;
    QTimer *m_arrivalTimer = nullptr;
    Phase m_phase = Phase::Measure;
    bool m_cancelled = false;
    bool m_done = false;
};
