// Real endpoints from this machine: the Anthropic dialect on a documented
// stream, a refused key, a run through a local HTTP proxy, TLS with a private
// CA, and a key that appears in no file the program writes.
#include "httpproxy.h"
#include "plans.h"
#include "report/jsonreport.h"
#include "run/requestmetrics.h"
#include "run/runcontroller.h"
#include "scriptedserver.h"
#include "stream/anthropicdialect.h"
#include "stream/modellister.h"
#include "stream/openaidialect.h"
#include "stream/streamingrequest.h"
#include "testtls.h"
#include "testutil.h"
#include "transports.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Anthropic's documented Messages stream: thinking, then text, usage at the end.
const QByteArray kAnthropic
    = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
      "\"content\":[],\"model\":\"claude-test\",\"stop_reason\":null,\"usage\":{\"input_tokens\":12,\"output_tokens\":1}}}\n\n"
      "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}\n\n"
      "event: ping\ndata: {\"type\": \"ping\"}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"Let me think\"}}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":\"EqQB\"}}\n\n"
      "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
      "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"Recursion is\"}}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\" a function calling itself.\"}}\n\n"
      "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
      "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":15}}\n\n"
      "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

const QByteArray kOpenAi
    = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" there\"},\"finish_reason\":\"stop\"}]}\n\n"
      "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}\n\n"
      "data: [DONE]\n\n";

RequestTimeline runRequest(Transports *over, const StreamTarget &target, int waitMs = 10000)
{
    const auto request = over->request(
        target, ChatRequest{QStringLiteral("test-model"), QStringLiteral("Explain recursion"), 40, true});
    QSignalSpy finished(request.get(), &StreamingRequest::finished);
    request->start();
    if (finished.isEmpty())
        finished.wait(waitMs);
    return request->timeline();
}

RequestTimeline runRequest(QNetworkAccessManager *manager, const StreamTarget &target, int waitMs = 10000)
{
    StreamingRequest request(manager, target,
                             ChatRequest{QStringLiteral("test-model"), QStringLiteral("Explain recursion"), 40, true});
    QSignalSpy finished(&request, &StreamingRequest::finished);
    request.start();
    if (finished.isEmpty())
        finished.wait(waitMs);
    return request.timeline();
}

// A whole run with this thread's event loop serving the test's servers;
// nothing, and *problem, when it cannot start or does not end within 20 s.
std::optional<RunResult> runToEnd(const RunPlan &plan, QString *problem)
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    if (!controller.start(plan, problem))
        return std::nullopt;
    if (!finished.wait(20000)) {
        *problem = QStringLiteral("the run did not finish within 20 s");
        return std::nullopt;
    }
    return finished.constFirst().constFirst().value<RunResult>();
}

} // namespace

class TestEndpoints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anthropicStreamIsMeasured();
    void anthropicErrorEvent();
    void refusedKeySaysSo();
    void runGoesThroughTheProxy();
    void runSpansEndpointsAndRegions();
    void tlsWithAPrivateCa();
    void keyIsInNoFileTheCliWrites();
    void fetchModels_data();
    void fetchModels();
};

void TestEndpoints::anthropicStreamIsMeasured()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    QList<ScriptStep> script{ScriptStep::write(ScriptedServer::head(200))};
    qsizetype from = 0;
    while (from < kAnthropic.size()) {
        const qsizetype end = kAnthropic.indexOf("\n\n", from) + 2;
        script.append(ScriptStep::write(kAnthropic.mid(from, end - from), 5));
        from = end;
    }
    script.append(ScriptStep::close());
    server.setScript(script);
    AnthropicDialect dialect;
    QNetworkAccessManager manager;
    const RequestTimeline t
        = runRequest(&manager, StreamTarget{server.baseUrl(), QStringLiteral("sk-ant-test"), &dialect, {}, true});
    QCOMPARE(statusId(t.status), statusId(RequestStatus::Ok));
    QCOMPARE(server.requests().size(), 1);
    const HttpRequest &sent = server.requests().constFirst();
    QCOMPARE(sent.path, QByteArray("/v1/messages"));
    QCOMPARE(sent.header("x-api-key"), QByteArray("sk-ant-test"));
    QCOMPARE(sent.header("anthropic-version"), QByteArray(AnthropicDialect::kVersion));
    QVERIFY(sent.header("authorization").isEmpty());
    QCOMPARE(t.reasoningText, QStringLiteral("Let me think"));
    QCOMPARE(t.text, QStringLiteral("Recursion is a function calling itself."));
    QCOMPARE(t.tokenEventsUs.size(), 3); // thinking + two text deltas; ping and signature are not tokens
    QVERIFY(t.firstAnyUs < t.firstContentUs);
    QCOMPARE(t.usageCompletionTokens, std::optional<qint64>(15));
    QCOMPARE(t.usagePromptTokens, std::optional<qint64>(12));
    QCOMPARE(t.finishReason, QStringLiteral("end_turn"));
    const RequestMetrics m = RequestMetrics::from(t);
    QCOMPARE(m.tokenSource, TokenSource::Usage);
    QCOMPARE(m.outputTokens, std::optional<qint64>(15));
}

void TestEndpoints::anthropicErrorEvent()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(ScriptedServer::sse(
        "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":3}}}\n\n"
        "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"));
    AnthropicDialect dialect;
    QNetworkAccessManager manager;
    const RequestTimeline t = runRequest(&manager, StreamTarget{server.baseUrl(), QString(), &dialect, {}, false});
    QCOMPARE(statusId(t.status), statusId(RequestStatus::StreamError));
    QVERIFY2(t.error.contains(QStringLiteral("Overloaded (overloaded_error)")), qPrintable(t.error));
}

void TestEndpoints::refusedKeySaysSo()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(ScriptedServer::whole(
        401, "application/json",
        R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"));
    AnthropicDialect dialect;
    QNetworkAccessManager manager;
    const RequestTimeline t
        = runRequest(&manager, StreamTarget{server.baseUrl(), QStringLiteral("sk-wrong"), &dialect, {}, false});
    QCOMPARE(t.httpStatus, 401);
    QVERIFY2(t.error.startsWith(QStringLiteral("127.0.0.1 refused the API key (HTTP 401)")), qPrintable(t.error));
    QVERIFY2(t.error.contains(QStringLiteral("invalid x-api-key")), qPrintable(t.error));
    QVERIFY(!t.error.contains(QStringLiteral("sk-wrong")));
}

void TestEndpoints::runGoesThroughTheProxy()
{
    ScriptedServer origin;
    QVERIFY(origin.listen());
    origin.setScript(ScriptedServer::sse(kOpenAi, 2));
    HttpProxy proxy;
    QVERIFY(proxy.listen());
    RunPlan plan = TestPlans::direct(origin.baseUrl(), {QStringLiteral("test-model")});
    plan.regions = {TestPlans::savedRegion(QStringLiteral("via-proxy"), QStringLiteral("Through the proxy"),
                                           QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()))};
    plan.iterations = 2;
    plan.warmup = 1;
    QString problem;
    const std::optional<RunResult> run = runToEnd(plan, &problem);
    QVERIFY2(run, qPrintable(problem));
    const RunResult &result = *run;
    QCOMPARE(result.records.size(), 3);
    for (const RequestRecord &r : result.records)
        QVERIFY2(r.ok(), qPrintable(r.timeline.error));
    // Every request crossed the proxy, in absolute form, and reached the origin.
    QCOMPARE(proxy.requestLines.size(), 3);
    for (const QByteArray &line : std::as_const(proxy.requestLines))
        QVERIFY2(line.startsWith(
                     QByteArray("POST http://127.0.0.1:" + QByteArray::number(origin.port()) + "/v1/chat/completions")),
                 line.constData());
    QCOMPARE(origin.requests().size(), 3);
}

void TestEndpoints::runSpansEndpointsAndRegions()
{
    // A gateway (OpenAI-compatible) and a second endpoint speaking Anthropic;
    // region "eu" has a base URL of its own for Anthropic, "gateway-eu" one
    // for the gateway: each replaces that endpoint's URL only.
    ScriptedServer main, mainEu, other, otherEu;
    for (ScriptedServer *s : {&main, &mainEu})
        s->setScript(ScriptedServer::sse(kOpenAi));
    for (ScriptedServer *s : {&other, &otherEu})
        s->setScript(ScriptedServer::sse(kAnthropic));
    for (ScriptedServer *s : {&main, &mainEu, &other, &otherEu})
        QVERIFY(s->listen());
    RunPlan plan = TestPlans::direct(main.baseUrl(), {QStringLiteral("gpt-like"), QStringLiteral("claude-like")},
                                     QStringLiteral("key-main"));
    plan.endpoints.first().headers = {HttpHeader{"X-Gateway-Route", "fast"}};
    const QString gateway = plan.endpoints.constFirst().id;
    Endpoint anthropic;
    anthropic.id = QStringLiteral("anthropic");
    anthropic.name = QStringLiteral("Anthropic");
    anthropic.baseUrl = other.baseUrl().toString();
    anthropic.protocol = QStringLiteral("anthropic");
    anthropic.apiKey = QStringLiteral("key-other");
    anthropic.streamOptions = false;
    plan.endpoints.append(anthropic);
    plan.routes.insert(QStringLiteral("gpt-like"), ModelRoute{gateway, QStringLiteral("vendor/gpt-like-2026")});
    plan.routes.insert(QStringLiteral("claude-like"), ModelRoute{QStringLiteral("anthropic"), {}});
    plan.regions = {
        TestPlans::savedRegion(QStringLiteral("direct"), QStringLiteral("Direct")),
        TestPlans::region(QStringLiteral("eu"), QStringLiteral("EU"), otherEu.baseUrl(), QStringLiteral("anthropic")),
        TestPlans::region(QStringLiteral("gateway-eu"), QStringLiteral("Gateway EU"), mainEu.baseUrl(), gateway)};
    plan.iterations = 2;
    plan.warmup = 0;
    QCOMPARE(plan.validate(), QString());

    QString problem;
    const std::optional<RunResult> run = runToEnd(plan, &problem);
    QVERIFY2(run, qPrintable(problem));
    const RunResult &result = *run;
    QCOMPARE(result.records.size(), 12);
    for (const RequestRecord &r : result.records) {
        QVERIFY2(r.ok(), qPrintable(r.timeline.error));
        // Records keep the catalog's id, whatever was sent.
        QVERIFY(plan.models.contains(r.model));
    }
    QCOMPARE(main.requests().size(), 4);    // from direct and eu
    QCOMPARE(mainEu.requests().size(), 2);  // from gateway-eu
    QCOMPARE(other.requests().size(), 4);   // from direct and gateway-eu
    QCOMPARE(otherEu.requests().size(), 2); // from eu
    for (ScriptedServer *s : {&main, &mainEu}) {
        for (const HttpRequest &req : s->requests()) {
            QCOMPARE(req.path, QByteArray("/v1/chat/completions"));
            QCOMPARE(req.header("authorization"), QByteArray("Bearer key-main"));
            QCOMPARE(req.header("x-gateway-route"), QByteArray("fast"));
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("vendor/gpt-like-2026"));
        }
    }
    for (ScriptedServer *s : {&other, &otherEu}) {
        for (const HttpRequest &req : s->requests()) {
            QCOMPARE(req.path, QByteArray("/v1/messages"));
            QCOMPARE(req.header("x-api-key"), QByteArray("key-other"));
            QVERIFY(req.header("authorization").isEmpty());
            QVERIFY(req.header("x-gateway-route").isEmpty());
            const QJsonObject body = QJsonDocument::fromJson(req.body).object();
            QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("claude-like"));
        }
    }
    // The report says where each model went and which headers were sent, never their values or keys.
    const QByteArray config = QJsonDocument(JsonReport::configJson(plan)).toJson();
    QVERIFY(config.contains("vendor/gpt-like-2026"));
    QVERIFY(config.contains("X-Gateway-Route"));
    for (const char *secret : {"fast", "key-main", "key-other"})
        QVERIFY2(!config.contains(secret), secret);
}

void TestEndpoints::tlsWithAPrivateCa()
{
    const QSslConfiguration config = TestTls::serverConfiguration();
    QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int served = 0;
    connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&served, socket] {
                if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                ++served;
                socket->write(ScriptedServer::head(200) + kOpenAi);
                socket->disconnectFromHost();
            });
        }
    });
    const QUrl base(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort()));
    OpenAiDialect dialect;
    const QList<QSslCertificate> ca = TestTls::ca();
    QCOMPARE(ca.size(), 1);
    for (const bool own : {false, true}) { // Qt's stack, then the engine's own
        served = 0;
        Transports first(own), over(own); // a fresh one after: Qt's keeps what the handshake refused
        const RequestTimeline refused = runRequest(&first, StreamTarget{base, QString(), &dialect, {}, false});
        QCOMPARE(statusId(refused.status), statusId(RequestStatus::TlsError));
        QVERIFY2(refused.error.startsWith(QStringLiteral("TLS with 127.0.0.1 failed")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("--ca-file")), qPrintable(refused.error));
        QCOMPARE(served, 0);
        StreamTarget trusted{base, QString(), &dialect, {}, false};
        trusted.caCertificates = ca;
        const RequestTimeline t = runRequest(&over, trusted);
        QVERIFY2(t.status == RequestStatus::Ok, qPrintable(over.name() + QStringLiteral(": ") + t.error));
        QCOMPARE(t.usageCompletionTokens, std::optional<qint64>(2));
        QCOMPARE(served, 1);
    }
}

void TestEndpoints::keyIsInNoFileTheCliWrites()
{
    const QString key = QStringLiteral("sk-tokenmeter-test-7f3a9c1e55d04b2a");
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(ScriptedServer::sse(kOpenAi));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENMETER_API_KEY"), key);
    env.insert(QStringLiteral("HOME"), dir.path()); // anything written under home lands here too
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("TOKENMETER_HISTORY"));
    cli.setProcessEnvironment(env);
    cli.setStandardOutputFile(dir.filePath(QStringLiteral("stdout.log")));
    cli.setStandardErrorFile(dir.filePath(QStringLiteral("stderr.log")));
    cli.start(QStringLiteral(TOKENMETER_CLI),
              {QStringLiteral("run"), QStringLiteral("--base-url"), server.baseUrl().toString(),
               QStringLiteral("--models"), QStringLiteral("test-model"), QStringLiteral("--iterations"),
               QStringLiteral("2"), QStringLiteral("--keep-text"), QStringLiteral("--header"),
               QStringLiteral("X-Team-Token: hdr-secret-5d1e"), QStringLiteral("--format"), QStringLiteral("json"),
               QStringLiteral("--log-requests"), QStringLiteral("--out"), dir.filePath(QStringLiteral("report.json"))});
    // The server answers from this thread's event loop: wait with it running.
    QSignalSpy done(&cli, &QProcess::finished);
    QVERIFY(done.wait(30000));
    QCOMPARE(cli.exitCode(), 0);
    // The key was used...
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().constFirst().header("authorization"), QByteArray("Bearer ") + key.toLatin1());
    QCOMPARE(server.requests().constFirst().header("x-team-token"), QByteArray("hdr-secret-5d1e"));
    // ...and is in none of the files written: report, history (and its WAL), logs.
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        ++files;
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(key.toLatin1()), qPrintable(QStringLiteral("the key is in %1").arg(f.fileName())));
        QVERIFY2(!bytes.contains("hdr-secret-5d1e"),
                 qPrintable(QStringLiteral("the header value is in %1").arg(f.fileName())));
    }
    QVERIFY2(files >= 4, qPrintable(QString::number(files))); // report, history, stdout, stderr at least
    // The log shows what was sent, with the key and the header's value redacted.
    QFile log(dir.filePath(QStringLiteral("stderr.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY2(logged.contains("Authorization: (redacted)"), logged.constData());
    QVERIFY2(logged.contains("X-Team-Token: (redacted)"), logged.constData());
    QVERIFY2(logged.contains(QByteArray("POST " + server.baseUrl().toString().toLatin1() + "/chat/completions")),
             logged.constData());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("data/tokenmeter/history.sqlite"))));
}

void TestEndpoints::fetchModels_data()
{
    QTest::addColumn<QList<ScriptStep>>("script");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<QString>("error");
    QTest::newRow("openai list") << ScriptedServer::whole(200, "application/json",
                                                          R"({"object":"list","data":[{"id":"gpt-b"},{"id":"gpt-a"}]})")
                                 << QString() << QStringList{QStringLiteral("gpt-a"), QStringLiteral("gpt-b")}
                                 << QString();
    QTest::newRow("ollama names") << ScriptedServer::whole(200, "application/json",
                                                           R"({"models":[{"name":"llama3:8b"}]})")
                                  << QString() << QStringList{QStringLiteral("llama3:8b")} << QString();
    QTest::newRow("refused key") << ScriptedServer::whole(401, "application/json",
                                                          R"({"error":{"message":"Incorrect API key"}})")
                                 << QStringLiteral("sk-x") << QStringList{}
                                 << QStringLiteral("127.0.0.1 refused the API key: Incorrect API key");
    QTest::newRow("empty list") << ScriptedServer::whole(200, "application/json", R"({"data":[]})") << QString()
                                << QStringList{} << QStringLiteral("listed no models");
}

void TestEndpoints::fetchModels()
{
    QFETCH(QList<ScriptStep>, script);
    QFETCH(QString, key);
    QFETCH(QStringList, models);
    QFETCH(QString, error);
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(script);
    OpenAiDialect dialect;
    QNetworkAccessManager manager;
    StreamTarget target{server.baseUrl(), key, &dialect, {}, false};
    ModelLister lister(&manager, target);
    QSignalSpy finished(&lister, &ModelLister::finished);
    lister.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(server.requests().constFirst().method, QByteArray("GET"));
    QCOMPARE(server.requests().constFirst().path, QByteArray("/v1/models"));
    QCOMPARE(finished.constFirst().at(0).toStringList(), models);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(error.isEmpty() ? message.isEmpty() : message.contains(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
