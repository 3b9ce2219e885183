// An answer that is a tool call is generated text too: its name and streamed
// arguments are timed like any token (OpenAI tool_calls, Anthropic tool_use),
// so an agent's request gets a TTFT and a tokens/s, never an empty "ok".
#include "catalog/catalog.h"
#include "plans.h"
#include "report/leaderboard.h"
#include "run/requestmetrics.h"
#include "run/runcontroller.h"
#include "scriptedserver.h"
#include "sim/simhost.h"
#include "sim/simscript.h"
#include "stream/anthropicdialect.h"
#include "stream/openaidialect.h"
#include "stream/sseevent.h"
#include "stream/streamingrequest.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

SseEvent sseEvent(const QByteArray &data)
{
    SseEvent e;
    e.data = data;
    return e;
}

} // namespace

class TestToolCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiDeltas_data();
    void openAiDeltas();
    void toolCallStreamIsMeasured_data();
    void toolCallStreamIsMeasured();
    void requestOffersTheToolAndRequiresIt_data();
    void requestOffersTheToolAndRequiresIt();
    void simulatorAnswersWithAToolCall_data();
    void simulatorAnswersWithAToolCall();
    void agentRunAgainstTheSimulatorTimesTheCall();
};

void TestToolCalls::openAiDeltas_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("toolCall");
    QTest::addRow("name") << QByteArray(
        R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c","type":"function","function":{"name":"f","arguments":""}}]}}]})")
                          << QStringLiteral("f");
    QTest::addRow("two calls in one delta") << QByteArray(
        R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{}"}},{"index":1,"function":{"name":"g"}}]}}]})")
                                            << QStringLiteral("{}g");
    QTest::addRow("legacy function_call")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"function_call":{"name":"f","arguments":"{\"a\":1}"}}}]})")
        << QStringLiteral("f{\"a\":1}");
    QTest::addRow("empty arguments are no token")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":""}}]}}]})")
        << QString();
    QTest::addRow("tool_calls null") << QByteArray(R"({"choices":[{"index":0,"delta":{"tool_calls":null}}]})")
                                     << QString();
}

void TestToolCalls::openAiDeltas()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, toolCall);
    const StreamDelta d = OpenAiDialect().parseEvent(sseEvent(data));
    QVERIFY(!d.malformed);
    QCOMPARE(d.toolCall, toolCall);
    QCOMPARE(d.carriesToken(), !toolCall.isEmpty());
    QVERIFY(d.content.isEmpty() && d.reasoning.isEmpty());
}

void TestToolCalls::toolCallStreamIsMeasured_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("tokenEvents");
    QTest::addColumn<qint64>("outputTokens");
    QTest::addColumn<QString>("finishReason");
    // The name, then three argument pieces.
    QTest::addRow("openai") << QStringLiteral("openai") << QStringLiteral("openai-tool-call.sse") << 4 << qint64(14)
                            << QStringLiteral("tool_calls");
    // The block's start (the name) and two non-empty argument pieces.
    QTest::addRow("anthropic") << QStringLiteral("anthropic") << QStringLiteral("anthropic-tool-use.sse") << 3
                               << qint64(89) << QStringLiteral("tool_use");
}

void TestToolCalls::toolCallStreamIsMeasured()
{
    QFETCH(QString, protocol);
    QFETCH(QString, fixture);
    QFETCH(int, tokenEvents);
    QFETCH(qint64, outputTokens);
    QFETCH(QString, finishReason);

    const QByteArray stream = TestUtil::readData(QStringLiteral("streams/") + fixture);
    QVERIFY2(!stream.isEmpty(), qPrintable(fixture));
    ScriptedServer server;
    QVERIFY(server.listen());
    QList<ScriptStep> script{ScriptStep::write(ScriptedServer::head(200))};
    for (qsizetype from = 0; from < stream.size();) {
        const qsizetype end = stream.indexOf("\n\n", from) + 2;
        script.append(ScriptStep::write(stream.mid(from, end - from), 5));
        from = end;
    }
    script.append(ScriptStep::close());
    server.setScript(script);
    QNetworkAccessManager manager;
    StreamingRequest request(&manager, StreamTarget{server.baseUrl(), {}, &Dialect::forProtocol(protocol), {}, true},
                             ChatRequest{QStringLiteral("m"), QStringLiteral("What is the weather?"), 200, true});
    QSignalSpy finished(&request, &StreamingRequest::finished);
    request.start();
    if (finished.isEmpty()) // a real event loop: the timestamps must not wait for a sleep
        finished.wait(10000);
    QCOMPARE(finished.size(), 1);

    const RequestTimeline &t = request.timeline();
    QVERIFY2(t.status == RequestStatus::Ok, qPrintable(t.error));
    QCOMPARE(t.tokenEventsUs.size(), tokenEvents);
    QCOMPARE(t.finishReason, finishReason);
    // The first token is the call's; no answer text came.
    QVERIFY(t.tool.firstUs >= 0);
    QCOMPARE(t.firstAnyUs, t.tool.firstUs);
    QCOMPARE(t.firstAnyUs, t.tokenEventsUs.constFirst());
    QCOMPARE(t.firstContentUs, -1);
    QCOMPARE(t.firstKind, TokenKind::ToolCall);
    QVERIFY(t.tool.chars > t.tool.firstChars);
    QCOMPARE(t.answer.chars, 0);
    const RequestMetrics m = RequestMetrics::from(t);
    QVERIFY(m.ttftAnyMs && *m.ttftAnyMs > 0);
    QVERIFY(!m.ttftMs); // no answer text: no content TTFT, never a made-up one
    QCOMPARE(m.outputTokens, std::optional<qint64>(outputTokens));
    QVERIFY2(m.tokensPerS && *m.tokensPerS > 0, "a tool call's arguments stream at a speed too");
    QVERIFY2(m.toolCharsPerS && *m.toolCharsPerS > 0, "and at a text speed of their own");
    QVERIFY(!m.answerCharsPerS);
}

void TestToolCalls::requestOffersTheToolAndRequiresIt_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("schemaKey");
    QTest::addColumn<QString>("choiceType");
    QTest::addRow("openai") << QStringLiteral("openai") << QStringLiteral("function.parameters")
                            << QStringLiteral("function");
    QTest::addRow("anthropic") << QStringLiteral("anthropic") << QStringLiteral("input_schema")
                               << QStringLiteral("tool");
}

void TestToolCalls::requestOffersTheToolAndRequiresIt()
{
    QFETCH(QString, protocol);
    QFETCH(QString, schemaKey);
    QFETCH(QString, choiceType);
    ChatRequest request{QStringLiteral("m"), QStringLiteral("Weather?"), 200, true};
    const Dialect &dialect = Dialect::forProtocol(protocol);
    QVERIFY(!QJsonDocument::fromJson(dialect.requestBody(request)).object().contains(QStringLiteral("tools")));
    request.toolCall = true;
    const QJsonObject body = QJsonDocument::fromJson(dialect.requestBody(request)).object();
    const QJsonArray tools = body.value(QStringLiteral("tools")).toArray();
    QCOMPARE(tools.size(), 1);
    QJsonObject tool = tools.first().toObject();
    if (schemaKey.startsWith(u"function."))
        tool = tool.value(QStringLiteral("function")).toObject();
    QCOMPARE(tool.value(QStringLiteral("name")).toString(), QStringLiteral("get_weather"));
    const QJsonObject schema = tool.value(schemaKey.section(u'.', -1)).toObject();
    QCOMPARE(schema.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
    QVERIFY(schema.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("location")));
    // A named choice: the answer must be that call, so TTFT is the call's.
    const QJsonObject choice = body.value(QStringLiteral("tool_choice")).toObject();
    QCOMPARE(choice.value(QStringLiteral("type")).toString(), choiceType);
    const QString named = choiceType == u"function"
        ? choice.value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString()
        : choice.value(QStringLiteral("name")).toString();
    QCOMPARE(named, QStringLiteral("get_weather"));
}

void TestToolCalls::simulatorAnswersWithAToolCall_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("maxTokens");
    QTest::addColumn<QString>("finishReason");
    QTest::addRow("answer model") << QStringLiteral("qwen3-8b") << 200 << QStringLiteral("tool_calls");
    QTest::addRow("several tokens an event") << QStringLiteral("glm-5") << 200 << QStringLiteral("tool_calls");
    QTest::addRow("reasoning first") << QStringLiteral("deepseek-r1") << 200 << QStringLiteral("tool_calls");
    QTest::addRow("cut by max_tokens") << QStringLiteral("qwen3-8b") << 5 << QStringLiteral("length");
}

void TestToolCalls::simulatorAnswersWithAToolCall()
{
    QFETCH(QString, model);
    QFETCH(int, maxTokens);
    QFETCH(QString, finishReason);
    const Catalog catalog = Catalog::builtIn();
    SimRequest request;
    request.model = model;
    request.maxTokens = maxTokens;
    request.includeUsage = true;
    request.toolName = QStringLiteral("get_weather");
    const SimScript script = SimScript::make(*catalog.model(model), request);
    QCOMPARE(script.finishReason, finishReason);
    QCOMPARE(script.answerTokens, 0);
    QCOMPARE(script.reasoningTokens + script.toolTokens, qMin(maxTokens, script.reasoningTokens + 22));
    // Played back through the dialect, the stream is the call: the name, then
    // arguments that join into the JSON the script meant.
    QString call;
    int tokenEvents = 0;
    std::optional<qint64> usage;
    for (const SimEvent &e : script.events) {
        const StreamDelta d = OpenAiDialect().parseEvent(sseEvent(e.bytes));
        QVERIFY2(!d.malformed, e.bytes.constData());
        QCOMPARE(d.carriesToken(), e.token);
        tokenEvents += d.carriesToken();
        call += d.toolCall;
        QVERIFY(d.content.isEmpty());
        if (d.completionTokens)
            usage = d.completionTokens;
    }
    QVERIFY(tokenEvents > 1);
    QCOMPARE(call, script.toolName + script.toolArguments);
    QCOMPARE(usage, std::optional<qint64>(script.reasoningTokens + script.toolTokens));
    if (finishReason == u"tool_calls") {
        const QJsonObject arguments = QJsonDocument::fromJson(script.toolArguments.toUtf8()).object();
        QCOMPARE(arguments.value(QStringLiteral("location")).toString(), QStringLiteral("Paris, France"));
    }
}

void TestToolCalls::agentRunAgainstTheSimulatorTimesTheCall()
{
    const Catalog catalog = Catalog::builtIn();
    SimHost sim;
    QString error;
    QVERIFY2(sim.start(catalog, QHostAddress::LocalHost, 0, 20, 7, {}, &error), qPrintable(error));
    RunPlan plan = TestPlans::simulated(sim, {QStringLiteral("qwen3-8b"), QStringLiteral("deepseek-r1")},
                                        {QStringLiteral("us-east")}, 20);
    const auto agent = Workload::profileOf(QStringLiteral("agent"));
    QVERIFY(agent && agent->workload.toolCall);
    plan.workload = agent->workload;
    plan.prompt = agent->prompt;
    plan.maxTokens = agent->maxTokens;
    plan.iterations = 2;
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY2(controller.start(plan, &error), qPrintable(error));
    QVERIFY(finished.wait(60000));
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    const Leaderboard board(result, catalog, Leaderboard::RankBy::Ttft);
    QCOMPARE(board.rows().size(), 2);
    for (const LeaderboardRow &row : board.rows()) {
        const LaneSummary &lane = row.lane;
        QCOMPARE(lane.errors, 0);
        QVERIFY(lane.n >= 2);
        QCOMPARE(lane.toolCallMs.n, lane.n); // every request answered with the call
        QVERIFY2(lane.toolCharsPerS.n == lane.n && lane.toolCharsPerS.p50 > 0, qPrintable(lane.model));
        QVERIFY(lane.answerCharsPerS.isEmpty());
        QVERIFY(lane.tokensPerS.p50 > 0);
        // A reasoning model thinks first: its first token is reasoning, the call comes later.
        const bool reasoning = lane.model == u"deepseek-r1";
        QCOMPARE(lane.firstKind(), reasoning ? TokenKind::Reasoning : TokenKind::ToolCall);
        QVERIFY(reasoning ? lane.toolCallMs.p50 > lane.ttftAnyMs.p50 : lane.toolCallMs.p50 == lane.ttftAnyMs.p50);
    }
    const QString notes = board.notes().join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("qwen3-8b us-east: 2 of 2 requests answered with a tool call")),
             qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("a call to the tool get_weather required")), qPrintable(notes));
    for (const RequestRecord &r : result.records)
        QCOMPARE(r.timeline.finishReason, QStringLiteral("tool_calls"));
}

QTEST_GUILESS_MAIN(TestToolCalls)
#include "tst_toolcalls.moc"
