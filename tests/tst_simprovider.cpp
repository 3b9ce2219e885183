#include "catalog/catalog.h"
#include "fidelity.h"
#include "run/requestmetrics.h"
#include "sim/simhost.h"
#include "sim/simscript.h"
#include "sim/simserver.h"
#include "stream/openaidialect.h"
#include "stream/streamingrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestSimProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryCatalogModel();
    void unknownModelAndRegion();
    void streamsAModelAsPublished();
    void reasoningModelThinksFirst();
    void severalTokensPerEvent();
    void maxTokensCapsTheAnswer();
    void withoutIncludeUsageNoUsageIsSent();
    void answersWithoutStreaming();
    void faults_data();
    void faults();
    void scriptIsDeterministicAndRegionsDifferByTheCatalog();
    void clientTimestampsFollowTheServersWrites();

private:
    RequestTimeline stream(SimHost &host, const QString &model, const QString &region = QStringLiteral("us-east"),
                           int maxTokens = 150, bool includeUsage = true, Timeouts timeouts = {});
    bool startHost(SimHost &host, const SimFault &fault = {}, double scale = 20);

    Catalog m_catalog;
    OpenAiDialect m_dialect;
    QNetworkAccessManager m_manager;
};

void TestSimProvider::initTestCase()
{
    m_catalog = Catalog::builtIn();
}

bool TestSimProvider::startHost(SimHost &host, const SimFault &fault, double scale)
{
    QString error;
    const bool ok = host.start(m_catalog, QHostAddress::LocalHost, 0, scale, 7, fault, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

RequestTimeline TestSimProvider::stream(SimHost &host, const QString &model, const QString &region, int maxTokens,
                                        bool includeUsage, Timeouts timeouts)
{
    StreamingRequest request(&m_manager, StreamTarget{host.baseUrl(region), {}, &m_dialect, timeouts, true},
                             ChatRequest{model, QStringLiteral("Explain recursion in 200 words"), maxTokens,
                                         includeUsage});
    QSignalSpy finished(&request, &StreamingRequest::finished);
    request.start();
    // A real event loop, not QTRY_*: QTest::qWait sleeps between passes and
    // would delay every readyRead, and with it every timestamp.
    if (finished.isEmpty())
        finished.wait(10000);
    return request.timeline();
}

void TestSimProvider::listsEveryCatalogModel()
{
    SimHost host;
    QVERIFY(startHost(host));
    for (const QString &region : {QString(), QStringLiteral("asia")}) {
        QNetworkReply *reply = m_manager.get(
            QNetworkRequest(QUrl(host.baseUrl(region).toString() + QStringLiteral("/models"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->hasRawHeader("X-Tokenmeter-Simulated"));
        const QJsonArray data
            = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 15);
        QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("step-3.5-flash"));
        reply->deleteLater();
    }
}

void TestSimProvider::unknownModelAndRegion()
{
    SimHost host;
    QVERIFY(startHost(host));
    RequestTimeline t = stream(host, QStringLiteral("gpt-9"));
    QCOMPARE(t.status, RequestStatus::HttpError);
    QCOMPARE(t.httpStatus, 404);
    QVERIFY2(t.error.contains(QStringLiteral("The model `gpt-9` does not exist")), qPrintable(t.error));
    t = stream(host, QStringLiteral("glm-5"), QStringLiteral("mars"));
    QCOMPARE(t.httpStatus, 404);
    QVERIFY2(t.error.contains(QStringLiteral("unknown region \"mars\"")), qPrintable(t.error));
}

void TestSimProvider::streamsAModelAsPublished()
{
    SimHost host;
    // A sanitized build lags more, and a speed-up multiplies the lag: it measures at real time.
    const double scale = Fidelity::kSanitized ? 1.0 : 20.0;
    QVERIFY(startHost(host, {}, scale));
    stream(host, QStringLiteral("deepseek-v4-flash")); // warm-up: connection and first-use costs, as a run does
    const RequestTimeline t = stream(host, QStringLiteral("deepseek-v4-flash"));
    QVERIFY2(t.status == RequestStatus::Ok, qPrintable(t.error));
    QVERIFY(t.simulated); // the server says so, and the client records it
    QVERIFY(*t.usageCompletionTokens >= 142 && *t.usageCompletionTokens <= 158);
    QCOMPARE(t.tokenEventsUs.size(), *t.usageCompletionTokens); // one token per event for DeepSeek
    QCOMPARE(t.firstAnyUs, t.firstContentUs);
    QVERIFY(t.text.startsWith(QStringLiteral("Recursion is a way of solving a problem")));
    QVERIFY(t.reasoningText.isEmpty());
    QCOMPARE(t.finishReason, QStringLiteral("stop"));
    const RequestMetrics m = RequestMetrics::from(t, scale);
    // Published: 180 ms and 60 tokens/s; the jitter is a few percent.
    QVERIFY2(*m.ttftMs > 120 && *m.ttftMs < 260, qPrintable(QString::number(*m.ttftMs)));
    QVERIFY2(*m.tokensPerS > 45 && *m.tokensPerS < 75, qPrintable(QString::number(*m.tokensPerS)));
}

void TestSimProvider::reasoningModelThinksFirst()
{
    SimHost host;
    QVERIFY(startHost(host));
    const RequestTimeline t = stream(host, QStringLiteral("deepseek-r1"));
    QVERIFY2(t.status == RequestStatus::Ok, qPrintable(t.error));
    QVERIFY(!t.reasoningText.isEmpty());
    QVERIFY(!t.text.isEmpty());
    QVERIFY(t.firstAnyUs < t.firstContentUs);
    // ~48 reasoning tokens at 15 tokens/s come before the answer: seconds of simulated time.
    QVERIFY((t.firstContentUs - t.firstAnyUs) * 20 > 2'000'000);
}

void TestSimProvider::severalTokensPerEvent()
{
    SimHost host;
    QVERIFY(startHost(host));
    const RequestTimeline t = stream(host, QStringLiteral("minimax-m2.5")); // four tokens an event
    QVERIFY2(t.status == RequestStatus::Ok, qPrintable(t.error));
    QCOMPARE(t.tokenEventsUs.size(), (*t.usageCompletionTokens + 3) / 4);
    // Counting events instead of usage would understate the speed fourfold.
    QCOMPARE(RequestMetrics::from(t).tokenSource, TokenSource::Usage);
}

void TestSimProvider::maxTokensCapsTheAnswer()
{
    SimHost host;
    QVERIFY(startHost(host));
    const RequestTimeline t = stream(host, QStringLiteral("qwen3-8b"), QStringLiteral("asia"), 20);
    QCOMPARE(*t.usageCompletionTokens, 20);
    QCOMPARE(t.tokenEventsUs.size(), 20);
    QCOMPARE(t.finishReason, QStringLiteral("length"));
}

void TestSimProvider::withoutIncludeUsageNoUsageIsSent()
{
    SimHost host;
    QVERIFY(startHost(host));
    const RequestTimeline t = stream(host, QStringLiteral("glm-5"), QStringLiteral("us-east"), 150, false);
    QCOMPARE(t.status, RequestStatus::Ok);
    QVERIFY(!t.usageCompletionTokens);
    const RequestMetrics m = RequestMetrics::from(t);
    QCOMPARE(m.tokenSource, TokenSource::Events); // an estimate, and labelled one
    QCOMPARE(*m.outputTokens, t.tokenEventsUs.size());
}

void TestSimProvider::answersWithoutStreaming()
{
    SimHost host;
    QVERIFY(startHost(host));
    QNetworkRequest req(QUrl(host.baseUrl(QStringLiteral("us-east")).toString() + QStringLiteral("/chat/completions")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply
        = m_manager.post(req, R"({"model":"qwen3-8b","messages":[{"role":"user","content":"hi"}],"max_tokens":30})");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInt(), 30);
    QVERIFY(!o.value(QStringLiteral("choices"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toString()
                 .isEmpty());
    reply->deleteLater();
}

void TestSimProvider::faults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<RequestStatus>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("429") << QStringLiteral("status=429") << RequestStatus::HttpError << QStringLiteral("HTTP 429");
    QTest::addRow("truncate") << QStringLiteral("truncate=5") << RequestStatus::Truncated
                              << QStringLiteral("after 5 events");
    QTest::addRow("reset") << QStringLiteral("reset=5") << RequestStatus::Truncated
                           << QStringLiteral("ended without [DONE]");
    QTest::addRow("garbage") << QStringLiteral("garbage=3") << RequestStatus::Malformed
                             << QStringLiteral("malformed event");
    QTest::addRow("error event") << QStringLiteral("error=4") << RequestStatus::StreamError
                                 << QStringLiteral("(simulated)");
    QTest::addRow("stall beyond the idle limit")
        << QStringLiteral("stall=20000") << RequestStatus::IdleTimeout << QStringLiteral("went silent");
    QTest::addRow("no [DONE], but a finish_reason") << QStringLiteral("no-done") << RequestStatus::Ok << QString();
    QTest::addRow("keep-alive comments") << QStringLiteral("comments=3") << RequestStatus::Ok << QString();
}

void TestSimProvider::faults()
{
    QFETCH(QString, spec);
    QFETCH(RequestStatus, status);
    QFETCH(QString, message);
    SimFault fault;
    QString error;
    QVERIFY2(SimFault::parse(spec, &fault, &error), qPrintable(error));
    SimHost host;
    QVERIFY(startHost(host, fault));
    const RequestTimeline t = stream(host, QStringLiteral("qwen3-8b"), QStringLiteral("us-east"), 40, true,
                                     Timeouts{5, 5, 0.4, 20});
    QVERIFY2(t.status == status, qPrintable(statusId(t.status) + QStringLiteral(": ") + t.error));
    QVERIFY2(t.error.contains(message), qPrintable(t.error));
    if (spec.startsWith(u"comments"))
        QCOMPARE(t.comments, 3);
}

void TestSimProvider::scriptIsDeterministicAndRegionsDifferByTheCatalog()
{
    const ModelInfo &kimi = *m_catalog.model(QStringLiteral("kimi-k2.5"));
    auto firstToken = [](const SimScript &s) {
        for (const SimEvent &e : s.events)
            if (e.token)
                return e.atUs;
        return qint64(-1);
    };
    SimRequest us;
    us.model = kimi.id;
    us.region = QStringLiteral("us-east");
    us.includeUsage = true;
    us.promptTokens = 20;
    us.draw = 3;
    us.seed = 42;
    SimRequest asia = us;
    asia.region = QStringLiteral("asia");
    asia.regionDeltaMs = *kimi.referenceTtftMs(QStringLiteral("asia")) - *kimi.publishedTtftMs;
    const SimScript a = SimScript::make(kimi, us);
    QCOMPARE(firstToken(SimScript::make(kimi, us)), firstToken(a));             // same seed and draw: same answer
    QCOMPARE(firstToken(a) - firstToken(SimScript::make(kimi, asia)), 120'000); // the published -120 ms
    us.draw = 4;
    QVERIFY(firstToken(SimScript::make(kimi, us)) != firstToken(a)); // the next request differs
    us.seed = 43;
    us.draw = 3;
    QVERIFY(firstToken(SimScript::make(kimi, us)) != firstToken(a));
}

void TestSimProvider::clientTimestampsFollowTheServersWrites()
{
    SimHost host;
    QVERIFY(startHost(host, {}, 10));
    const RequestTimeline t = stream(host, QStringLiteral("step-3.5-flash"));
    QCOMPARE(t.status, RequestStatus::Ok);
    const QList<qint64> writes = host.server()->tokenWriteTimes(t.requestId);
    QCOMPARE(writes.size(), t.tokenEventsUs.size());
    // Both sides read CLOCK_MONOTONIC: the client can only see an event after it was written.
    for (qsizetype i = 0; i < writes.size(); ++i) {
        const qint64 seenNs = t.sendMonoNs + qint64(t.tokenEventsUs.at(i)) * 1000;
        QVERIFY2(seenNs + 1000 >= writes.at(i), qPrintable(QStringLiteral("event %1 seen before written").arg(i)));
        QVERIFY2(seenNs - writes.at(i) < 500'000'000, qPrintable(QStringLiteral("event %1 seen 0.5 s late").arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestSimProvider)
#include "tst_simprovider.moc"
