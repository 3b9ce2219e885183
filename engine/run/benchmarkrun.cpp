#include "benchmarkrun.h"
#include "benchmarkrunlane.h"

#include "core/monoclock.h"
#include "managerpool.h"
#include "sim/simwritelog.h"
#include "stream/dialect.h"
#include "stream/streamingrequest.h"

#include <QNetworkProxy>
#include <QTimer>

namespace {
constexpr int kSnapshotIntervalMs = 40; // 25 a second
}

BenchmarkRun::BenchmarkRun(RunPlan plan, ManagerPool *pool, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_prompts(m_plan.workload, m_plan.prompt, m_plan.promptNonce, m_plan.dataset)
    , m_pool(pool)
    , m_snapshotTimer(new QTimer(this))
{
    m_snapshotTimer->setInterval(kSnapshotIntervalMs);
    connect(m_snapshotTimer, &QTimer::timeout, this, [this] { emitSnapshot(false); });
    for (const QString &model : std::as_const(m_plan.models)) {
        const Endpoint *endpoint = m_plan.endpointOf(model); // validated: every model has one
        const Dialect *dialect = &Dialect::forProtocol(endpoint->protocol);
        ChatRequest chat;
        chat.model = m_plan.sentId(model);
        chat.maxTokens = m_plan.maxTokens;
        chat.includeUsage = endpoint->streamOptions;
        chat.fixedOutput = m_plan.workload.fixedOutput;
        chat.toolCall = m_plan.workload.toolCall;
        for (const Region &region : std::as_const(m_plan.regions)) {
            Lane lane;
            lane.index = int(m_lanes.size());
            lane.model = model;
            lane.region = region.id;
            lane.proxy = region.networkProxy().value_or(QNetworkProxy(QNetworkProxy::DefaultProxy));
            lane.target = StreamTarget{region.urlFor(*endpoint), endpoint->apiKey, dialect,
                                       m_plan.timeouts,          m_plan.keepText,  endpoint->caCertificates,
                                       endpoint->headers};
            lane.target.limits = m_plan.limits;
            lane.ownTransport = ManagerPool::useOwnTransport(lane.target.baseUrl, lane.proxy, m_plan.qtTransport);
            lane.chat = chat;
            lane.warmupsLeft = m_plan.warmup;
            lane.measuredLeft = m_plan.workload.requestsPerLane(m_plan.iterations);
            m_lanes.push_back(lane);
        }
    }
}

BenchmarkRun::~BenchmarkRun() = default;

void BenchmarkRun::start()
{
    m_clock.start();
    m_snapshotTimer->start();
    if (loadMode() && !m_lanes.empty()) {
        const Load &load = m_plan.load;
        if (load.search)
            m_search.emplace(load.steps.constFirst(), load.steps.constLast(), load.searchSteps, load.searchPrecision);
        startStep(load.search                 ? m_search->first()
                      : !load.steps.isEmpty() ? load.steps.constFirst()
                      : load.openLoop()       ? load.rate
                                              : double(m_plan.concurrency));
        return;
    }
    activateLanes();
    if (m_lanes.empty())
        finishRun();
}

void BenchmarkRun::activateLanes()
{
    const int limit = m_plan.lanes > 0 ? m_plan.lanes : int(m_lanes.size());
    while (!m_cancelled && m_activeLanes < limit && m_nextLane < int(m_lanes.size())) {
        Lane &lane = m_lanes[size_t(m_nextLane++)];
        lane.active = true;
        ++m_activeLanes;
        pump(lane);
    }
}

void BenchmarkRun::pump(Lane &lane)
{
    if (m_cancelled)
        return;
    // Warm-ups go one at a time and all before any measured request, so the
    // measured ones find the connection already open.
    if (lane.warmupsLeft > 0 && lane.inFlight == 0) {
        --lane.warmupsLeft;
        ++lane.warmupsInFlight;
        startRequest(lane, true, lane.nextWarmup++);
    }
    while (lane.warmupsLeft == 0 && lane.warmupsInFlight == 0 && lane.measuredLeft > 0
           && lane.inFlight < m_plan.concurrency) {
        --lane.measuredLeft;
        startRequest(lane, false, lane.nextMeasured++);
    }
}

void BenchmarkRun::startRequest(Lane &lane, bool warmup, int iteration, int attempt, qint64 scheduledNs)
{
    const qint64 decidedNs = MonoClock::nowNs();
    const PromptMaker::Prompt prompt = m_prompts.make(lane.index, warmup, iteration);
    ChatRequest chat = lane.chat;
    chat.prompt = prompt.text;
    chat.messages = prompt.messages;
    auto *request = lane.ownTransport
        ? new StreamingRequest(m_pool->transport(), lane.target, std::move(chat), this)
        : new StreamingRequest(m_pool->acquire(lane.proxy), lane.target, std::move(chat), this);
    ++lane.inFlight;
    connect(request, &StreamingRequest::finished, this, [this, request] { onRequestFinished(request); });
    request->start();
    m_inFlight.insert(request,
                      Slot{lane.index, warmup, iteration,
                           MonoClock::offsetUs(decidedNs, request->timeline().sendMonoNs), attempt, prompt.targetTokens,
                           int(m_steps.size()) - 1, scheduledNs});
}

bool BenchmarkRun::retryLater(Lane &lane, const RequestRecord &record)
{
    if (m_cancelled || record.attempt >= m_plan.retries || !record.retryable())
        return false;
    constexpr int kMaxWaitMs = 60'000;
    const int backoffMs = 1000 << qMin(record.attempt, 6);
    const int waitMs = qMin(kMaxWaitMs,
                            record.timeline.retryAfterS >= 0 ? record.timeline.retryAfterS * 1000 : backoffMs);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // never before the server said
    m_retries.append(timer);
    ++lane.inFlight; // held for the retry: the lane is not done while it waits
    lane.warmupsInFlight += record.warmup ? 1 : 0;
    const int laneIndex = lane.index;
    connect(timer, &QTimer::timeout, this, [this, timer, laneIndex, record] {
        m_retries.removeOne(timer);
        timer->deleteLater();
        Lane &l = m_lanes[size_t(laneIndex)];
        --l.inFlight; // startRequest counts it again; a warm-up stays counted as one
        startRequest(l, record.warmup, record.iteration, record.attempt + 1);
    });
    timer->start(waitMs);
    return true;
}

RequestRecord BenchmarkRun::recordFor(const StreamingRequest *request) const
{
    const Slot slot = m_inFlight.value(const_cast<StreamingRequest *>(request));
    const Lane &lane = m_lanes[size_t(slot.lane)];
    RequestRecord r;
    r.model = lane.model;
    r.region = lane.region;
    r.lane = lane.index;
    r.warmup = slot.warmup;
    r.iteration = slot.iteration;
    r.clientWaitUs = slot.clientWaitUs;
    r.attempt = slot.attempt;
    r.inputTargetTokens = slot.inputTargetTokens;
    r.timeline = request->timeline();
    r.step = qMax(0, slot.step);
    r.scheduledNs = slot.scheduledNs;
    if (slot.scheduledNs > 0 && r.timeline.sendMonoNs > 0)
        r.scheduleLagUs = qint32(
            qBound(qint64(-2'100'000'000), (r.timeline.sendMonoNs - slot.scheduledNs) / 1000, qint64(2'100'000'000)));
    return r;
}

void BenchmarkRun::noteLag(RequestTimeline *t) const
{
    if (!m_plan.simLog || t->firstAnyUs < 0)
        return;
    const QList<SimWriteLog::Write> writes = m_plan.simLog->writes(t->requestId);
    if (writes.isEmpty())
        return;
    const SimWriteLog::Write &first = writes.constFirst();
    // The first token's TTFT as measured, against the one the provider meant:
    // the request's way there and the answer's way back both count.
    const qint64 measuredNs = qint64(t->firstAnyUs) * 1000;
    const qint64 meantNs = first.intendedNs - first.requestNs;
    const auto us = [](qint64 ns) { return qint32(qBound(qint64(-60'000'000), ns / 1000, qint64(60'000'000))); };
    t->lagUs = us(measuredNs - meantNs);
    t->simLagUs = us(first.writtenNs - first.intendedNs);
}

void BenchmarkRun::onRequestFinished(StreamingRequest *request)
{
    RequestRecord record = recordFor(request);
    noteLag(&record.timeline);
    Lane &lane = m_lanes[size_t(m_inFlight.take(request).lane)];
    if (QNetworkAccessManager *manager = request->manager()) {
        if (isFailure(record.timeline.status))
            m_pool->retire(manager); // its connection may still carry what the server sends
        m_pool->release(manager);
    }
    request->deleteLater();

    --lane.inFlight;
    lane.warmupsInFlight -= record.warmup ? 1 : 0;
    ++lane.finished;
    lane.busyMs += qMax(0, record.timeline.endUs) / 1000;
    record.retried = retryLater(lane, record);
    if (record.failed())
        ++m_errors;
    m_records.append(record);
    m_unreported.append(record);
    Q_EMIT requestFinished(record);

    if (loadMode()) {
        if (!m_plan.load.openLoop())
            pumpClosed(lane);
        finishStepIfDrained();
        return;
    }
    pump(lane);
    if (lane.isDone() && lane.active) {
        lane.active = false;
        --m_activeLanes;
        activateLanes();
    }
    if (!m_done && m_inFlight.isEmpty() && m_retries.isEmpty() && (m_cancelled || m_nextLane == int(m_lanes.size())))
        finishRun();
}

void BenchmarkRun::finishRun()
{
    if (m_done)
        return;
    m_done = true;
    m_snapshotTimer->stop();
    if (m_arrivalTimer)
        m_arrivalTimer->stop();
    if (m_phaseTimer)
        m_phaseTimer->stop();
    emitSnapshot(true);
    Q_EMIT finished();
}

void BenchmarkRun::cancel()
{
    if (m_cancelled || m_done)
        return;
    m_cancelled = true;
    if (loadMode() && !m_steps.isEmpty()) {
        LoadStep &step = m_steps.last();
        if (m_phase != Phase::Drain)
            step.windowEndNs = MonoClock::nowNs(); // stopped: measured until now, marked incomplete
        if (step.windowStartNs == 0)               // stopped in its warm-up: an empty window
            step.windowStartNs = step.windowEndNs;
        // Stopped while draining: its slowest requests are cancelled, so its tail is not whole.
        step.complete = step.complete && m_phase == Phase::Drain && m_inFlight.isEmpty();
        m_phase = Phase::Drain;
    }
    for (Lane &lane : m_lanes) {
        lane.warmupsLeft = 0;
        lane.measuredLeft = 0;
    }
    m_nextLane = int(m_lanes.size());
    for (QTimer *timer : std::exchange(m_retries, {})) {
        timer->stop(); // a retry not yet sent is simply not sent
        timer->deleteLater();
    }
    const auto requests = m_inFlight.keys();
    for (StreamingRequest *r : requests)
        r->cancel(); // each finishes synchronously and is accounted for
    finishRun();
}

std::optional<qint64> BenchmarkRun::estimateRemainingMs() const
{
    qint64 finishedMs = 0;
    int finishedCount = 0;
    for (const Lane &lane : m_lanes) {
        finishedMs += lane.busyMs;
        finishedCount += lane.finished;
    }
    if (finishedCount == 0)
        return std::nullopt;
    const double meanMs = double(finishedMs) / finishedCount;
    double longestLane = 0;
    double allLanes = 0;
    for (const Lane &lane : m_lanes) {
        const double perRequest = lane.finished > 0 ? double(lane.busyMs) / lane.finished : meanMs;
        const int parallel = lane.warmupsLeft > 0 ? 1 : m_plan.concurrency;
        const double laneMs = perRequest * lane.remaining() / parallel;
        longestLane = qMax(longestLane, laneMs);
        allLanes += laneMs;
    }
    const int limit = m_plan.lanes > 0 ? m_plan.lanes : int(m_lanes.size());
    return qint64(qMax(longestLane, allLanes / qMax(1, limit)));
}

void BenchmarkRun::emitSnapshot(bool last)
{
    RunSnapshot s;
    s.total = m_plan.requestCount();
    s.done = int(m_records.size());
    s.errors = m_errors;
    s.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    s.remainingMs = last ? std::optional<qint64>(0) : loadMode() ? loadRemainingMs() : estimateRemainingMs();
    if (loadMode() && !m_steps.isEmpty()) {
        s.step = int(m_steps.size()) - 1;
        s.steps = plannedSteps();
        s.stepValue = m_steps.constLast().value;
        s.loadSteps = m_steps;
        if (m_plan.load.timed()) // a number of requests no one planned: what has been sent
            s.total = s.done + int(m_inFlight.size());
    }
    s.finished = std::exchange(m_unreported, {});
    s.inFlight.reserve(m_inFlight.size());
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        s.inFlight.append(recordFor(it.key()));
    s.last = last;
    Q_EMIT snapshotReady(s);
}
