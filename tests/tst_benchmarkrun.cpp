#include "catalog/catalog.h"
#include "plans.h"
#include "run/lanesummary.h"
#include "run/runcontroller.h"
#include "scriptedserver.h"
#include "sim/simhost.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

// The most requests (or distinct lanes) in flight at any one moment, from the
// records' own send and end times.
struct Overlap
{
    int requests = 0;
    int lanes = 0;
};

Overlap maxOverlap(const QList<RequestRecord> &records)
{
    Overlap most;
    for (const RequestRecord &probe : records) {
        const qint64 at = probe.timeline.sendMonoNs + 500'000; // just after this one was sent
        QSet<int> lanes;
        int requests = 0;
        for (const RequestRecord &r : records) {
            const qint64 end = r.timeline.sendMonoNs + qint64(r.timeline.endUs) * 1000;
            if (r.timeline.sendMonoNs <= at && at < end) {
                ++requests;
                lanes.insert(r.lane);
            }
        }
        most.requests = qMax(most.requests, requests);
        most.lanes = qMax(most.lanes, int(lanes.size()));
    }
    return most;
}

} // namespace

class TestBenchmarkRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsEveryLaneAndIteration();
    void lanesRunInParallelUpToTheLimit();
    void concurrencyWithinALane();
    void cancelLeavesNothingHanging();
    void runsAgainstAServerThatIsNotTheSimulator();
    void failingModelIsReportedNotFatal();
    void rejectsABadPlan();
    void retriesHonourRetryAfterAndAreKept();

private:
    RunPlan simPlan(const QStringList &models, const QStringList &regions, int iterations, double scale);
    RunResult runToEnd(const RunPlan &plan, int timeoutMs = 60000);

    Catalog m_catalog;
    SimHost m_sim;
    double m_scale = 20;
};

void TestBenchmarkRun::initTestCase()
{
    m_catalog = Catalog::builtIn();
    QString error;
    QVERIFY2(m_sim.start(m_catalog, QHostAddress::LocalHost, 0, m_scale, 1, {}, &error), qPrintable(error));
}

RunPlan TestBenchmarkRun::simPlan(const QStringList &models, const QStringList &regions, int iterations, double scale)
{
    RunPlan plan = TestPlans::simulated(m_sim, models, regions, scale);
    plan.iterations = iterations;
    return plan;
}

RunResult TestBenchmarkRun::runToEnd(const RunPlan &plan, int timeoutMs)
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QString error;
    if (!controller.start(plan, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    return finished.isEmpty() ? RunResult{} : finished.constFirst().constFirst().value<RunResult>();
}

void TestBenchmarkRun::runsEveryLaneAndIteration()
{
    const RunPlan plan = simPlan({QStringLiteral("qwen3-8b"), QStringLiteral("glm-5")},
                                 {QStringLiteral("us-east"), QStringLiteral("asia")}, 3, m_scale);
    RunController controller;
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    QSignalSpy perRequest(&controller, &RunController::requestFinished);
    QSignalSpy finished(&controller, &RunController::finished);
    QString error;
    QVERIFY(controller.start(plan, &error));
    QVERIFY(controller.isRunning());
    QVERIFY(!controller.start(plan, &error)); // one run at a time
    QVERIFY(finished.wait(30000));
    QVERIFY(!controller.isRunning());
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QCOMPARE(result.records.size(), 2 * 2 * (3 + 1));
    QCOMPARE(perRequest.size(), result.records.size());
    QVERIFY(result.simulated);
    QVERIFY(!result.cancelled);
    QVERIFY(result.plan.endpoints.constFirst().apiKey.isEmpty());
    int warmups = 0;
    for (const RequestRecord &r : result.records) {
        QVERIFY2(r.ok(), qPrintable(r.timeline.error));
        warmups += r.warmup;
        QVERIFY(r.iteration >= 0 && r.iteration < 3);
        QVERIFY(r.clientWaitUs < 100'000); // no hidden queue before the send
    }
    QCOMPARE(warmups, 4);
    // Snapshots are coalesced, and the last one says so and carries the total.
    QVERIFY(!snapshots.isEmpty());
    QVERIFY(snapshots.size() < 200);
    const RunSnapshot last = snapshots.constLast().constFirst().value<RunSnapshot>();
    QVERIFY(last.last);
    QCOMPARE(last.done, 16);
    QCOMPARE(last.total, 16);
    int finishedInSnapshots = 0;
    for (const auto &args : std::as_const(snapshots))
        finishedInSnapshots += int(args.constFirst().value<RunSnapshot>().finished.size());
    QCOMPARE(finishedInSnapshots, 16); // every request reaches the GUI exactly once

    const auto lanes = LaneSummary::summarize(
        result.records, [](const QString &) { return ModelPrice{}; }, m_scale);
    QCOMPARE(lanes.size(), 4);
    for (const LaneSummary &lane : lanes) {
        QCOMPARE(lane.n, 3);
        QCOMPARE(lane.warmups, 1);
        QCOMPARE(lane.ttftMs.n, 3);
    }
}

void TestBenchmarkRun::lanesRunInParallelUpToTheLimit()
{
    RunPlan plan = simPlan({QStringLiteral("qwen3-8b"), QStringLiteral("step-3.5-flash"),
                            QStringLiteral("deepseek-v4-flash"), QStringLiteral("hunyuan-turbos")},
                           {QStringLiteral("us-east")}, 2, m_scale);
    plan.lanes = 2;
    RunResult result = runToEnd(plan);
    QCOMPARE(result.records.size(), 12);
    QCOMPARE(maxOverlap(result.records).lanes, 2);
    QCOMPARE(maxOverlap(result.records).requests, 2); // one at a time within a lane

    plan.lanes = 0; // all at once
    result = runToEnd(plan);
    QCOMPARE(maxOverlap(result.records).lanes, 4);
}

void TestBenchmarkRun::concurrencyWithinALane()
{
    RunPlan plan = simPlan({QStringLiteral("glm-5")}, {QStringLiteral("us-east")}, 8, m_scale);
    plan.concurrency = 4;
    plan.warmup = 2;
    const RunResult result = runToEnd(plan);
    QCOMPARE(result.records.size(), 10);
    QCOMPARE(maxOverlap(result.records).requests, 4);
    // Warm-ups go first, one at a time, and end before any measured request starts.
    qint64 lastWarmupEnd = 0;
    qint64 firstMeasuredSend = std::numeric_limits<qint64>::max();
    for (const RequestRecord &r : result.records) {
        if (r.warmup)
            lastWarmupEnd = qMax(lastWarmupEnd, r.timeline.sendMonoNs + qint64(r.timeline.endUs) * 1000);
        else
            firstMeasuredSend = qMin(firstMeasuredSend, r.timeline.sendMonoNs);
    }
    QVERIFY(lastWarmupEnd <= firstMeasuredSend);
}

void TestBenchmarkRun::cancelLeavesNothingHanging()
{
    // The slowest model in real time: a request takes seconds.
    RunPlan plan = simPlan({QStringLiteral("qwen3.5-397b"), QStringLiteral("deepseek-r1")},
                           {QStringLiteral("us-east"), QStringLiteral("asia")}, 5, 1);
    plan.warmup = 0;
    plan.timeScale = 1;
    SimHost realTime;
    QString error;
    QVERIFY(realTime.start(m_catalog, QHostAddress::LocalHost, 0, 1, 1, {}, &error));
    for (Region &r : plan.regions)
        r.baseUrl = realTime.baseUrl(r.id).toString();
    RunController controller;
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(plan, &error));
    QVERIFY(snapshots.wait(5000));
    controller.cancel();
    QVERIFY(finished.wait(2000)); // promptly, not when the streams would have ended
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.records.size(), 4); // the four in flight; nothing queued was started
    for (const RequestRecord &r : result.records)
        QCOMPARE(r.timeline.status, RequestStatus::Cancelled);
    QVERIFY(!controller.isRunning());
    QVERIFY(snapshots.constLast().constFirst().value<RunSnapshot>().inFlight.isEmpty());
    // The engine is ready for the next run.
    plan = simPlan({QStringLiteral("qwen3-8b")}, {QStringLiteral("us-east")}, 1, m_scale);
    finished.clear();
    QVERIFY(controller.start(plan, &error));
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.constFirst().constFirst().value<RunResult>().records.constFirst().ok());
}

void TestBenchmarkRun::runsAgainstAServerThatIsNotTheSimulator()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(ScriptedServer::sse(
        R"(data: {"choices":[{"index":0,"delta":{"content":"Hello"}}]})"
        "\n\n"
        R"(data: {"choices":[{"index":0,"delta":{"content":" world"}}]})"
        "\n\n"
        R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"completion_tokens":2}})"
        "\n\n"
        "data: [DONE]\n\n",
        10));
    RunPlan plan = TestPlans::direct(server.baseUrl(), {QStringLiteral("any-model-the-server-has")},
                                     QStringLiteral("sk-secret"));
    plan.iterations = 2;
    const RunResult result = runToEnd(plan);
    QCOMPARE(result.records.size(), 3);
    QVERIFY(!result.simulated); // nothing said it was simulated
    for (const RequestRecord &r : result.records) {
        QVERIFY2(r.ok(), qPrintable(r.timeline.error));
        QCOMPARE(*r.timeline.usageCompletionTokens, 2);
    }
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().constFirst().header("authorization"), QByteArray("Bearer sk-secret"));
    QVERIFY(result.plan.endpoints.constFirst().apiKey.isEmpty()); // the result never carries the key
}

void TestBenchmarkRun::failingModelIsReportedNotFatal()
{
    const RunPlan plan = simPlan({QStringLiteral("no-such-model"), QStringLiteral("qwen3-8b")},
                                 {QStringLiteral("us-east")}, 2, m_scale);
    const RunResult result = runToEnd(plan);
    QCOMPARE(result.records.size(), 6);
    const auto lanes = LaneSummary::summarize(result.records, [](const QString &) { return ModelPrice{}; });
    for (const LaneSummary &lane : lanes) {
        if (lane.model == u"no-such-model") {
            QCOMPARE(lane.n, 0);
            QCOMPARE(lane.errors, 3); // the warm-up failed too
        } else {
            QCOMPARE(lane.n, 2);
            QCOMPARE(lane.errors, 0);
        }
    }
    for (const RequestRecord &r : result.records)
        if (r.model == u"no-such-model")
            QVERIFY2(r.timeline.error.contains(QStringLiteral("does not exist")), qPrintable(r.timeline.error));
}

void TestBenchmarkRun::rejectsABadPlan()
{
    RunController controller;
    QString error;
    RunPlan plan = simPlan({}, {QStringLiteral("us-east")}, 1, 1);
    QVERIFY(!controller.start(plan, &error));
    QCOMPARE(error, QStringLiteral("choose at least one model"));
    plan = simPlan({QStringLiteral("x")}, {QStringLiteral("us-east")}, 0, 1);
    QVERIFY(!controller.start(plan, &error));
    QVERIFY(error.contains(QStringLiteral("iterations")));
    QVERIFY(!controller.isRunning());
}

void TestBenchmarkRun::retriesHonourRetryAfterAndAreKept()
{
    // 429 with Retry-After: 1, then 503 (a back-off of 2 s), then an answer.
    ScriptedServer server;
    QVERIFY(server.listen());
    const QByteArray ok = "data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\ndata: [DONE]\n\n";
    // Answers on connections kept alive, as an API gateway's are.
    server.setScripts({{ScriptStep::write("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
                                          "Retry-After: 1\r\nContent-Length: 2\r\n\r\n{}")},
                       {ScriptStep::write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                                          "Content-Length: 2\r\n\r\n{}")},
                       ScriptedServer::sse(ok)});
    RunPlan plan = TestPlans::direct(server.baseUrl(), {QStringLiteral("m")});
    plan.iterations = 1;
    plan.warmup = 0;
    plan.retries = 3;
    QElapsedTimer clock;
    clock.start();
    const RunResult result = runToEnd(plan, 20000);
    QCOMPARE(result.records.size(), 3); // every try is kept
    QCOMPARE(result.records.at(0).timeline.httpStatus, 429);
    QCOMPARE(result.records.at(0).timeline.retryAfterS, 1);
    QVERIFY(result.records.at(0).retried);
    QCOMPARE(result.records.at(1).timeline.httpStatus, 503);
    QVERIFY(result.records.at(1).retried);
    QCOMPARE(result.records.at(1).attempt, 1);
    QVERIFY(result.records.at(2).ok());
    QCOMPARE(result.records.at(2).attempt, 2);
    QVERIFY2(clock.elapsed() >= 1000 + 2000,
             qPrintable(QString::number(clock.elapsed()))); // Retry-After, then 2 s back-off
    const auto lanes = LaneSummary::summarize(result.records, [](const QString &) { return ModelPrice{}; });
    QCOMPARE(lanes.constFirst().n, 1);
    QCOMPARE(lanes.constFirst().errors, 0);
    QCOMPARE(lanes.constFirst().retries, 2);
}

QTEST_GUILESS_MAIN(TestBenchmarkRun)
#include "tst_benchmarkrun.moc"
