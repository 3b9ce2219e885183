#include "runstate.h"

#include "catalog/catalog.h"

#include <algorithm>

RunState::RunState(const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    m_frame.setInterval(kFrameIntervalMs);
    connect(&m_frame, &QTimer::timeout, this, [this] {
        if (m_dirty)
            refresh();
    });
}

void RunState::begin(const RunPlan &plan)
{
    m_plan = plan.withoutSecrets();
    m_records.clear();
    m_metrics.clear();
    m_inFlight.clear();
    m_steps.clear();
    m_rows.clear();
    m_startMonoNs = 0;
    m_total = plan.requestCount();
    m_errors = 0;
    m_stopped = 0;
    m_announced = 0;
    m_elapsedMs = 0;
    m_remainingMs.reset();
    m_running = true;
    m_dirty = false;
    m_frame.start();
    Q_EMIT started();
    Q_EMIT refreshed();
}

void RunState::apply(const RunSnapshot &snapshot)
{
    for (const RequestRecord &r : snapshot.finished) {
        if (m_startMonoNs == 0 || r.timeline.sendMonoNs < m_startMonoNs)
            m_startMonoNs = r.timeline.sendMonoNs;
        m_records.append(r);
        m_metrics.append(RequestMetrics::from(r.timeline, m_plan.timeScale));
        m_stopped += r.timeline.status == RequestStatus::Cancelled ? 1 : 0;
    }
    for (const RequestRecord &r : snapshot.inFlight) {
        if (m_startMonoNs == 0 || r.timeline.sendMonoNs < m_startMonoNs)
            m_startMonoNs = r.timeline.sendMonoNs;
    }
    m_inFlight = snapshot.inFlight;
    if (!snapshot.loadSteps.isEmpty())
        m_steps = snapshot.loadSteps;
    m_total = snapshot.total;
    m_errors = snapshot.errors;
    m_elapsedMs = snapshot.elapsedMs;
    m_remainingMs = snapshot.remainingMs;
    m_dirty = true;
}

void RunState::finish(const RunResult &result)
{
    // The result holds every record; the snapshots may have missed none, but
    // the result is the authority.
    if (result.records.size() != m_records.size()) {
        m_records = result.records;
        m_metrics.clear();
        m_announced = 0;
        for (const RequestRecord &r : std::as_const(m_records)) {
            m_metrics.append(RequestMetrics::from(r.timeline, m_plan.timeScale));
            if (m_startMonoNs == 0 || r.timeline.sendMonoNs < m_startMonoNs)
                m_startMonoNs = r.timeline.sendMonoNs;
        }
    }
    m_plan.simulated = result.simulated;
    m_steps = result.steps;
    m_errors = int(
        std::count_if(m_records.cbegin(), m_records.cend(), [](const RequestRecord &r) { return r.failed(); }));
    m_stopped = int(std::count_if(m_records.cbegin(), m_records.cend(), [](const RequestRecord &r) {
        return r.timeline.status == RequestStatus::Cancelled;
    }));
    m_inFlight.clear();
    m_remainingMs = 0;
    m_running = false;
    m_frame.stop();
    refresh();
    Q_EMIT finished(result.cancelled);
}

int RunState::finishedSteps() const
{
    if (!m_running)
        return int(m_steps.size());
    // The last step is finished once the next has begun; the running one never is.
    return qMax(0, int(m_steps.size()) - 1);
}

double RunState::startOffsetMs(const RequestRecord &record) const
{
    return m_startMonoNs == 0 ? 0.0 : double(record.timeline.sendMonoNs - m_startMonoNs) / 1e6;
}

void RunState::setTtftKind(TtftKind kind)
{
    if (kind == m_ttftKind)
        return;
    m_ttftKind = kind;
    Q_EMIT ttftKindChanged(kind);
    refresh();
}

void RunState::refresh()
{
    m_dirty = false;
    m_rows = Leaderboard::rowsOf(m_records, *m_catalog, m_plan.timeScale, &m_metrics, m_ttftKind);
    m_lag = MeasurementLag::of(m_records, m_plan.timeScale, &m_metrics); // figures already derived
    if (m_announced < m_records.size()) {
        const int first = m_announced;
        m_announced = int(m_records.size());
        Q_EMIT recordsAppended(first, m_announced - 1);
    }
    Q_EMIT refreshed();
}

void RunState::show(const RunResult &result)
{
    begin(result.plan);
    m_records.clear(); // finish() takes every record from the result
    finish(result);
}
