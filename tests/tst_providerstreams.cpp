#include "run/requestmetrics.h"
#include "scriptedserver.h"
#include "stream/openaidialect.h"
#include "stream/streamingrequest.h"
#include "testutil.h"
#include "transports.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Replays what real providers send (tests/data/streams, see its README) through
// a real StreamingRequest and OpenAiDialect, and checks what a user would read:
// the answer, the token count and its source, the status, and when TTFT fell.

namespace {

// Each SSE block (an event or a comment, up to its blank line) is its own write,
// kGapMs after the one before. The first token of any kind and the first answer
// text each come after a longer pause, as a queue or a thinking phase would
// make them, so a TTFT taken at the wrong event cannot pass.
constexpr int kGapMs = 4;
constexpr int kPauseMs = 80;
constexpr int kWaitMs = 10'000;

// Where the first tokens are: block indices into the fixture (comments count as
// blocks), and the index among token-bearing events of the first answer text.
struct FirstTokens
{
    int anyBlock = -1;
    int contentBlock = -1;
    int contentTokenIndex = -1;
};

// Splits a raw SSE body after each blank line, whatever the line ends (LF, CRLF, CR).
QList<QByteArray> blocksOf(const QByteArray &body)
{
    QList<QByteArray> blocks;
    qsizetype start = 0;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    while (i < body.size()) {
        const char c = body.at(i);
        if (c != '\n' && c != '\r') {
            ++i;
            continue;
        }
        const bool blankLine = i == lineStart;
        i += (c == '\r' && i + 1 < body.size() && body.at(i + 1) == '\n') ? 2 : 1;
        lineStart = i;
        if (blankLine) {
            blocks.append(body.mid(start, i - start));
            start = i;
        }
    }
    if (start < body.size())
        blocks.append(body.mid(start));
    return blocks;
}

QString describe(const RequestTimeline &t)
{
    return statusId(t.status) + QStringLiteral(": ") + t.error;
}

} // namespace

class TestProviderStreams final : public QObject
{
    Q_OBJECT

public:
    explicit TestProviderStreams(bool ownTransport)
        : m_transports(ownTransport)
    { }

private Q_SLOTS:
    void init();
    void replaysProviderStream_data();
    void replaysProviderStream();

private:
    std::unique_ptr<ScriptedServer> m_server;
    OpenAiDialect m_dialect;
    Transports m_transports;
};

void TestProviderStreams::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
}

void TestProviderStreams::replaysProviderStream_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<RequestStatus>("status");
    QTest::addColumn<QString>("error"); // part of the message a user reads; empty: no error at all
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<int>("tokenEvents");
    QTest::addColumn<qint64>("outputTokens"); // -1: no count
    QTest::addColumn<TokenSource>("source");
    QTest::addColumn<qint64>("promptTokens"); // -1: the server sent none
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<int>("events");   // data events handled, [DONE] included
    QTest::addColumn<int>("comments"); // SSE comment lines
    QTest::addColumn<FirstTokens>("first");

    // Role-only first chunk, "usage": null on every chunk, then the include_usage
    // chunk with empty choices: 7 tokens by usage against 5 token-bearing events.
    QTest::addRow("openai") << QStringLiteral("openai.sse") << RequestStatus::Ok << QString()
                            << QStringLiteral("Recursion is a function calling itself.") << QString() << 5 << qint64(7)
                            << TokenSource::Usage << qint64(11) << QStringLiteral("stop") << 9 << 0
                            << FirstTokens{1, 1, 0};
    // Keep-alive comments while queued; reasoning_content first, then content.
    QTest::addRow("deepseek-reasoner") << QStringLiteral("deepseek-reasoner.sse") << RequestStatus::Ok << QString()
                                       << QStringLiteral("2 + 2 = 4.") << QStringLiteral("The user asks for 2+2.") << 5
                                       << qint64(21) << TokenSource::Usage << qint64(9) << QStringLiteral("stop") << 8
                                       << 2 << FirstTokens{3, 6, 3};
    // ": OPENROUTER PROCESSING" while queued and once mid-stream: never a token.
    QTest::addRow("openrouter") << QStringLiteral("openrouter.sse") << RequestStatus::Ok << QString()
                                << QStringLiteral("There are three r's.") << QStringLiteral("Counting letters.") << 4
                                << qint64(9) << TokenSource::Usage << qint64(14) << QStringLiteral("stop") << 6 << 4
                                << FirstTokens{3, 6, 2};
    // Prompt-filter chunk with empty choices, filter annotations, no usage: an
    // estimate from the events, never a measured 0.
    QTest::addRow("azure-openai") << QStringLiteral("azure-openai.sse") << RequestStatus::Ok << QString()
                                  << QStringLiteral("A private endpoint keeps traffic off the internet.") << QString()
                                  << 4 << qint64(4) << TokenSource::Events << qint64(-1) << QStringLiteral("stop") << 9
                                  << 0 << FirstTokens{2, 2, 0};
    // continuous_usage_stats: cumulative usage on every chunk (0, 1, 2, 4, 7, 8, 8).
    // The count is the last one, never their sum (30), and finish_reason does not end the stream.
    QTest::addRow("vllm-continuous-usage")
        << QStringLiteral("vllm-continuous-usage.sse") << RequestStatus::Ok << QString()
        << QStringLiteral("Paris is the capital of France.") << QString() << 4 << qint64(8) << TokenSource::Usage
        << qint64(12) << QStringLiteral("stop") << 8 << 0 << FirstTokens{1, 1, 0};
    // Both "reasoning" and its deprecated copy "reasoning_content" on each delta:
    // the same text once, not twice.
    QTest::addRow("vllm-reasoning-both-fields")
        << QStringLiteral("vllm-reasoning-both-fields.sse") << RequestStatus::Ok << QString()
        << QStringLiteral("Paris.") << QStringLiteral("France's capital is Paris.") << 3 << qint64(3)
        << TokenSource::Events << qint64(-1) << QStringLiteral("stop") << 6 << 0 << FirstTokens{1, 3, 2};
    // "content": null in the role chunk; usage and llama.cpp's own "timings" in the last chunk.
    QTest::addRow("llamacpp-server") << QStringLiteral("llamacpp-server.sse") << RequestStatus::Ok << QString()
                                     << QStringLiteral("Hello! How can I help?") << QString() << 4 << qint64(6)
                                     << TokenSource::Usage << qint64(75) << QStringLiteral("stop") << 8 << 0
                                     << FirstTokens{1, 1, 0};
    // sse-starlette frames every event with CRLF and pings with a comment.
    QTest::addRow("llama-cpp-python-crlf")
        << QStringLiteral("llama-cpp-python-crlf.sse") << RequestStatus::Ok << QString()
        << QStringLiteral("Recursion repeats itself.") << QString() << 3 << qint64(3) << TokenSource::Events
        << qint64(-1) << QStringLiteral("stop") << 6 << 1 << FirstTokens{2, 2, 0};
    // finish_reason "stop" on every chunk: all text kept, the stream ends at [DONE].
    QTest::addRow("gateway-finish-every-chunk")
        << QStringLiteral("gateway-finish-every-chunk.sse") << RequestStatus::Ok << QString()
        << QStringLiteral("17 × 23 = 391, and 391 + 45 = 436.") << QStringLiteral("Multiply 17 by 23; then add 45.")
        << 4 << qint64(4) << TokenSource::Events << qint64(-1) << QStringLiteral("stop") << 5 << 0
        << FirstTokens{0, 2, 2};
    // An error event after two tokens, then [DONE] anyway: the [DONE] must not make it "ok".
    QTest::addRow("vllm-error-then-done")
        << QStringLiteral("vllm-error-then-done.sse") << RequestStatus::StreamError
        << QStringLiteral("127.0.0.1 reported an error inside the stream: Background loop has errored already. (400)")
        << QStringLiteral("The answer") << QString() << 2 << qint64(2) << TokenSource::Events << qint64(-1) << QString()
        << 4 << 0 << FirstTokens{1, 1, 0};
    // OpenRouter's documented mid-stream error: top-level error and finish_reason "error", then the end.
    QTest::addRow("openrouter-midstream-error")
        << QStringLiteral("openrouter-midstream-error.sse") << RequestStatus::StreamError
        << QStringLiteral("127.0.0.1 reported an error inside the stream: Provider disconnected (server_error)")
        << QStringLiteral("Once upon a time") << QString() << 2 << qint64(2) << TokenSource::Events << qint64(-1)
        << QStringLiteral("error") << 3 << 1 << FirstTokens{1, 1, 0};
}

void TestProviderStreams::replaysProviderStream()
{
    QFETCH(QString, fixture);
    QFETCH(RequestStatus, status);
    QFETCH(QString, error);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(int, tokenEvents);
    QFETCH(qint64, outputTokens);
    QFETCH(TokenSource, source);
    QFETCH(qint64, promptTokens);
    QFETCH(QString, finishReason);
    QFETCH(int, events);
    QFETCH(int, comments);
    QFETCH(FirstTokens, first);

    const QByteArray body = TestUtil::readData(QStringLiteral("streams/") + fixture);
    QVERIFY2(!body.isEmpty(), qPrintable(fixture));
    const QList<QByteArray> blocks = blocksOf(body);
    QCOMPARE(blocks.join(), body); // nothing lost in the split
    QVERIFY(first.anyBlock >= 0 && first.contentBlock < blocks.size());

    QList<ScriptStep> script{ScriptStep::write(ScriptedServer::head(200))};
    QList<int> sentAfterMs; // the least time after the request at which each block can arrive
    int elapsedMs = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const int delayMs = (i == first.anyBlock || i == first.contentBlock) ? kPauseMs : kGapMs;
        elapsedMs += delayMs;
        sentAfterMs.append(elapsedMs);
        script.append(ScriptStep::write(blocks.at(i), delayMs));
    }
    script.append(ScriptStep::close());
    m_server->setScript(script);

    const auto request = m_transports.request(StreamTarget{m_server->baseUrl(), {}, &m_dialect, {}, true},
                                              ChatRequest{QStringLiteral("test-model"),
                                                          QStringLiteral("Explain recursion"), 64, true});
    QSignalSpy finished(request.get(), &StreamingRequest::finished);
    request->start();
    if (finished.isEmpty()) // a real event loop: QTRY_* sleeps and would delay the timestamps
        finished.wait(kWaitMs);
    QCOMPARE(finished.size(), 1);
    const RequestTimeline &t = request->timeline();
    const RequestMetrics m = RequestMetrics::from(t, 1.0);

    // What the stream said.
    QVERIFY2(t.status == status, qPrintable(describe(t)));
    if (error.isEmpty())
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    else
        QVERIFY2(t.error.contains(error), qPrintable(t.error));
    QCOMPARE(t.httpStatus, 200);
    QCOMPARE(t.text, text);
    QCOMPARE(t.reasoningText, reasoning);
    QCOMPARE(t.tokenEventsUs.size(), tokenEvents);
    QCOMPARE(t.events, events);
    QCOMPARE(t.comments, comments);
    QCOMPARE(t.finishReason, finishReason);
    QCOMPARE(t.usagePromptTokens.value_or(-1), promptTokens);

    // The count and where it came from: usage when the server sent it, else the
    // token-bearing events, and never 0 claimed as measured.
    QCOMPARE(tokenSourceId(m.tokenSource), tokenSourceId(source));
    QCOMPARE(m.outputTokens.value_or(-1), outputTokens);
    QVERIFY(!m.outputTokens || *m.outputTokens > 0);

    // When the first tokens arrived: at the right events, not before the server
    // could have sent them, and never answer text before any token.
    QVERIFY(m.ttftAnyMs && m.ttftMs && m.headersMs && m.e2eMs);
    QCOMPARE(t.firstAnyUs, t.tokenEventsUs.constFirst());
    QCOMPARE(t.firstContentUs, t.tokenEventsUs.at(first.contentTokenIndex));
    const int anySentMs = sentAfterMs.at(first.anyBlock);
    const int contentSentMs = sentAfterMs.at(first.contentBlock);
    QVERIFY2(t.firstAnyUs >= anySentMs * 1000,
             qPrintable(QStringLiteral("ttft_any %1 us, sent after %2 ms").arg(t.firstAnyUs).arg(anySentMs)));
    QVERIFY2(t.firstContentUs >= contentSentMs * 1000,
             qPrintable(QStringLiteral("ttft %1 us, sent after %2 ms").arg(t.firstContentUs).arg(contentSentMs)));
    if (first.contentTokenIndex > 0)
        QVERIFY(*m.ttftAnyMs < *m.ttftMs);
    else
        QCOMPARE(*m.ttftAnyMs, *m.ttftMs);
    QCOMPARE(*m.ttftMs, t.firstContentUs / 1000.0);
    QVERIFY(*m.headersMs <= *m.ttftAnyMs);
    QVERIFY(t.endUs >= t.lastTokenUs());
    if (status == RequestStatus::Ok) // ended at [DONE], the last block
        QVERIFY2(t.endUs >= sentAfterMs.constLast() * 1000, qPrintable(QString::number(t.endUs)));

    // Decode speed uses the same count, over first to last token of any kind.
    const qint32 span = t.lastTokenUs() - t.firstAnyUs;
    QVERIFY(span > 0);
    QVERIFY(m.tokensPerS.has_value());
    QVERIFY(qFuzzyCompare(*m.tokensPerS, double(outputTokens - 1) / (span / 1e6)));
    QCOMPARE(m.itl.has_value(), tokenEvents > 1);
}

int main(int argc, char *argv[])
{
    return runOverBothTransports<TestProviderStreams>(argc, argv);
}
#include "tst_providerstreams.moc"
