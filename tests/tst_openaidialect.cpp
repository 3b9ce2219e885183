#include "stream/openaidialect.h"
#include "stream/ssedecoder.h"
#include "stream/sseevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

SseEvent sseEvent(const QByteArray &data, const QByteArray &type = QByteArrayLiteral("message"))
{
    SseEvent e;
    e.type = type;
    e.data = data;
    return e;
}

QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

class TestOpenAiDialect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBody_data();
    void requestBody();
    void headers();
    void parseEvent_data();
    void parseEvent();
    void inStreamErrorKeepsTheProviderWords_data();
    void inStreamErrorKeepsTheProviderWords();
    void malformedEventsSayWhy_data();
    void malformedEventsSayWhy();
    void countsOutOfRangeAreNamed_data();
    void countsOutOfRangeAreNamed();
    void finishReasonError();
    void wholeStreamThroughTheDecoder();
    void errorMessageFromBody_data();
    void errorMessageFromBody();

private:
    OpenAiDialect m_dialect;
};

void TestOpenAiDialect::requestBody_data()
{
    QTest::addColumn<bool>("includeUsage");
    QTest::addRow("with usage") << true;
    QTest::addRow("without usage") << false;
}

void TestOpenAiDialect::requestBody()
{
    QFETCH(bool, includeUsage);
    // Quotes, a newline and non-ASCII text must survive the JSON encoding.
    const QString prompt = QString::fromUtf8("Say \"hi\"\nin 中文");
    const QByteArray body = m_dialect.requestBody(ChatRequest{QStringLiteral("gpt-4o-mini"), prompt, 77, includeUsage});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(), prompt);
    QCOMPARE(o.value(QStringLiteral("stream")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("max_tokens")).toInt(), 77);
    const QJsonValue options = o.value(QStringLiteral("stream_options"));
    if (includeUsage)
        QCOMPARE(options.toObject().value(QStringLiteral("include_usage")), QJsonValue(true));
    else // some servers reject stream_options altogether, so it is left out, not set false
        QVERIFY(options.isUndefined());
}

void TestOpenAiDialect::headers()
{
    const auto withKey = m_dialect.headers(QStringLiteral("sk-test-123"));
    QCOMPARE(header(withKey, "Authorization"), QByteArray("Bearer sk-test-123"));
    QCOMPARE(header(withKey, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(header(withKey, "Accept"), QByteArray("text/event-stream"));

    // A local server needs no key: no "Bearer " with nothing after it.
    const auto withoutKey = m_dialect.headers(QString());
    for (const auto &h : withoutKey)
        QVERIFY2(h.first.compare("Authorization", Qt::CaseInsensitive) != 0, h.second.constData());
    QCOMPARE(header(withoutKey, "Accept"), QByteArray("text/event-stream"));
    QCOMPARE(withoutKey.size(), withKey.size() - 1);
}

void TestOpenAiDialect::parseEvent_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<qint64>("completionTokens"); // -1: none
    QTest::addColumn<qint64>("promptTokens");     // -1: none
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<bool>("done");
    QTest::addColumn<bool>("error");
    QTest::addColumn<bool>("malformed");

    const QString none;
    const qint64 no = -1;
    QTest::addRow("content") << QByteArray(
        R"({"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hello"},"logprobs":null,"finish_reason":null}],"usage":null})")
                             << QStringLiteral("Hello") << none << no << no << none << false << false << false;
    QTest::addRow("reasoning_content (DeepSeek)") << QByteArray(
        R"({"choices":[{"index":0,"delta":{"content":null,"reasoning_content":"Let me think"},"finish_reason":null}]})")
                                                  << none << QStringLiteral("Let me think") << no << no << none << false
                                                  << false << false;
    QTest::addRow("reasoning (OpenRouter, vLLM)") << QByteArray(
        R"({"choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning":"Hmm"},"finish_reason":null}]})")
                                                  << none << QStringLiteral("Hmm") << no << no << none << false << false
                                                  << false;
    QTest::addRow("reasoning and content together")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"reasoning_content":"so 4.","content":"Four"}}]})")
        << QStringLiteral("Four") << QStringLiteral("so 4.") << no << no << none << false << false << false;
    QTest::addRow("role-only first chunk") << QByteArray(
        R"({"choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"usage":null})")
                                           << none << none << no << no << none << false << false << false;
    QTest::addRow("empty content") << QByteArray(R"({"choices":[{"index":0,"delta":{"content":""}}]})") << none << none
                                   << no << no << none << false << false << false;
    QTest::addRow("final usage chunk") << QByteArray(
        R"({"id":"c1","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":34,"total_tokens":46}})")
                                       << none << none << qint64(34) << qint64(12) << none << false << false << false;
    QTest::addRow("usage on the finish chunk") << QByteArray(
        R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":7}})")
                                               << none << none << qint64(7) << qint64(5) << QStringLiteral("stop")
                                               << false << false << false;
    QTest::addRow("usage inside the choice") << QByteArray(
        R"({"choices":[{"index":0,"delta":{"content":"."},"finish_reason":"stop","usage":{"prompt_tokens":3,"completion_tokens":9}}]})")
                                             << QStringLiteral(".") << none << qint64(9) << qint64(3)
                                             << QStringLiteral("stop") << false << false << false;
    QTest::addRow("finish_reason is not the end of stream")
        << QByteArray(R"({"choices":[{"index":0,"delta":{},"finish_reason":"length"}]})") << none << none << no << no
        << QStringLiteral("length") << false << false << false;
    QTest::addRow("[DONE]") << QByteArray("[DONE]") << none << none << no << no << none << true << false << false;
    QTest::addRow("[DONE] after a second space")
        << QByteArray(" [DONE]") << none << none << no << no << none << true << false << false;
    QTest::addRow("Azure prompt filter chunk") << QByteArray(
        R"({"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":[{"prompt_index":0,"content_filter_results":{"hate":{"filtered":false,"severity":"safe"},"self_harm":{"filtered":false,"severity":"safe"}}}]})")
                                               << none << none << no << no << none << false << false << false;
    QTest::addRow("second choice not measured")
        << QByteArray(R"({"choices":[{"index":1,"delta":{"content":"other"}}]})") << none << none << no << no << none
        << false << false << false;
    QTest::addRow("in-stream error") << QByteArray(R"({"error":{"message":"Upstream timed out","code":502}})") << none
                                     << none << no << no << none << false << true << false;
    QTest::addRow("error: null is no error")
        << QByteArray(R"({"error":null,"choices":[{"index":0,"delta":{"content":"ok"}}]})") << QStringLiteral("ok")
        << none << no << no << none << false << false << false;
    QTest::addRow("malformed JSON") << QByteArray(R"({"choices":[{"index":0,"delta":{"content":"cut)") << none << none
                                    << no << no << none << false << false << true;
    QTest::addRow("JSON array") << QByteArray("[1,2]") << none << none << no << no << none << false << false << true;
}

void TestOpenAiDialect::parseEvent()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, content);
    QFETCH(QString, reasoning);
    QFETCH(qint64, completionTokens);
    QFETCH(qint64, promptTokens);
    QFETCH(QString, finishReason);
    QFETCH(bool, done);
    QFETCH(bool, error);
    QFETCH(bool, malformed);

    const StreamDelta d = m_dialect.parseEvent(sseEvent(data));
    QCOMPARE(d.content, content);
    QCOMPARE(d.reasoning, reasoning);
    QCOMPARE(d.carriesToken(), !content.isEmpty() || !reasoning.isEmpty());
    QCOMPARE(d.completionTokens.value_or(-1), completionTokens);
    QCOMPARE(d.promptTokens.value_or(-1), promptTokens);
    QCOMPARE(d.finishReason, finishReason);
    QCOMPARE(d.done, done);
    QCOMPARE(d.error, error);
    QCOMPARE(d.malformed, malformed);
    QCOMPARE(d.errorMessage.isEmpty(), !error && !malformed);
}

void TestOpenAiDialect::inStreamErrorKeepsTheProviderWords_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::addRow("object with code")
        << QByteArray("message")
        << QByteArray(
               R"({"error":{"message":"Rate limit reached for gpt-4o","type":"requests","code":"rate_limit_exceeded"}})")
        << QStringLiteral("Rate limit reached for gpt-4o (rate_limit_exceeded)");
    QTest::addRow("numeric code already in the message")
        << QByteArray("message") << QByteArray(R"({"error":{"message":"Error 429: slow down","code":429}})")
        << QStringLiteral("Error 429: slow down");
    QTest::addRow("plain string") << QByteArray("message") << QByteArray(R"({"error":"model overloaded"})")
                                  << QStringLiteral("model overloaded");
    QTest::addRow("event: error") << QByteArray("error") << QByteArray(R"({"type":"error","message":"Overloaded"})")
                                  << QStringLiteral("Overloaded");
}

void TestOpenAiDialect::inStreamErrorKeepsTheProviderWords()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const StreamDelta d = m_dialect.parseEvent(sseEvent(data, type));
    QVERIFY(d.error);
    QVERIFY(!d.malformed);
    QVERIFY(!d.done);
    QCOMPARE(d.errorMessage, message);
}

void TestOpenAiDialect::malformedEventsSayWhy_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addRow("cut JSON") << QByteArray(R"({"choices":[)");
    QTest::addRow("HTML") << QByteArray("<html>oops</html>");
    QTest::addRow("array") << QByteArray(R"([{"choices":[]}])");
    QTest::addRow("number") << QByteArray("42");
}

void TestOpenAiDialect::malformedEventsSayWhy()
{
    QFETCH(QByteArray, data);
    const StreamDelta d = m_dialect.parseEvent(sseEvent(data));
    QVERIFY(d.malformed);
    QVERIFY(!d.error);
    QVERIFY(!d.carriesToken());
    QVERIFY2(d.errorMessage.size() > 3, qPrintable(d.errorMessage));
}

void TestOpenAiDialect::countsOutOfRangeAreNamed_data()
{
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<QString>("message");
    QTest::addRow("1e300") << QByteArray(R"("completion_tokens":1e300)")
                           << QStringLiteral("usage completion_tokens 1e+300 is not a count");
    QTest::addRow("5e9") << QByteArray(R"("completion_tokens":5e9)")
                         << QStringLiteral("usage completion_tokens 5e+09 is not a count");
    QTest::addRow("negative") << QByteArray(R"("completion_tokens":-7)")
                              << QStringLiteral("usage completion_tokens -7 is not a count");
    QTest::addRow("fraction") << QByteArray(R"("completion_tokens":1.5)")
                              << QStringLiteral("usage completion_tokens 1.5 is not a count");
    QTest::addRow("string") << QByteArray(R"("completion_tokens":"12")")
                            << QStringLiteral("usage completion_tokens \"12\" is not a count");
    QTest::addRow("prompt") << QByteArray(R"("prompt_tokens":1e19,"completion_tokens":3)")
                            << QStringLiteral("usage prompt_tokens 1e+19 is not a count");
}

void TestOpenAiDialect::countsOutOfRangeAreNamed()
{
    // A count beyond what any answer has is refused before it is converted (never undefined behaviour).
    QFETCH(QByteArray, usage);
    QFETCH(QString, message);
    const StreamDelta d = m_dialect.parseEvent(sseEvent(R"({"choices":[],"usage":{)" + usage + "}}"));
    QVERIFY(d.malformed);
    QCOMPARE(d.errorMessage, message);
    QVERIFY(!d.completionTokens || *d.completionTokens == 3);
    // In range, the same field is a count.
    const StreamDelta ok = m_dialect.parseEvent(sseEvent(R"({"choices":[],"usage":{"completion_tokens":1000000000}})"));
    QVERIFY(!ok.malformed);
    QCOMPARE(*ok.completionTokens, 1'000'000'000);
}

void TestOpenAiDialect::finishReasonError()
{
    // Alone, finish_reason "error" still tells the user the answer broke off.
    const StreamDelta bare = m_dialect.parseEvent(
        sseEvent(R"({"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})"));
    QVERIFY(bare.error);
    QCOMPARE(bare.finishReason, QStringLiteral("error"));
    QVERIFY(bare.errorMessage.contains(QStringLiteral("error")));
    QVERIFY(!bare.done);

    // OpenRouter's mid-stream error: the provider's own words win over the generic text.
    const StreamDelta routed = m_dialect.parseEvent(sseEvent(
        R"({"id":"gen-1","error":{"code":"server_error","message":"Provider disconnected"},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})"));
    QVERIFY(routed.error);
    QCOMPARE(routed.errorMessage, QStringLiteral("Provider disconnected (server_error)"));
}

void TestOpenAiDialect::wholeStreamThroughTheDecoder()
{
    const QByteArray wire
        = ": OPENROUTER PROCESSING\r\n\r\n"
          R"(data: {"choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning":"2+2"},"finish_reason":null}]})"
          "\r\n\r\n"
          R"(data: {"choices":[{"index":0,"delta":{"content":"你好"},"finish_reason":null}]})"
          "\r\n\r\n"
          R"(data: {"choices":[{"index":0,"delta":{"content":", 4"},"finish_reason":"stop"}]})"
          "\r\n\r\n"
          R"(data: {"choices":[],"usage":{"prompt_tokens":8,"completion_tokens":5}})"
          "\r\n\r\n"
          "data: [DONE]\r\n\r\n";
    SseDecoder decoder;
    QString content;
    QString reasoning;
    int tokenEvents = 0;
    std::optional<qint64> usage;
    bool done = false;
    // Two bytes at a time, so the CJK text and the CRLFs are cut up on the way.
    for (qsizetype at = 0; at < wire.size(); at += 2) {
        for (const SseEvent &e : decoder.feed(QByteArrayView(wire).sliced(at, qMin<qsizetype>(2, wire.size() - at)))) {
            const StreamDelta d = m_dialect.parseEvent(e);
            QVERIFY2(!d.malformed && !d.error, qPrintable(d.errorMessage));
            content += d.content;
            reasoning += d.reasoning;
            tokenEvents += d.carriesToken() ? 1 : 0;
            if (d.completionTokens)
                usage = d.completionTokens;
            done = done || d.done;
        }
    }
    QCOMPARE(content, QString::fromUtf8("你好, 4"));
    QCOMPARE(reasoning, QStringLiteral("2+2"));
    QCOMPARE(tokenEvents, 3);
    QCOMPARE(usage.value_or(-1), qint64(5));
    QVERIFY(done);
    QCOMPARE(decoder.commentCount(), 1);
}

void TestOpenAiDialect::errorMessageFromBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addRow("OpenAI error object") << QByteArray(
        R"({"error":{"message":"Incorrect API key provided: sk-abc.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
                                         << QStringLiteral("Incorrect API key provided: sk-abc. (invalid_api_key)");
    QTest::addRow("numeric code") << QByteArray(R"({"error":{"message":"Provider returned error","code":429}})")
                                  << QStringLiteral("Provider returned error (429)");
    QTest::addRow("code only") << QByteArray(R"({"error":{"code":"model_not_found"}})")
                               << QStringLiteral("model_not_found");
    QTest::addRow("plain string error") << QByteArray(R"({"error":"Model not loaded"})")
                                        << QStringLiteral("Model not loaded");
    QTest::addRow("detail (vLLM, FastAPI)") << QByteArray(R"({"detail":"Not Found"})") << QStringLiteral("Not Found");
    QTest::addRow("vLLM error response") << QByteArray(
        R"({"object":"error","message":"The model `x` does not exist.","type":"NotFoundError","param":null,"code":404})")
                                         << QStringLiteral("The model `x` does not exist.");
    QTest::addRow("nginx 502 page") << QByteArray(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
        "<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n"
        "<!-- a padding to disable MSIE and Chrome friendly error page -->\r\n")
                                    << QStringLiteral("502 Bad Gateway nginx");
    QTest::addRow("plain text") << QByteArray("upstream connect error or disconnect/reset before headers\n")
                                << QStringLiteral("upstream connect error or disconnect/reset before headers");
    QTest::addRow("long text") << QByteArray(1000, 'x') << QString(300, u'x') + QStringLiteral("…");
}

void TestOpenAiDialect::errorMessageFromBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(m_dialect.errorMessageFromBody(body), message);
}

QTEST_GUILESS_MAIN(TestOpenAiDialect)
#include "tst_openaidialect.moc"
