// Load's parts on their own: SLOs and steps as typed, the simulated
// provider's capacity, the rate search, and a sweep's report read back.
#include "load/load.h"
#include "load/loadjson.h"
#include "load/ratesearch.h"
#include "load/stepsummary.h"
#include "load/steptable.h"
#include "report/jsonreport.h"
#include "report/reportreader.h"
#include "sim/simload.h"

#include <QJsonDocument>
#include <QTest>

class TestLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slosAreParsed();
    void badSlosAreRefused_data();
    void badSlosAreRefused();
    void stepsAreParsed();
    void capacityQueuesThenRefuses();
    void batchSlowsDecoding();
    void searchBisectsToTheEdge();
    void searchStopsWhenTheLowestFails();
    void stepsAreJudgedAndTheKneeFound();
    void reportKeepsTheSteps();
};

void TestLoad::slosAreParsed()
{
    QString error;
    const auto slos = SloTerm::parseList(QStringLiteral("ttft_p90=500ms, itl_p99<=50ms,e2e_p99=10s"), &error);
    QVERIFY2(slos, qPrintable(error));
    QCOMPARE(slos->size(), 3);
    QCOMPARE(slos->at(0).metric, SloTerm::Metric::Ttft);
    QCOMPARE(slos->at(0).percentile, 90.0);
    QCOMPARE(slos->at(0).limitMs, 500.0);
    QCOMPARE(slos->at(1).metric, SloTerm::Metric::Itl);
    QCOMPARE(slos->at(2).limitMs, 10000.0);
    QCOMPARE(SloTerm::listText(*slos), QStringLiteral("ttft_p90<=500ms, itl_p99<=50ms, e2e_p99<=10000ms"));
}

void TestLoad::badSlosAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown metric") << QStringLiteral("tps_p90=5");
    QTest::newRow("no percentile") << QStringLiteral("ttft=500ms");
    QTest::newRow("p100") << QStringLiteral("ttft_p100=500ms");
    QTest::newRow("negative") << QStringLiteral("ttft_p90=-5ms");
    QTest::newRow("unit") << QStringLiteral("ttft_p90=5h");
    QTest::newRow("empty") << QString();
    QTest::newRow("huge") << QStringLiteral("ttft_p90=1e300s");
}

void TestLoad::badSlosAreRefused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!SloTerm::parseList(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestLoad::stepsAreParsed()
{
    QString error;
    QCOMPARE(Load::parseSteps(QStringLiteral("1,2,4,8"), &error), (std::optional<QList<double>>({1, 2, 4, 8})));
    QCOMPARE(Load::parseSteps(QStringLiteral("1:20:5"), &error), (std::optional<QList<double>>({1, 6, 11, 16, 20})));
    for (const char *bad : {"", "1,,x", "0,1", "5:1:1", "1:2:0", "1:100000:1", "1:2"})
        QVERIFY2(!Load::parseSteps(QString::fromLatin1(bad), &error), bad);
    Load sweep;
    sweep.sweep = Load::Sweep::Concurrency;
    sweep.steps = {1, 2.5};
    sweep.durationS = 10;
    QVERIFY(!sweep.validate().isEmpty()); // half a request in flight
    sweep.steps = {1, 2};
    QCOMPARE(sweep.validate(), QString());
    sweep.search = true;
    QVERIFY(!sweep.validate().isEmpty()); // a search is over rates, with an SLO
    sweep.search = false;
    sweep.arrival = Load::Arrival::Poisson;
    QVERIFY(!sweep.validate().isEmpty()); // concurrencies as rates: refused
    Load ramp;
    ramp.arrival = Load::Arrival::Constant;
    ramp.rate = 5;
    ramp.durationS = 10;
    ramp.rampUpS = 5;
    QVERIFY(!ramp.validate().isEmpty()); // a ramp inside the measured window
    ramp.warmupS = 5;
    QCOMPARE(ramp.validate(), QString());
    // A limit too large for plain digits still reads back.
    const auto big = SloTerm::parseList(SloTerm::listText(*SloTerm::parseList(QStringLiteral("e2e_p99=2000s"), &error)),
                                        &error);
    QVERIFY2(big && big->constFirst().limitMs == 2e6, qPrintable(error));
}

void TestLoad::capacityQueuesThenRefuses()
{
    SimLoad load;
    const SimCapacity cap{2, 1, 0.5};
    const QString d = QStringLiteral("m|r");
    SimLoad::Admission a = load.admit(d, cap, 1'000'000, 0, 1);
    QCOMPARE(a.queueUs, 0);
    load.occupy(d, a.slot, 3'000'000); // busy until 3 s
    a = load.admit(d, cap, 1'000'000, 0, 1);
    QCOMPARE(a.queueUs, 0);
    QCOMPARE(a.batch, 2);
    load.occupy(d, a.slot, 2'000'000);       // until 2 s
    a = load.admit(d, cap, 1'500'000, 0, 1); // both busy: waits for the first to free, at 2 s
    QVERIFY(!a.rejected);
    QCOMPARE(a.queueUs, 500'000);
    load.occupy(d, a.slot, 4'000'000);
    a = load.admit(d, cap, 1'600'000, 0, 1); // one waits already: the queue of one is full
    QVERIFY(a.rejected);
    QVERIFY(a.retryAfterS >= 1);
    a = load.admit(d, cap, 3'000'000, 1000, 1); // the queue moved on; the slot freeing at 3 s counts as free
    QVERIFY(!a.rejected);
    QCOMPARE(a.queueUs, 0);
    QCOMPARE(SimLoad().admit(d, SimCapacity{0, 0, 0.5}, 0, 0, 1).queueUs, 0); // no slots: unlimited
    SimLoad noQueue; // slots but no queue: the next request is refused at once, told when a slot frees
    const SimCapacity one{1, 0, 0.5};
    noQueue.occupy(d, noQueue.admit(d, one, 0, 0, 1).slot, 2'000'000);
    const SimLoad::Admission refused = noQueue.admit(d, one, 0, 0, 1);
    QVERIFY(refused.rejected);
    QCOMPARE(refused.retryAfterS, 2);
}

void TestLoad::batchSlowsDecoding()
{
    SimLoad load;
    const SimCapacity cap{5, 10, 0.6};
    const QString d = QStringLiteral("m|r");
    QList<double> factors;
    for (int i = 0; i < 5; ++i) {
        const SimLoad::Admission a = load.admit(d, cap, 0, 0, 1);
        load.occupy(d, a.slot, 10'000'000);
        factors.append(a.decodeFactor);
    }
    QCOMPARE(factors.constFirst(), 1.0);             // alone: full speed
    QVERIFY(qAbs(factors.constLast() - 0.6) < 1e-9); // a full batch: the catalog's fraction
    QVERIFY(std::is_sorted(factors.crbegin(), factors.crend()));
}

void TestLoad::searchBisectsToTheEdge()
{
    // Rates up to 6.6 meet the SLO: the search closes in on it from both sides.
    RateSearch search(1, 20, 10, 0.05);
    std::optional<double> rate = search.first();
    QList<double> tried;
    while (rate && tried.size() < 20) {
        tried.append(*rate);
        rate = search.next(*rate, *rate <= 6.6);
    }
    QVERIFY(tried.size() <= 10);
    QCOMPARE(tried.at(0), 1.0);
    QCOMPARE(tried.at(1), 20.0);
    QVERIFY(search.best() && *search.best() <= 6.6 && *search.best() > 6.6 * 0.93);
    QVERIFY(search.firstFailing() && *search.firstFailing() > 6.6);
}

void TestLoad::searchStopsWhenTheLowestFails()
{
    RateSearch search(2, 10, 8, 0.05);
    QCOMPARE(search.next(2, false), std::nullopt);
    QCOMPARE(search.best(), std::nullopt);
    RateSearch easy(2, 10, 8, 0.05);
    QCOMPARE(easy.next(2, true), std::optional<double>(10));
    QCOMPARE(easy.next(10, true), std::nullopt); // the highest holds: at least that
    QCOMPARE(easy.best(), std::optional<double>(10));
}

namespace {

// A step of `n` requests of one lane with TTFTs of `ttftMs`, one a second.
void addStep(RunResult *result, int step, double value, double ttftMs, int n, int failed = 0)
{
    const qint64 origin = 1'000'000'000'000LL + step * 100'000'000'000LL;
    result->steps.append(LoadStep{step, value, origin, origin, origin + qint64(n) * 1'000'000'000, true});
    for (int i = 0; i < n; ++i) {
        RequestRecord r;
        r.model = QStringLiteral("cap-test");
        r.region = QStringLiteral("us-east");
        r.lane = 0;
        r.step = step;
        r.iteration = i;
        r.timeline.requestId = QByteArray::number(step * 1000 + i);
        r.timeline.sendMonoNs = origin + qint64(i) * 1'000'000'000;
        r.timeline.status = i < failed ? RequestStatus::HttpError : RequestStatus::Ok;
        r.timeline.httpStatus = i < failed ? 429 : 200;
        if (i >= failed) {
            r.timeline.firstAnyUs = qint32(ttftMs * 1000);
            r.timeline.firstContentUs = r.timeline.firstAnyUs;
            r.timeline.tokenEventsUs = {r.timeline.firstAnyUs, r.timeline.firstAnyUs + 20'000};
            r.timeline.endUs = r.timeline.firstAnyUs + 30'000;
            r.timeline.usageCompletionTokens = 10;
        }
        result->records.append(r);
    }
}

RunResult sweepResult()
{
    RunResult result;
    result.plan.models = {QStringLiteral("cap-test")};
    Region region;
    region.id = QStringLiteral("us-east");
    region.name = QStringLiteral("US East");
    result.plan.regions = {region};
    result.plan.load.sweep = Load::Sweep::Concurrency;
    result.plan.load.steps = {1, 2, 4, 8};
    result.plan.load.durationS = 10;
    result.plan.load.searchPrecision = 0.02;
    addStep(&result, 0, 1, 100, 10);
    addStep(&result, 1, 2, 110, 10);
    addStep(&result, 2, 4, 190, 10);
    addStep(&result, 3, 8, 700, 10, 3);
    return result;
}

} // namespace

void TestLoad::stepsAreJudgedAndTheKneeFound()
{
    RunResult result = sweepResult();
    QList<StepLane> lanes = StepSummary::of(result);
    QCOMPARE(lanes.size(), 4);
    QCOMPARE(lanes.at(0).sent, 10);
    QCOMPARE(lanes.at(3).errors, 3);
    QCOMPARE(lanes.at(3).rateLimited, 3);
    QCOMPARE(lanes.at(0).ttftMs.p90, 100.0);
    QVERIFY(qAbs(lanes.at(0).requestsPerS - 1.0) < 0.11);             // ten in a ten-second window
    QCOMPARE(StepSummary::knee(lanes, false), std::optional<int>(3)); // 700 > 2 x 100, and 30% errors
    QString error;
    result.plan.load.slos = *SloTerm::parseList(QStringLiteral("ttft_p90=150ms"), &error);
    lanes = StepSummary::of(result);
    QVERIFY(lanes.at(1).meetsSlos());
    QVERIFY(!lanes.at(2).meetsSlos());
    QCOMPARE(lanes.at(2).broken, QStringList{QStringLiteral("ttft_p90 190 ms > 150 ms")});
    QCOMPARE(StepSummary::knee(lanes, true), std::optional<int>(2));
    QCOMPARE(lanes.at(2).goodputPerS, 0.0);
    QVERIFY(lanes.at(1).goodputPerS > 0.9);
    // A failed request counts as missing the SLO, never as a fast one.
    QVERIFY(!lanes.at(3).meetsSlos());
    const QString notes = StepTable(result, Catalog::builtIn()).notes().join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("knee at concurrency 4")), qPrintable(notes));
}

void TestLoad::reportKeepsTheSteps()
{
    RunResult result = sweepResult();
    result.plan.endpoints = {Endpoint()};
    result.plan.endpoints[0].id = QStringLiteral("e");
    result.plan.endpoints[0].baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
    result.plan.routes.insert(QStringLiteral("cap-test"), ModelRoute{QStringLiteral("e"), {}});
    result.records[5].scheduledNs = result.records[5].timeline.sendMonoNs - 2'000'000;
    result.records[5].scheduleLagUs = 2000;
    const QByteArray json = QJsonDocument(JsonReport::toJson(result, Catalog::builtIn())).toJson();
    QString error;
    const std::optional<LoadedReport> loaded = ReportReader::parse(json, QStringLiteral("sweep.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    const RunResult &back = loaded->result;
    QCOMPARE(back.steps.size(), 4);
    QCOMPARE(back.steps.at(3).value, 8.0);
    QCOMPARE(back.steps.at(2).windowEndNs, result.steps.at(2).windowEndNs);
    QCOMPARE(back.plan.load.sweep, Load::Sweep::Concurrency);
    QCOMPARE(back.plan.load.steps, result.plan.load.steps);
    QCOMPARE(back.plan.load.searchPrecision, result.plan.load.searchPrecision);
    QCOMPARE(back.records.at(5).scheduleLagUs, 2000);
    QCOMPARE(back.records.at(35).step, 3);
    const QList<StepLane> a = StepSummary::of(result), b = StepSummary::of(back);
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(b.at(i).sent, a.at(i).sent);
        QCOMPARE(b.at(i).ttftMs.p90, a.at(i).ttftMs.p90);
    }
    // A step whose window ends before it starts is refused, with where.
    QByteArray broken = json;
    broken.replace(QByteArray::number(result.steps.at(1).windowEndNs), "1");
    QVERIFY(!ReportReader::parse(broken, QStringLiteral("sweep.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("load")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
