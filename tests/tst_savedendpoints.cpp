// Saved endpoints and regions: what the settings keep (and what an older
// version's settings become), and the plans the launcher makes of them.
#include "catalog/catalog.h"
#include "endpoints/savedendpoints.h"
#include "plan/planner.h"
#include "plans.h"
#include "settings/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

Endpoint endpoint(const QString &id, const QString &url, const QString &protocol = QStringLiteral("openai"))
{
    Endpoint e;
    e.id = id;
    e.name = id.toUpper();
    e.baseUrl = url;
    e.protocol = protocol;
    return e;
}

RunSettings realRun(const QString &endpointId, const QStringList &regions)
{
    RunSettings s;
    s.simulated = false;
    s.endpoint = endpointId;
    s.regions = regions;
    s.iterations = 2;
    return s;
}

} // namespace

class TestSavedEndpoints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsKeepEndpointsAndRegionsWithoutSecrets();
    void olderSettingsBecomeAnEndpointAndARegion();
    void firstLaunchOffersThePresets();
    void planRoutesModelsRegionsAndKeys();
    void planSaysWhatIsMissing();
    void plainHttpHostsWithAKey();
    void uniqueIds();
};

void TestSavedEndpoints::settingsKeepEndpointsAndRegionsWithoutSecrets()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    Endpoint e = endpoint(QStringLiteral("router"), QStringLiteral("https://openrouter.ai/api/v1"));
    e.keyRef = QStringLiteral("keychain");
    e.headers = {HttpHeader{"HTTP-Referer", "https://example.com"}, HttpHeader{"X-Title", "Tokenmeter"}};
    e.streamOptions = false;
    e.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    const Region tokyo = TestPlans::savedRegion(QStringLiteral("tokyo"), QStringLiteral("Tokyo"),
                                                QStringLiteral("socks5://10.1.2.3:1080"), QStringLiteral("alice"));
    const Region eu = TestPlans::savedRegion(QStringLiteral("eu"), QStringLiteral("EU"), {}, {},
                                             QStringLiteral("https://eu.example.com/v1"), QStringLiteral("router"));
    {
        AppSettings settings(ini);
        settings.setEndpoints({e});
        settings.setRegions({tokyo, eu});
        settings.sync();
    }
    AppSettings settings(ini);
    const QList<Endpoint> endpoints = settings.endpoints();
    QCOMPARE(endpoints.size(), 1);
    QCOMPARE(endpoints.constFirst().baseUrl, e.baseUrl);
    QCOMPARE(endpoints.constFirst().keyRef, QStringLiteral("keychain"));
    QCOMPARE(endpoints.constFirst().headers, e.headers);
    QCOMPARE(endpoints.constFirst().streamOptions, false);
    QCOMPARE(endpoints.constFirst().caFile, e.caFile);
    const QList<Region> regions = settings.regions();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions.at(0).proxy, tokyo.proxy);
    QCOMPARE(regions.at(0).proxyUser, QStringLiteral("alice"));
    QCOMPARE(regions.at(1).baseUrl, eu.baseUrl);
    QCOMPARE(regions.at(1).endpoint, QStringLiteral("router"));
}

void TestSavedEndpoints::olderSettingsBecomeAnEndpointAndARegion()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("old.ini"));
    {
        QSettings old(ini, QSettings::IniFormat);
        old.setValue(QStringLiteral("run/simulated"), false);
        old.setValue(QStringLiteral("run/baseUrl"), QStringLiteral("https://llm.internal.example/v1"));
        old.setValue(QStringLiteral("run/keyEnv"), QStringLiteral("LAB_KEY"));
        old.setValue(QStringLiteral("run/protocol"), QStringLiteral("anthropic"));
        old.setValue(QStringLiteral("run/proxy"), QStringLiteral("http://bob@proxy.example:3128"));
    }
    AppSettings settings(ini);
    const QList<Endpoint> endpoints = settings.endpoints();
    QCOMPARE(endpoints.constFirst().id, QStringLiteral("custom"));
    QCOMPARE(endpoints.constFirst().baseUrl, QStringLiteral("https://llm.internal.example/v1"));
    QCOMPARE(endpoints.constFirst().protocol, QStringLiteral("anthropic"));
    QCOMPARE(endpoints.constFirst().keyRef, QStringLiteral("env:LAB_KEY"));
    const RunSettings run = settings.runSettings();
    QVERIFY(!run.simulated);
    QCOMPARE(run.endpoint, QStringLiteral("custom"));
    QCOMPARE(run.regions, QStringList{QStringLiteral("proxy")});
    const QList<Region> regions = settings.regions();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions.at(1).proxy, QStringLiteral("http://proxy.example:3128"));
    QCOMPARE(regions.at(1).proxyUser, QStringLiteral("bob"));
}

void TestSavedEndpoints::firstLaunchOffersThePresets()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("new.ini")));
    const QList<Endpoint> endpoints = settings.endpoints();
    QCOMPARE(endpoints.size(), 10);
    QStringList urls;
    for (const Endpoint &e : endpoints)
        urls.append(e.baseUrl);
    QVERIFY(urls.contains(QStringLiteral("https://global-apis.com/v1")));
    QVERIFY(urls.contains(QStringLiteral("https://api.anthropic.com/v1")));
    QVERIFY(urls.contains(QStringLiteral("http://127.0.0.1:11434/v1")));
    const auto openai = std::find_if(endpoints.cbegin(), endpoints.cend(),
                                     [](const Endpoint &e) { return e.name == u"OpenAI"; });
    QVERIFY(openai != endpoints.cend());
    QCOMPARE(openai->keyRef, QStringLiteral("env:OPENAI_API_KEY"));
    QCOMPARE(settings.regions().size(), 1);
    QCOMPARE(settings.regions().constFirst().id, QStringLiteral("local"));
}

void TestSavedEndpoints::planRoutesModelsRegionsAndKeys()
{
    Catalog catalog = Catalog::builtIn();
    ModelInfo claude;
    claude.id = QStringLiteral("claude-test");
    claude.name = QStringLiteral("Claude Test");
    claude.endpoint = QStringLiteral("anthropic");
    catalog.upsert(claude);
    ModelInfo routed = *catalog.model(QStringLiteral("glm-5"));
    routed.apiId = QStringLiteral("z-ai/glm-5");
    catalog.upsert(routed);

    PlanContext context;
    Endpoint gateway = endpoint(QStringLiteral("gateway"), QStringLiteral("https://gateway.example/v1"));
    gateway.keyRef = QStringLiteral("keychain");
    gateway.headers = {HttpHeader{"X-Route", "fast"}};
    Endpoint anthropic = endpoint(QStringLiteral("anthropic"), QStringLiteral("https://api.anthropic.com/v1"),
                                  QStringLiteral("anthropic"));
    anthropic.keyRef = QStringLiteral("env:TOKENMETER_TEST_ANTHROPIC");
    anthropic.streamOptions = false;
    context.endpoints = {gateway, anthropic};
    context.regions = {TestPlans::savedRegion(QStringLiteral("local"), QStringLiteral("Here")),
                       TestPlans::savedRegion(QStringLiteral("tokyo"), QStringLiteral("Tokyo"),
                                              QStringLiteral("socks5://127.0.0.1:1080"), QStringLiteral("alice")),
                       TestPlans::savedRegion(QStringLiteral("eu"), QStringLiteral("EU"), {}, {},
                                              QStringLiteral("https://eu.anthropic.example/v1"),
                                              QStringLiteral("anthropic"))};
    qputenv("TOKENMETER_TEST_ANTHROPIC", "sk-ant-test");
    Planner launcher(&catalog);
    const RunSettings s = realRun(QStringLiteral("gateway"),
                                  {QStringLiteral("local"), QStringLiteral("tokyo"), QStringLiteral("eu")});
    const QStringList models{QStringLiteral("glm-5"), QStringLiteral("claude-test"), QStringLiteral("qwen3-8b")};
    QCOMPARE(launcher.secretsNeeded(s, models, context),
             QStringList({QStringLiteral("endpoint/gateway"), QStringLiteral("region/tokyo/proxy")}));
    context.secrets.insert(QStringLiteral("endpoint/gateway"), QStringLiteral("sk-gateway"));
    context.secrets.insert(QStringLiteral("region/tokyo/proxy"), QStringLiteral("hunter2"));
    QString error;
    const std::optional<RunPlan> plan = launcher.plan(s, models, context, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->endpoints.size(), 2);
    const Endpoint &first = plan->endpoints.constFirst();
    QCOMPARE(first.url(), QUrl(QStringLiteral("https://gateway.example/v1")));
    QCOMPARE(first.apiKey, QStringLiteral("sk-gateway"));
    QCOMPARE(first.headers, gateway.headers);
    const Endpoint &second = plan->endpoints.at(1);
    QCOMPARE(second.protocol, QStringLiteral("anthropic"));
    QCOMPARE(second.apiKey, QStringLiteral("sk-ant-test"));
    QCOMPARE(second.streamOptions, false);
    QCOMPARE(plan->routes.value(QStringLiteral("glm-5")).apiId, QStringLiteral("z-ai/glm-5"));
    QCOMPARE(plan->sentId(QStringLiteral("glm-5")), QStringLiteral("z-ai/glm-5"));
    QCOMPARE(plan->endpointOf(QStringLiteral("claude-test"))->id, QStringLiteral("anthropic"));
    QCOMPARE(plan->endpointOf(QStringLiteral("qwen3-8b"))->id, QStringLiteral("gateway")); // the chosen endpoint
    QCOMPARE(plan->regions.size(), 3);
    const QNetworkProxy tokyo = *plan->regions.at(1).networkProxy();
    QCOMPARE(tokyo.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(tokyo.user(), QStringLiteral("alice"));
    QCOMPARE(tokyo.password(), QStringLiteral("hunter2"));
    // EU's base URL is Anthropic's only: the gateway is reached as usual from there.
    QCOMPARE(plan->regions.at(2).urlFor(first), QUrl(QStringLiteral("https://gateway.example/v1")));
    QCOMPARE(plan->regions.at(2).urlFor(second), QUrl(QStringLiteral("https://eu.anthropic.example/v1")));
    // What a result keeps has no secret.
    const RunPlan kept = plan->withoutSecrets();
    QVERIFY(kept.endpoints.constFirst().apiKey.isEmpty());
    QVERIFY(kept.endpoints.constFirst().headers.constFirst().value.isEmpty());
    QVERIFY(kept.regions.at(1).proxyPassword.isEmpty());

    // A key typed for the session replaces the stored one, which is then not read.
    context.sessionKey = QStringLiteral("sk-typed");
    QCOMPARE(launcher.secretsNeeded(s, models, context), QStringList{QStringLiteral("region/tokyo/proxy")});
    QCOMPARE(launcher.plan(s, models, context, &error)->endpoints.constFirst().apiKey, QStringLiteral("sk-typed"));
    qunsetenv("TOKENMETER_TEST_ANTHROPIC");
}

void TestSavedEndpoints::planSaysWhatIsMissing()
{
    Catalog catalog = Catalog::builtIn();
    ModelInfo orphan;
    orphan.id = QStringLiteral("orphan");
    orphan.name = QStringLiteral("Orphan model");
    orphan.endpoint = QStringLiteral("gone");
    catalog.upsert(orphan);
    Planner launcher(&catalog);
    PlanContext context;
    context.endpoints = {endpoint(QStringLiteral("a"), QStringLiteral("https://a.example/v1"))};
    context.regions = SavedEndpoints::defaultRegions();
    QString error;
    QVERIFY(!launcher.plan(realRun(QStringLiteral("nope"), {QStringLiteral("local")}), {QStringLiteral("qwen3-8b")},
                           context, &error));
    QVERIFY2(error.contains(QStringLiteral("no saved endpoint \"nope\"")), qPrintable(error));
    QVERIFY(!launcher.plan(realRun(QStringLiteral("a"), {QStringLiteral("local")}), {QStringLiteral("orphan")}, context,
                           &error));
    QVERIFY2(error.contains(QStringLiteral("Orphan model")) && error.contains(QStringLiteral("\"gone\"")),
             qPrintable(error));
    QVERIFY(!launcher.plan(realRun(QStringLiteral("a"), {}), {QStringLiteral("qwen3-8b")}, context, &error));
    QVERIFY2(error.contains(QStringLiteral("region")), qPrintable(error));
    context.regions = {
        TestPlans::savedRegion(QStringLiteral("bad"), QStringLiteral("Bad"), QStringLiteral("ftp://x:1"))};
    QVERIFY(!launcher.plan(realRun(QStringLiteral("a"), {QStringLiteral("bad")}), {QStringLiteral("qwen3-8b")}, context,
                           &error));
    QVERIFY2(error.contains(QStringLiteral("ftp://x:1")), qPrintable(error));
    context.endpoints.first().caFile = QStringLiteral("/nonexistent/ca.pem");
    context.regions = SavedEndpoints::defaultRegions();
    QVERIFY(!launcher.plan(realRun(QStringLiteral("a"), {QStringLiteral("local")}), {QStringLiteral("qwen3-8b")},
                           context, &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/ca.pem")), qPrintable(error));
}

void TestSavedEndpoints::plainHttpHostsWithAKey()
{
    RunPlan plan = TestPlans::direct(QUrl(QStringLiteral("https://secure.example/v1")), {QStringLiteral("m")},
                                     QStringLiteral("k"));
    plan.regions = {TestPlans::region(QStringLiteral("a"), {}, QUrl(QStringLiteral("http://192.0.2.1/v1"))),
                    TestPlans::region(QStringLiteral("b"), {}, QUrl(QStringLiteral("http://127.0.0.1:8000/v1"))),
                    TestPlans::savedRegion(QStringLiteral("c"), {})};
    QCOMPARE(Planner::plainHttpHostsWithKey(plan), QStringList{QStringLiteral("192.0.2.1")});
    plan.endpoints.first().apiKey.clear();
    QVERIFY(Planner::plainHttpHostsWithKey(plan).isEmpty());
}

void TestSavedEndpoints::uniqueIds()
{
    QCOMPARE(SavedEndpoints::uniqueId(QStringLiteral("Alibaba DashScope (compatible mode)"), {}),
             QStringLiteral("alibaba-dashscope-compatible-mode"));
    QCOMPARE(SavedEndpoints::uniqueId(QStringLiteral("OpenAI"), {QStringLiteral("openai")}),
             QStringLiteral("openai-2"));
    QCOMPARE(SavedEndpoints::uniqueId(QStringLiteral("推理"), {}), QStringLiteral("endpoint"));
}

QTEST_GUILESS_MAIN(TestSavedEndpoints)
#include "tst_savedendpoints.moc"
