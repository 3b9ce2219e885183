// Workloads: what each request asks. Against a test's own server: each
// provider's cached-token fields are read, unique prefixes really differ
// between requests, and min_tokens/ignore_eos are sent only when asked.
// Against the simulated provider: a longer prompt costs its prefill time, and
// a warm cache serves cached tokens faster (both by the simulator's model).
#include "catalog/catalog.h"
#include "fidelity.h"
#include "plan/runsettings.h"
#include "plans.h"
#include "report/prefillfit.h"
#include "report/reportexport.h"
#include "report/reportreader.h"
#include "run/lanesummary.h"
#include "run/runcontroller.h"
#include "scriptedserver.h"
#include "settings/savedworkload.h"
#include "sim/simhost.h"
#include "sim/simscript.h"
#include "stream/streamingrequest.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestWorkload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachedTokenFieldsAreRead_data();
    void cachedTokenFieldsAreRead();
    void uniquePrefixesDifferAndNoLengthFieldsUnasked();
    void warmCacheRepeatsOnePrefixAndFixedOutputAsks();
    void fixedOutputNeedsAnOpenAiServer();
    void longerPromptCostsItsPrefill();
    void warmCacheIsServedFaster();
    void simulatorAnswersAtTheFixedLength();
    void inputSweepEstimatesEachPrefillRate();
    void savedWorkloadsSurviveAHandEditedFile();

private:
    static RunResult run(const RunPlan &plan);
    static QList<QJsonObject> bodies(const ScriptedServer &server);
    RunResult simulated(const Workload &workload);

    const Catalog m_catalog = Catalog::builtIn();
    const QString m_model = QStringLiteral("deepseek-v4-flash");
};

RunResult TestWorkload::run(const RunPlan &plan)
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QString error;
    if (!controller.start(plan, &error) || !finished.wait(60'000)) {
        qWarning("the run did not finish: %s", qPrintable(error));
        return {};
    }
    return finished.constFirst().constFirst().value<RunResult>();
}

QList<QJsonObject> TestWorkload::bodies(const ScriptedServer &server)
{
    QList<QJsonObject> out;
    for (const HttpRequest &r : server.requests())
        out.append(QJsonDocument::fromJson(r.body).object());
    return out;
}

static QString promptOf(const QJsonObject &body)
{
    return body.value(QStringLiteral("messages"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("content"))
        .toString();
}

void TestWorkload::cachedTokenFieldsAreRead_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QByteArray>("events");
    QTest::addColumn<qint64>("prompt");
    QTest::addColumn<qint64>("cached");
    const QByteArray text = R"(data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]})"
                            "\n\n";
    QTest::addRow("OpenAI prompt_tokens_details") << QStringLiteral("openai")
                                                  << text
            + R"(data: {"choices":[],"usage":{"prompt_tokens":2006,"completion_tokens":1,"prompt_tokens_details":{"cached_tokens":1920}}})"
              "\n\ndata: [DONE]\n\n" << qint64(2006)
                                                  << qint64(1920);
    QTest::addRow("DeepSeek prompt_cache_hit_tokens") << QStringLiteral("openai")
                                                      << text
            + R"(data: {"choices":[],"usage":{"prompt_tokens":2006,"completion_tokens":1,"prompt_cache_hit_tokens":1536,"prompt_cache_miss_tokens":470}})"
              "\n\ndata: [DONE]\n\n" << qint64(2006) << qint64(1536);
    QTest::addRow("Anthropic cache_read_input_tokens")
        << QStringLiteral("anthropic")
        << QByteArray(
               R"(data: {"type":"message_start","message":{"usage":{"input_tokens":12,"cache_creation_input_tokens":100,"cache_read_input_tokens":2048,"output_tokens":1}}})"
               "\n\n"
               R"(data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}})"
               "\n\n"
               R"(data: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":1}})"
               "\n\n"
               R"(data: {"type":"message_stop"})"
               "\n\n")
        << qint64(12 + 100 + 2048) << qint64(2048);
}

void TestWorkload::cachedTokenFieldsAreRead()
{
    QFETCH(QString, protocol);
    QFETCH(QByteArray, events);
    QFETCH(qint64, prompt);
    QFETCH(qint64, cached);
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(ScriptedServer::sse(events));
    QNetworkAccessManager manager;
    StreamingRequest request(&manager, StreamTarget{server.baseUrl(), {}, &Dialect::forProtocol(protocol), {}, false},
                             ChatRequest{QStringLiteral("m"), QStringLiteral("Hello"), 20, true});
    QSignalSpy finished(&request, &StreamingRequest::finished);
    request.start();
    QVERIFY(!finished.isEmpty() || finished.wait(10'000));
    const RequestTimeline &t = request.timeline();
    QVERIFY2(t.status == RequestStatus::Ok, qPrintable(t.error));
    QCOMPARE(t.usagePromptTokens, std::optional<qint64>(prompt));
    QCOMPARE(t.usageCachedTokens, std::optional<qint64>(cached));
}

void TestWorkload::uniquePrefixesDifferAndNoLengthFieldsUnasked()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(ScriptedServer::sse(TestUtil::readData(QStringLiteral("streams/openai.sse"))));
    RunPlan plan = TestPlans::direct(server.baseUrl(), {QStringLiteral("a"), QStringLiteral("b")});
    plan.iterations = 3;
    plan.warmup = 1;
    plan.workload.inputTokens = 1500; // cacheable, were it repeated
    plan.promptNonce = 0xabcdef;
    const RunResult result = run(plan);
    QCOMPARE(result.records.size(), 8);
    const QList<QJsonObject> sent = bodies(server);
    QCOMPARE(sent.size(), 8);
    QSet<QString> prompts, firstLines;
    for (const QJsonObject &body : sent) {
        const QString prompt = promptOf(body);
        QVERIFY2(prompt.size() > 1400 * 4, qPrintable(QString::number(prompt.size())));
        prompts.insert(prompt);
        firstLines.insert(prompt.section(u'\n', 0, 0));
        static const QRegularExpression marker(QStringLiteral("^Request [0-9a-f]{12}-[0-9]+-[mw][0-9]+\\.$"));
        QVERIFY2(marker.match(prompt.section(u'\n', 0, 0)).hasMatch(), qPrintable(prompt.left(40)));
        QVERIFY(!body.contains(QStringLiteral("min_tokens")));
        QVERIFY(!body.contains(QStringLiteral("ignore_eos")));
    }
    QCOMPARE(prompts.size(), 8);    // every request its own prompt
    QCOMPARE(firstLines.size(), 8); // and its own first line: no shared cacheable prefix
    for (const RequestRecord &r : result.records)
        QCOMPARE(r.inputTargetTokens, 1500);
}

void TestWorkload::warmCacheRepeatsOnePrefixAndFixedOutputAsks()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(ScriptedServer::sse(TestUtil::readData(QStringLiteral("streams/openai.sse"))));
    RunPlan plan = TestPlans::direct(server.baseUrl(), {QStringLiteral("a")});
    plan.iterations = 3;
    plan.maxTokens = 64;
    plan.workload.inputTokens = 1500;
    plan.workload.cache = Workload::Cache::Warm;
    plan.workload.fixedOutput = true;
    QVERIFY2(plan.validate().isEmpty(), qPrintable(plan.validate()));
    QCOMPARE(run(plan).records.size(), 4);
    const QList<QJsonObject> sent = bodies(server);
    QCOMPARE(sent.size(), 4);
    const QString first = promptOf(sent.constFirst());
    const QString shared = first.section(u'\n', 0, -2); // all but the marker, which comes last
    QVERIFY(shared.size() > 1400 * 4);
    QSet<QString> prompts;
    for (const QJsonObject &body : sent) {
        prompts.insert(promptOf(body));
        QVERIFY(promptOf(body).startsWith(shared));
        QCOMPARE(body.value(QStringLiteral("min_tokens")).toInt(), 64);
        QCOMPARE(body.value(QStringLiteral("ignore_eos")).toBool(), true);
    }
    QCOMPARE(prompts.size(), 4); // the markers still tell them apart
}

void TestWorkload::fixedOutputNeedsAnOpenAiServer()
{
    RunPlan plan = TestPlans::direct(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), {QStringLiteral("a")});
    plan.endpoints.first().protocol = QStringLiteral("anthropic");
    QVERIFY(plan.validate().isEmpty());
    plan.workload.fixedOutput = true;
    QVERIFY2(plan.validate().contains(QStringLiteral("min_tokens")), qPrintable(plan.validate()));
}

RunResult TestWorkload::simulated(const Workload &workload)
{
    SimHost sim;
    QString error;
    if (!sim.start(m_catalog, QHostAddress::LocalHost, 0, 1.0, 7, {}, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    RunPlan plan = TestPlans::simulated(sim, {m_model}, {QStringLiteral("us-east")}, 1.0);
    plan.iterations = 5;
    plan.warmup = 1;
    plan.maxTokens = 10;
    plan.workload = workload;
    plan.promptNonce = 42;
    return run(plan);
}

static Workload fixedInput(int tokens, Workload::Cache cache = Workload::Cache::Unique)
{
    Workload w;
    w.profile = QStringLiteral("custom");
    w.inputTokens = tokens;
    w.cache = cache;
    return w;
}

static LaneSummary lane(const RunResult &r)
{
    const QList<LaneSummary> lanes = LaneSummary::summarize(r.records, [](const QString &) { return ModelPrice{}; });
    return lanes.isEmpty() ? LaneSummary{} : lanes.constFirst();
}

void TestWorkload::longerPromptCostsItsPrefill()
{
    const LaneSummary chat = lane(simulated(fixedInput(100)));
    const LaneSummary rag = lane(simulated(fixedInput(2000)));
    QCOMPARE(chat.n, 5);
    QCOMPARE(rag.n, 5);
    // Unique prefixes: nothing cached.
    QCOMPARE(chat.cachedRequests + rag.cachedRequests, 0);
    QCOMPARE(chat.promptTokens.p50, 100.0);
    QCOMPARE(rag.promptTokens.p50, 2000.0);
    const double rate = m_catalog.model(m_model)->simPrefillRate();
    const double expected = (rag.promptTokens.p50 - chat.promptTokens.p50) / rate * 1000;
    const double measured = rag.ttftAnyMs.p50 - chat.ttftAnyMs.p50;
    qInfo("prefill: %.0f ms measured, %.0f ms by the simulator's %.0f tokens/s", measured, expected, rate);
    QVERIFY2(qAbs(measured - expected) <= 0.1 * expected, qPrintable(QString::number(measured)));
}

void TestWorkload::warmCacheIsServedFaster()
{
    const LaneSummary cold = lane(simulated(fixedInput(2000)));
    const LaneSummary warm = lane(simulated(fixedInput(2000, Workload::Cache::Warm)));
    QCOMPARE(cold.cachedRequests, 0);
    QCOMPARE(warm.cachedRequests, 5); // the warm-up filled the cache
    QCOMPARE(warm.ttftCachedAnyMs.n, 5);
    // 2000 tokens: the cache holds whole 128-token steps from 1024 on.
    const int cachedTokens = 1920;
    const double rate = m_catalog.model(m_model)->simPrefillRate();
    const double expected = cachedTokens / rate * 1000 * (1 - 1 / SimScript::kCacheSpeedup);
    const double measured = cold.ttftAnyMs.p50 - warm.ttftCachedAnyMs.p50;
    qInfo("cache: %.0f ms faster measured, %.0f ms by the simulator's model", measured, expected);
    QVERIFY2(qAbs(measured - expected) <= 0.1 * expected, qPrintable(QString::number(measured)));
}

// min_tokens and ignore_eos make the simulated provider answer at max_tokens,
// as vLLM does; without them it stops where the model likes (about 150).
void TestWorkload::simulatorAnswersAtTheFixedLength()
{
    SimHost sim;
    QString error;
    QVERIFY2(sim.start(m_catalog, QHostAddress::LocalHost, 0, 10.0, 7, {}, &error), qPrintable(error));
    RunPlan plan = TestPlans::simulated(sim, {m_model}, {QStringLiteral("us-east")}, 10.0);
    plan.iterations = 2;
    plan.warmup = 0;
    plan.maxTokens = 200;
    // However long a hostile client asks for, a planned answer stays bounded.
    SimRequest huge;
    huge.maxTokens = 100000;
    huge.ignoreEos = true;
    const SimScript capped = SimScript::make(*m_catalog.model(m_model), huge);
    QCOMPARE(capped.answerTokens + capped.reasoningTokens, SimScript::kMaxFixedTokens);
    for (const bool fixed : {false, true}) {
        plan.workload.fixedOutput = fixed;
        const RunResult result = run(plan);
        QCOMPARE(result.records.size(), 2);
        for (const RequestRecord &r : result.records) {
            QVERIFY2(r.ok(), qPrintable(r.timeline.error));
            const qint64 tokens = r.timeline.usageCompletionTokens.value_or(0);
            if (fixed) {
                QCOMPARE(tokens, qint64(200));
                QCOMPARE(r.timeline.finishReason, QStringLiteral("length"));
            } else {
                QVERIFY2(tokens >= 142 && tokens <= 158, qPrintable(QString::number(tokens)));
                QCOMPARE(r.timeline.finishReason, QStringLiteral("stop"));
            }
        }
    }
}

// An input-length sweep over every model: TTFT against the input tokens the
// server counted gives each model's prefill rate, within 10% of the rate the
// simulated provider was set to.
void TestWorkload::inputSweepEstimatesEachPrefillRate()
{
    SimHost sim;
    QString error;
    const double scale = Fidelity::kTimeScale;
    QVERIFY2(sim.start(m_catalog, QHostAddress::LocalHost, 0, scale, 7, {}, &error), qPrintable(error));
    QStringList models;
    for (const ModelInfo &m : m_catalog.models())
        models.append(m.id);
    RunPlan plan = TestPlans::simulated(sim, models, {QStringLiteral("us-east")}, scale);
    plan.iterations = 3;
    plan.warmup = 1;
    plan.maxTokens = 5;
    plan.workload.inputSweep = {100, 2000, 8000};
    QCOMPARE(plan.requestCount(), 15 * (3 * 3 + 1));
    const RunResult result = run(plan);
    QCOMPARE(result.records.size(), plan.requestCount());
    const QList<PrefillFit> fits = PrefillFit::of(result.records, plan.workload, scale);
    QCOMPARE(fits.size(), 15);
    for (const PrefillFit &f : fits) {
        QCOMPARE(f.steps.size(), 3);
        const double set = m_catalog.model(f.model)->simPrefillRate();
        QVERIFY(f.rate());
        qInfo("%s: %.0f input tokens/s estimated (%.0f-%.0f), %.0f set", qPrintable(f.model), *f.rate(),
              f.rateLow().value_or(0), f.rateHigh().value_or(0), set);
        QVERIFY2(qAbs(*f.rate() - set) <= 0.1 * set, qPrintable(f.model));
    }
    // The exported report carries the workload, the chart and each estimate.
    const QString html = ReportExport::html(LoadedReport{result, m_catalog}, ReportOptions{}, false);
    QVERIFY(html.contains(QStringLiteral("an input-length sweep over 100, 2000, 8000 tokens")));
    QVERIFY(html.contains(QStringLiteral("TTFT against input tokens: prefill rate estimated from the slope")));
    QCOMPARE(html.count(QStringLiteral("input tokens/s (95% interval")), 15);
}

// Saved workloads round-trip through the settings' JSON; an entry that is
// broken, out of range or named twice is left out, never the others.
void TestWorkload::savedWorkloadsSurviveAHandEditedFile()
{
    RunSettings rag;
    rag.workload = Workload::profileOf(QStringLiteral("sweep"))->workload;
    rag.workload.toolCall = true;
    rag.prompt = QStringLiteral("Summarise.");
    rag.maxTokens = 64;
    rag.datasetPath.clear();
    const QList<SavedWorkload> list{SavedWorkload::of(QStringLiteral("Sweep with tools"), rag)};
    const QList<SavedWorkload> back = SavedWorkload::fromJson(SavedWorkload::toJson(list));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.constFirst().name, QStringLiteral("Sweep with tools"));
    QCOMPARE(back.constFirst().workload.inputSweep, rag.workload.inputSweep);
    QVERIFY(back.constFirst().workload.toolCall);
    QCOMPARE(back.constFirst().maxTokens, 64);

    QByteArray edited = SavedWorkload::toJson(list + list); // the same name twice
    edited.chop(1);
    edited += R"(,{"name":"no prompt","max_tokens":5,"workload":{"profile":"custom"}})"
              R"(,{"name":"huge","prompt":"p","max_tokens":1e300,"workload":{"profile":"custom"}})"
              R"(,{"name":"bad sweep","prompt":"p","max_tokens":5,"workload":{"profile":"custom","input_sweep":[5]}})"
              R"(,7,{"name":"ok","prompt":"p","max_tokens":5,"workload":{"profile":"custom"}}])";
    const QList<SavedWorkload> kept = SavedWorkload::fromJson(edited);
    QStringList names;
    for (const SavedWorkload &w : kept)
        names << w.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Sweep with tools"), QStringLiteral("ok")}));
    QVERIFY(SavedWorkload::fromJson("not json").isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkload)
#include "tst_workload.moc"
