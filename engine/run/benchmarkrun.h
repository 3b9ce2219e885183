#pragma once

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
// lanes in parallel up to the plan's limit.
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

Q_SIGNALS:
    void requestFinished(const RequestRecord &record);
    void snapshotReady(const RunSnapshot &snapshot);
    void finished();

private:
    struct Lane;

    void activateLanes();
    void pump(Lane &lane);
    void startRequest(Lane &lane, bool warmup, int iteration, int attempt = 0);
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
    bool m_cancelled = false;
    bool m_done = false;
};
