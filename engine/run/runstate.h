#pragma once

#include "plan/runplan.h"
#include "report/leaderboard.h"
#include "requestmetrics.h"
#include "runresult.h"
#include "runsnapshot.h"

#include <QObject>
#include <QTimer>

class Catalog;

// The dashboard's view of one run, on the GUI thread: the engine's batched
// snapshots go in, and at a steady frame rate (never per token) the models and
// charts are told to refresh from it.
class RunState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunState)

public:
    static constexpr int kFrameIntervalMs = 50; // 20 refreshes a second at most

    explicit RunState(const Catalog *catalog, QObject *parent = nullptr);

    // A new run: forgets the previous one.
    void begin(const RunPlan &plan);
    void apply(const RunSnapshot &snapshot);
    void finish(const RunResult &result);
    // A finished run (from the history or a report file) shown as if it just ran.
    void show(const RunResult &result);

    const Catalog &catalog() const { return *m_catalog; }
    const RunPlan &plan() const { return m_plan; }
    bool isRunning() const { return m_running; }
    bool isSimulated() const { return m_plan.simulated; }
    const QList<RequestRecord> &records() const { return m_records; }
    // The figures of records(), index for index, in the run's time (see RunPlan::timeScale).
    const QList<RequestMetrics> &metrics() const { return m_metrics; }
    const QList<RequestRecord> &inFlight() const { return m_inFlight; }
    // Leaderboard rows of the finished requests, as of the last refresh.
    const QList<LeaderboardRow> &rows() const { return m_rows; }
    // The run's measurement lag (simulated runs), as of the last refresh.
    const std::optional<MeasurementLag> &lag() const { return m_lag; }
    int total() const { return m_total; }
    // A timed run's or sweep's steps so far (the running one last, its window open).
    const QList<LoadStep> &steps() const { return m_steps; }
    // Steps whose window closed: their figures are final.
    int finishedSteps() const;
    int errors() const { return m_errors; } // failed requests; never a stopped one
    // Requests stopped with the run: counted apart, never errors.
    int stopped() const { return m_stopped; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    std::optional<qint64> remainingMs() const { return m_remainingMs; }
    // Run time of a request's send, in ms from the start of the run.
    double startOffsetMs(const RequestRecord &record) const;
    // The TTFT definition every view of the run follows (rows() included).
    TtftKind ttftKind() const { return m_ttftKind; }
    void setTtftKind(TtftKind kind);

Q_SIGNALS:
    void started();
    // Records [first, last] of records() are new since the last refresh.
    void recordsAppended(int first, int last);
    void refreshed();
    void finished(bool cancelled);
    void ttftKindChanged(TtftKind kind);

private:
    void refresh();

    const Catalog *m_catalog;
    QTimer m_frame;
    RunPlan m_plan;
    QList<RequestRecord> m_records;
    QList<RequestMetrics> m_metrics;
    QList<RequestRecord> m_inFlight;
    QList<LoadStep> m_steps;
    QList<LeaderboardRow> m_rows;
    std::optional<MeasurementLag> m_lag;
    qint64 m_startMonoNs = 0;
    int m_total = 0;
    int m_errors = 0;
    int m_stopped = 0;
    int m_announced = 0; // records already announced by recordsAppended
    qint64 m_elapsedMs = 0;
    std::optional<qint64> m_remainingMs;
    bool m_running = false;
    bool m_dirty = false;
    TtftKind m_ttftKind = TtftKind::FirstToken;
};
