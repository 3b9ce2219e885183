#include "kernelstamps.h"
#include "run/requestmetrics.h"
#include "scriptedserver.h"
#include "stream/openaidialect.h"
#include "stream/streamingrequest.h"
#include "stream/transporterror.h"
#include "transports.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

const QByteArray kToken = R"(data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]})"
                          "\n\n";
const QByteArray kFinish = R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
                           "\n\n";
const QByteArray kDone = "data: [DONE]\n\n";

} // namespace

class TestStreamingRequest final : public QObject
{
    Q_OBJECT

public:
    explicit TestStreamingRequest(bool ownTransport)
        : m_transports(ownTransport)
    { }

private Q_SLOTS:
    void init();
    void sendsTheRequestTheWayProvidersExpect();
    void measuresAHealthyStream();
    void endings_data();
    void endings();
    void timeouts_data();
    void timeouts();
    void unreachableEndpoint();
    void doneWithoutCloseStillMeasuresAtDone();
    void cancelEndsAtOnce();
    void decompressionIsNamedOnlyForDecompression();

private:
    RequestTimeline run(const QList<ScriptStep> &script, const Timeouts &timeouts = {}, const QString &key = {},
                        int waitMs = 5000);

    std::unique_ptr<ScriptedServer> m_server;
    OpenAiDialect m_dialect;
    Transports m_transports;
    bool m_kernelStamps = false;
};

void TestStreamingRequest::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
#ifdef Q_OS_LINUX
    m_kernelStamps = KernelStamps::waitUntilOn(); // the arrival clock checked below
#endif
}

RequestTimeline TestStreamingRequest::run(const QList<ScriptStep> &script, const Timeouts &timeouts, const QString &key,
                                          int waitMs)
{
    m_server->setScript(script);
    const auto request = m_transports.request(StreamTarget{m_server->baseUrl(), key, &m_dialect, timeouts, true},
                                              ChatRequest{QStringLiteral("test-model"),
                                                          QStringLiteral("Explain recursion"), 40, true});
    QSignalSpy finished(request.get(), &StreamingRequest::finished);
    request->start();
    if (finished.isEmpty()) // a real event loop: QTRY_* sleeps and would delay the timestamps
        finished.wait(waitMs);
    return request->timeline();
}

void TestStreamingRequest::sendsTheRequestTheWayProvidersExpect()
{
    const RequestTimeline t = run(ScriptedServer::sse(kToken + kFinish + kDone), {}, QStringLiteral("sk-test-123"));
    QCOMPARE(t.status, RequestStatus::Ok);
#ifdef Q_OS_LINUX
    // Who timed the reads: the kernel on plain TCP (the engine's transport), Qt's hand-over otherwise.
    QCOMPARE(t.arrivalClock,
             !m_transports.own()  ? ArrivalClock::EngineThread
                 : m_kernelStamps ? ArrivalClock::Kernel
                                  : ArrivalClock::ReadingThread);
#endif
    QCOMPARE(m_server->requests().size(), 1);
    const HttpRequest &req = m_server->requests().constFirst();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(req.header("authorization"), QByteArray("Bearer sk-test-123"));
    QCOMPARE(req.header("x-request-id"), t.requestId);
    QVERIFY(req.header("content-type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
    QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 40);
    QCOMPARE(body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool(),
             true);

    run(ScriptedServer::sse(kToken + kFinish + kDone));
    QVERIFY(m_server->requests().constLast().header("authorization").isEmpty()); // no key, no header
}

void TestStreamingRequest::measuresAHealthyStream()
{
    const QByteArray role = R"(data: {"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})"
                            "\n\n";
    const QByteArray usage = R"(data: {"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":5}})"
                             "\n\n";
    const RequestTimeline t = run(
        ScriptedServer::sse(": keep-alive\n\n" + role + kToken + kToken + kToken + kFinish + usage + kDone, 30));
    QCOMPARE(t.status, RequestStatus::Ok);
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.httpStatus, 200);
    QCOMPARE(t.tokenEventsUs.size(), 3); // role, finish, usage and comment are not tokens
    QCOMPARE(t.comments, 1);
    QCOMPARE(t.text, QStringLiteral("HiHiHi"));
    QCOMPARE(*t.usageCompletionTokens, 5);
    QCOMPARE(*t.usagePromptTokens, 9);
    QCOMPARE(t.finishReason, QStringLiteral("stop"));
    QVERIFY(t.sendMonoNs > 0);
    // One clock, in order, and the 30 ms gaps show.
    QVERIFY(t.headersUs >= 0);
    QVERIFY(t.headersUs <= t.firstAnyUs);
    QCOMPARE(t.firstAnyUs, t.firstContentUs);
    QVERIFY(t.firstAnyUs >= 3 * 25'000); // after the comment and role events
    QVERIFY(t.tokenEventsUs.at(2) - t.tokenEventsUs.at(0) >= 2 * 25'000);
    QVERIFY(t.endUs >= t.lastTokenUs());
    const RequestMetrics m = RequestMetrics::from(t);
    QCOMPARE(m.tokenSource, TokenSource::Usage);
    QVERIFY(*m.tokensPerS > 0);
}

void TestStreamingRequest::endings_data()
{
    QTest::addColumn<QList<ScriptStep>>("script");
    QTest::addColumn<RequestStatus>("status");
    QTest::addColumn<QString>("message"); // part of the error a user reads
    QTest::addColumn<int>("tokens");

    const QByteArray errorJson
        = R"({"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}})";
    QTest::addRow("http 429 with the provider's message")
        << ScriptedServer::whole(429, "application/json", errorJson) << RequestStatus::HttpError
        << QStringLiteral("HTTP 429 from 127.0.0.1: Rate limit reached for requests (rate_limit_exceeded)") << 0;
    QTest::addRow("http 401")
        << ScriptedServer::whole(401, "application/json", R"({"error":{"message":"Incorrect API key provided"}})")
        << RequestStatus::HttpError
        << QStringLiteral("no API key was sent, and 127.0.0.1 wants one (HTTP 401): Incorrect API key provided") << 0;
    QTest::addRow("http 502 html page") << ScriptedServer::whole(
        502, "text/html", "<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>")
                                        << RequestStatus::HttpError << QStringLiteral("502 Bad Gateway nginx") << 0;
    QTest::addRow("answered without streaming")
        << ScriptedServer::whole(200, "application/json",
                                 R"({"object":"chat.completion","choices":[{"message":{"content":"Hi"}}]})")
        << RequestStatus::NotSse << QStringLiteral("answered without streaming") << 0;
    QTest::addRow("not an event stream") << ScriptedServer::whole(200, "text/plain", "hello") << RequestStatus::NotSse
                                         << QStringLiteral("did not answer with an event stream") << 0;
    QTest::addRow("ends without [DONE] or finish_reason")
        << ScriptedServer::sse(kToken + kToken) << RequestStatus::Truncated << QStringLiteral("ended without [DONE]")
        << 2;
    QTest::addRow("cut-off event is discarded")
        << ScriptedServer::sse(kToken + R"(data: {"choices":[{"index":0,"delta":{"content":"lost"}}]})")
        << RequestStatus::Truncated << QStringLiteral("unfinished event at the end was discarded") << 1;
    QTest::addRow("connection reset mid-stream")
        << QList<ScriptStep>{ScriptStep::write(ScriptedServer::head(200) + kToken), ScriptStep::reset(30)}
        << RequestStatus::Truncated << QStringLiteral("ended without [DONE]") << 1;
    QTest::addRow("closes after finish_reason without [DONE]")
        << ScriptedServer::sse(kToken + kFinish) << RequestStatus::Ok << QString() << 1;
    QTest::addRow("finish_reason on every chunk: the stream goes on to [DONE]")
        << ScriptedServer::sse(kFinish + kToken + kFinish + kToken + kFinish + kDone) << RequestStatus::Ok << QString()
        << 2;
    QTest::addRow("error object inside the stream, then [DONE]")
        << ScriptedServer::sse(kToken
                               + R"(data: {"error":{"message":"upstream overloaded","code":529}})"
                                 "\n\n"
                               + kDone)
        << RequestStatus::StreamError << QStringLiteral("upstream overloaded (529)") << 1;
    QTest::addRow("malformed event") << ScriptedServer::sse(kToken + "data: {not json\n\n" + kDone)
                                     << RequestStatus::Malformed << QStringLiteral("malformed event") << 1;
    QTest::addRow("200 with a JSON error and no stream")
        << ScriptedServer::whole(200, "application/json", R"({"error":{"message":"model is loading"}})")
        << RequestStatus::StreamError << QStringLiteral("model is loading") << 0;
}

void TestStreamingRequest::endings()
{
    QFETCH(QList<ScriptStep>, script);
    QFETCH(RequestStatus, status);
    QFETCH(QString, message);
    QFETCH(int, tokens);
    const RequestTimeline t = run(script);
    QVERIFY2(t.status == status, qPrintable(statusId(t.status) + QStringLiteral(": ") + t.error));
    QVERIFY2(t.error.contains(message), qPrintable(t.error));
    QCOMPARE(t.tokenEventsUs.size(), tokens);
    QVERIFY(t.endUs >= 0);
}

void TestStreamingRequest::timeouts_data()
{
    QTest::addColumn<QList<ScriptStep>>("script");
    QTest::addColumn<Timeouts>("timeouts");
    QTest::addColumn<RequestStatus>("status");
    QTest::addColumn<int>("minMs");

    QTest::addRow("no first token") << QList<ScriptStep>{ScriptStep::write(ScriptedServer::head(200)),
                                                         ScriptStep::hang()}
                                    << Timeouts{5, 0.3, 0, 10} << RequestStatus::FirstTokenTimeout << 300;
    QTest::addRow("silent mid-answer") << QList<ScriptStep>{ScriptStep::write(ScriptedServer::head(200) + kToken),
                                                            ScriptStep::hang()}
                                       << Timeouts{5, 5, 0.3, 10} << RequestStatus::IdleTimeout << 300;
    QList<ScriptStep> trickle{ScriptStep::write(ScriptedServer::head(200))};
    for (int i = 0; i < 40; ++i)
        trickle.append(ScriptStep::write(kToken, 50));
    QTest::addRow("answer too long") << trickle << Timeouts{5, 5, 1, 0.5} << RequestStatus::TotalTimeout << 500;
}

void TestStreamingRequest::timeouts()
{
    QFETCH(QList<ScriptStep>, script);
    QFETCH(Timeouts, timeouts);
    QFETCH(RequestStatus, status);
    QFETCH(int, minMs);
    const RequestTimeline t = run(script, timeouts);
    QVERIFY2(t.status == status, qPrintable(statusId(t.status) + QStringLiteral(": ") + t.error));
    QVERIFY2(t.error.contains(QStringLiteral(" s")), qPrintable(t.error)); // says how long it waited
    QVERIFY(t.endUs >= minMs * 1000);
    QVERIFY(t.endUs < (minMs + 3000) * 1000);
}

void TestStreamingRequest::unreachableEndpoint()
{
    QTcpServer probe; // find a free port, then free it: nothing listens there
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const auto request = m_transports.request(
        StreamTarget{QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), {}, &m_dialect, {}, false},
        ChatRequest{QStringLiteral("m"), QStringLiteral("p"), 10, true});
    QSignalSpy finished(request.get(), &StreamingRequest::finished);
    request->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(request->timeline().status, RequestStatus::ConnectionRefused);
    // The port too: it is often what is wrong (a local server on another one).
    QVERIFY2(request->timeline().error.startsWith(QStringLiteral("127.0.0.1:%1 refused the connection").arg(port)),
             qPrintable(request->timeline().error));
}

void TestStreamingRequest::doneWithoutCloseStillMeasuresAtDone()
{
    // A server that never ends the response after [DONE]: the measurement ends at [DONE].
    const RequestTimeline t = run({ScriptStep::write(ScriptedServer::head(200) + kToken + kFinish + kDone),
                                   ScriptStep::hang()},
                                  Timeouts{5, 5, 30, 30});
    QCOMPARE(t.status, RequestStatus::Ok);
    QVERIFY2(t.endUs < 1'000'000, qPrintable(QString::number(t.endUs)));
}

// A framing error that quotes a server's "compress" coding is the server
// breaking HTTP; only a failed decompression is called one.
void TestStreamingRequest::decompressionIsNamedOnlyForDecompression()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:1/v1/chat/completions"));
    const auto framing = TransportError::of(
        QNetworkReply::ProtocolFailure, url, {},
        QStringLiteral("the response's transfer coding \"compress\" is not supported (only chunked is)"));
    QVERIFY(framing);
    QVERIFY2(framing->status == RequestStatus::NetworkError, qPrintable(framing->message));
    QVERIFY2(framing->message.contains(QStringLiteral("broke the HTTP protocol")), qPrintable(framing->message));
    const auto inflate = TransportError::of(QNetworkReply::ProtocolFailure, url, {},
                                            QStringLiteral("Decompression failed: incorrect header check"));
    QVERIFY(inflate);
    QVERIFY2(inflate->status == RequestStatus::DecompressionFailed, qPrintable(inflate->message));
    const auto decoder = TransportError::of(QNetworkReply::ProtocolFailure, url, {},
                                            QStringLiteral("Failed to initialize the compression decoder."));
    QVERIFY(decoder);
    QVERIFY2(decoder->status == RequestStatus::DecompressionFailed, qPrintable(decoder->message));
    const auto hpack = TransportError::of(QNetworkReply::ProtocolFailure, url, {},
                                          QStringLiteral("HPACK decompression failed"));
    QVERIFY(hpack);
    QVERIFY2(hpack->status == RequestStatus::NetworkError, qPrintable(hpack->message));
}

void TestStreamingRequest::cancelEndsAtOnce()
{
    m_server->setScript({ScriptStep::write(ScriptedServer::head(200) + kToken), ScriptStep::hang()});
    const auto request = m_transports.request(StreamTarget{m_server->baseUrl(), {}, &m_dialect, {}, false},
                                              ChatRequest{QStringLiteral("m"), QStringLiteral("p"), 10, true});
    QSignalSpy finished(request.get(), &StreamingRequest::finished);
    request->start();
    QTRY_VERIFY_WITH_TIMEOUT(request->timeline().firstAnyUs >= 0, 5000);
    request->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(request->timeline().status, RequestStatus::Cancelled);
    request->cancel(); // twice is harmless
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

int main(int argc, char *argv[])
{
    return runOverBothTransports<TestStreamingRequest>(argc, argv);
}
#include "tst_streamingrequest.moc"
