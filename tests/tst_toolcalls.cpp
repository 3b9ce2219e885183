// An answer that is a tool call is generated text too: its name and streamed
// arguments are timed like any token (OpenAI tool_calls, Anthropic tool_use),
// so an agent's request gets a TTFT and a tokens/s, never an empty "ok".
#include "run/requestmetrics.h"
#include "scriptedserver.h"
#include "stream/anthropicdialect.h"
#include "stream/openaidialect.h"
#include "stream/sseevent.h"
#include "stream/streamingrequest.h"
#include "testutil.h"

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

QTEST_GUILESS_MAIN(TestToolCalls)
#include "tst_toolcalls.moc"
