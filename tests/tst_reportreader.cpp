// Reports survive save, load and re-export with nothing lost, and every kind of
// bad file gives a message naming the file, line and field, never a crash.
#include "catalog/catalog.h"
#include "kernelstamps.h"
#include "plans.h"
#include "report/jsonreport.h"
#include "report/reportreader.h"
#include "run/runcontroller.h"
#include "sim/simhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray serialize(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// A report of `n` requests with every kind of field, made without a network.
RunResult syntheticRun(int n, double timeScale)
{
    RunResult r;
    r.plan.models = {QStringLiteral("glm-5"), QStringLiteral("qwen3-8b"), QStringLiteral("my-model")};
    r.plan.regions = {TestPlans::region(QStringLiteral("us-east"), QStringLiteral("US East (Ohio)"),
                                        QUrl(QStringLiteral("http://127.0.0.1:1/us-east/v1"))),
                      TestPlans::region(QStringLiteral("asia"), QStringLiteral("Asia (Singapore)"),
                                        QUrl(QStringLiteral("http://127.0.0.1:1/asia/v1")))};
    r.plan.iterations = n / 6 + 1;
    r.plan.timeScale = timeScale;
    r.plan.keepText = true;
    r.plan.workload.profile = QStringLiteral("rag");
    r.plan.workload.inputTokens = 2000;
    r.plan.workload.inputSpread = 0.1;
    r.plan.workload.cache = Workload::Cache::Warm;
    r.plan.promptNonce = 0xfeedbeef12ULL;
    r.simulated = true;
    r.startedUtc = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    r.finishedUtc = r.startedUtc.addSecs(600);
    for (int i = 0; i < n; ++i) {
        RequestRecord rec;
        const int model = i % 3, region = (i / 3) % 2;
        rec.model = r.plan.models.at(model);
        rec.region = r.plan.regions.at(region).id;
        rec.lane = model * 2 + region;
        rec.iteration = i / 6;
        rec.warmup = i < 6;
        rec.clientWaitUs = (i % 5) * 1000;
        RequestTimeline &t = rec.timeline;
        t.requestId = "req-" + QByteArray::number(i);
        t.sendMonoNs = 1'000'000'000LL + i * 7'000'000LL;
        t.simulated = true;
        t.sentUs = 500 + i % 100 * 10;
        t.headersUs = 80'000 + (i % 97) * 100;
        t.status = i % 50 == 7 ? RequestStatus::HttpError : RequestStatus::Ok;
        if (t.status == RequestStatus::HttpError) {
            t.httpStatus = 429;
            t.error = QStringLiteral("HTTP 429 from 127.0.0.1: Rate limit reached (rate_limit_exceeded)");
            t.endUs = t.headersUs + 10;
        } else {
            t.firstAnyUs = 100'000 + (i % 89) * 1000;
            t.firstContentUs = model == 0 ? t.firstAnyUs + 400'000 : t.firstAnyUs;
            for (int e = 0; e < 20 + i % 7; ++e)
                t.tokenEventsUs.append(t.firstAnyUs + e * 15'000 + (i % 3) * 10);
            t.endUs = t.tokenEventsUs.constLast() + 2000;
            if (i % 4 != 0)
                t.usageCompletionTokens = t.tokenEventsUs.size() * 2;
            t.usagePromptTokens = 1900 + i;
            if (i % 2)
                t.usageCachedTokens = 1792;
            rec.inputTargetTokens = 1900 + i;
            t.events = int(t.tokenEventsUs.size()) + 2;
            t.comments = i % 3;
            t.bytes = 4000 + i;
            t.finishReason = QStringLiteral("stop");
            t.text = QStringLiteral("Recursion is … 递归 %1").arg(i);
            t.reasoningText = model == 0 ? QStringLiteral("thinking %1").arg(i) : QString();
            t.firstKind = model == 0 ? TokenKind::Reasoning : i % 5 == 1 ? TokenKind::ToolCall : TokenKind::Answer;
            t.arrivalClock = ArrivalClock(i % 4); // Unknown (an older report) too
            t.answer = TextFlow{400 + i, 3, t.firstContentUs, t.firstContentUs + 250'000};
            if (model == 0)
                t.reasoning = TextFlow{90, 2, t.firstAnyUs, t.firstContentUs - 1000};
            if (t.firstKind == TokenKind::ToolCall)
                t.tool = TextFlow{64, 8, t.firstAnyUs, t.firstAnyUs + 30'000};
        }
        r.records.append(rec);
    }
    return r;
}

} // namespace

class TestReportReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripOfARealRun();
    void roundTrip_data();
    void roundTrip();
    void badFiles_data();
    void badFiles();
    void loadReportsTheFile();
    void aReportTooLargeIsRefusedBeforeReading();
    void readsTheFormBeforeWorkloads();

private:
    Catalog m_catalog;
    QTemporaryDir m_dir;
};

void TestReportReader::initTestCase()
{
    m_catalog = Catalog::builtIn();
    QVERIFY(m_dir.isValid());
}

void TestReportReader::roundTripOfARealRun()
{
#ifdef Q_OS_LINUX
    const bool stamps = KernelStamps::waitUntilOn();
#endif
    SimHost sim;
    QString error;
    QVERIFY2(sim.start(m_catalog, QHostAddress::LocalHost, 0, 20, 7, {}, &error), qPrintable(error));
    RunPlan plan = TestPlans::simulated(sim, {QStringLiteral("deepseek-r1"), QStringLiteral("qwen3-8b")},
                                        {QStringLiteral("us-east"), QStringLiteral("asia")}, 20);
    plan.maxTokens = 40;
    plan.keepText = true;
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY2(controller.start(plan, &error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QCOMPARE(result.records.size(), 2 * 2 * 3);

    const QJsonObject first = JsonReport::toJson(result, m_catalog);
    const QString path = m_dir.filePath(QStringLiteral("real.json"));
    QVERIFY2(JsonReport::save(first, path, &error), qPrintable(error));
    const std::optional<LoadedReport> loaded = ReportReader::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->result.records.size(), result.records.size());
    QCOMPARE(loaded->result.records.at(3).timeline.text, result.records.at(3).timeline.text);
#ifdef Q_OS_LINUX
    // Plain HTTP on the engine's transport: every read timed by the kernel, and the report says so.
    for (const QJsonValue r : first.value(QStringLiteral("requests")).toArray())
        QCOMPARE(r[QStringLiteral("arrival_clock")].toString(),
                 stamps ? QStringLiteral("kernel") : QStringLiteral("reading_thread"));
#endif
    const QJsonObject second = JsonReport::toJson(loaded->result, loaded->catalog);
    QCOMPARE(serialize(second), serialize(first));
}

void TestReportReader::roundTrip_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<double>("timeScale");
    QTest::newRow("12 requests, real time") << 12 << 1.0;
    QTest::newRow("600 requests, 10x") << 600 << 10.0;
    QTest::newRow("10,000 requests") << 10000 << 1.0;
}

void TestReportReader::roundTrip()
{
    QFETCH(int, requests);
    QFETCH(double, timeScale);
    const RunResult run = syntheticRun(requests, timeScale);
    // A model the catalog does not know, with a price only the report holds.
    Catalog catalog = m_catalog;
    ModelInfo mine;
    mine.id = QStringLiteral("my-model");
    mine.name = QStringLiteral("My model");
    mine.provider = QStringLiteral("Me");
    mine.outputPricePerM = 0.42;
    catalog.upsert(mine);
    const QByteArray first = serialize(JsonReport::toJson(run, catalog));
    QString error;
    const std::optional<LoadedReport> loaded = ReportReader::parse(first, QStringLiteral("run.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->result.records.size(), requests);
    QCOMPARE(loaded->catalog.model(QStringLiteral("my-model"))->outputPricePerM, std::optional<double>(0.42));
    const QByteArray second = serialize(JsonReport::toJson(loaded->result, loaded->catalog));
    if (second != first) {
        const QList<QByteArray> a = first.split('\n'), b = second.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QVERIFY2(a.at(i) == b.at(i),
                     qPrintable(QStringLiteral("line %1: %2 became %3")
                                    .arg(i + 1)
                                    .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
        QCOMPARE(b.size(), a.size());
    }
}

void TestReportReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");
    const QByteArray good = serialize(JsonReport::toJson(syntheticRun(12, 1.0), m_catalog));
    const auto replaced = [&](const char *from, const char *to) {
        QByteArray b = good;
        const qsizetype at = b.indexOf(from);
        return at < 0 ? QByteArray("not found: ") + from : b.replace(at, qstrlen(from), to);
    };
    QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("run.json"), QStringLiteral("empty")};
    QTest::newRow("blank") << QByteArray(" \n\t\n") << QStringList{QStringLiteral("empty")};
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringList{QStringLiteral("run.json:")};
    QTest::newRow("a list") << QByteArray("[1, 2, 3]")
                            << QStringList{QStringLiteral("run.json:1"), QStringLiteral("object")};
    QTest::newRow("another file") << QByteArray(R"({"name": "package", "version": "1.0"})")
                                  << QStringList{QStringLiteral("not a Tokenmeter report")};
    QTest::newRow("newer version") << replaced("tokenmeter.report/2", "tokenmeter.report/3")
                                   << QStringList{QStringLiteral("tokenmeter.report/3"), QStringLiteral("newer")};
    QTest::newRow("huge number") << replaced("\"ttft_ms\": 500", "\"ttft_ms\": 1e300")
                                 << QStringList{QStringLiteral("run.json:"), QStringLiteral("requests[0].ttft_ms")};
    QTest::newRow("number beyond double") << replaced("\"ttft_ms\": 500", "\"ttft_ms\": 1e400")
                                          << QStringList{QStringLiteral("run.json:"), QStringLiteral("number")};
    QTest::newRow("negative") << replaced("\"ttft_ms\": 500", "\"ttft_ms\": -100")
                              << QStringList{QStringLiteral("requests[0].ttft_ms")};
    QTest::newRow("wrong type") << replaced("\"ttft_ms\": 500", "\"ttft_ms\": \"fast\"")
                                << QStringList{QStringLiteral("requests[0].ttft_ms"), QStringLiteral("number")};
    QTest::newRow("unknown status") << replaced("\"status\": \"ok\"", "\"status\": \"great\"")
                                    << QStringList{QStringLiteral("requests[0].status"), QStringLiteral("great")};
    QTest::newRow("stranger model") << replaced("\"model\": \"glm-5\",\n            \"output_tokens",
                                                "\"model\": \"evil\",\n            \"output_tokens")
                                    << QStringList{QStringLiteral("evil")};
    QTest::newRow("requests not a list") << replaced("\"requests\": [", "\"requests\": {\"x\": [")
                                         << QStringList{QStringLiteral("run.json:")};
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringList{QStringLiteral("run.json:")};
    QTest::newRow("deep nesting in a field") << replaced(
        "\"environment\": {",
        QByteArray("\"environment\": {\"x\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + ",").constData())
                                             << QStringList{QStringLiteral("run.json")};
    QTest::newRow("unknown first token kind")
        << replaced("\"first_token_kind\": \"reasoning\"", "\"first_token_kind\": \"poetry\"")
        << QStringList{QStringLiteral("first_token_kind"), QStringLiteral("tool_call")};
    QTest::newRow("unknown arrival clock")
        << replaced("\"arrival_clock\": \"kernel\"", "\"arrival_clock\": \"sundial\"")
        << QStringList{QStringLiteral("arrival_clock"), QStringLiteral("reading_thread")};
    QTest::newRow("more first characters than characters")
        << replaced("\"first_chars\": 3", "\"first_chars\": 30000")
        << QStringList{QStringLiteral("text_flow.answer.first_chars")};
    QTest::newRow("unknown transport") << replaced("\"transport\": \"engine\"", "\"transport\": \"pigeon\"")
                                       << QStringList{QStringLiteral("config.transport"), QStringLiteral("engine")};
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << QStringList{QStringLiteral("run.json:1")};
}

void TestReportReader::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    QVERIFY2(!content.startsWith("not found"), content.constData());
    QString error;
    const std::optional<LoadedReport> loaded = ReportReader::parse(content, QStringLiteral("run.json"), &error);
    QVERIFY2(!loaded, "a bad file was accepted");
    for (const QString &e : expected)
        QVERIFY2(error.contains(e), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(error, e)));
}

void TestReportReader::loadReportsTheFile()
{
    QString error;
    QVERIFY(!ReportReader::load(m_dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
}

void TestReportReader::aReportTooLargeIsRefusedBeforeReading()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ReportReader::kMaxBytes + 1)); // sparse: no disk used
    f.close();
    QString error;
    QVERIFY(!ReportReader::load(path, &error));
    QVERIFY2(error.contains(QStringLiteral("MB")), qPrintable(error));
}

// A tokenmeter.report/1 file has no workload: every request of it sent the
// prompt as given, so one prefix was repeated.
void TestReportReader::readsTheFormBeforeWorkloads()
{
    RunResult run = syntheticRun(12, 1.0);
    run.plan.workload = Workload{};
    QJsonObject report = JsonReport::toJson(run, m_catalog);
    report.insert(QStringLiteral("schema"), QStringLiteral("tokenmeter.report/1"));
    QJsonObject config = report.value(QStringLiteral("config")).toObject();
    config.remove(QStringLiteral("workload"));
    config.remove(QStringLiteral("prompt_nonce"));
    report.insert(QStringLiteral("config"), config);
    QString error;
    const std::optional<LoadedReport> loaded = ReportReader::parse(serialize(report), QStringLiteral("old.json"),
                                                                   &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->result.records.size(), 12);
    const Workload &w = loaded->result.plan.workload;
    QCOMPARE(w.profile, QStringLiteral("study")); // the study's prompt and 150 max tokens
    QCOMPARE(w.cache, Workload::Cache::Warm);
    QCOMPARE(w.inputTokens, 0);
}

QTEST_GUILESS_MAIN(TestReportReader)
#include "tst_reportreader.moc"
