// The dashboard and tokenmeter-cli plan alike: for the same saved endpoints,
// regions and catalog edits, and the same choices, the run the window starts
// follows the plan `tokenmeter-cli run --dry-run` prints.
#include "catalog/catalog.h"
#include "mainwindow.h"
#include "models/catalogmodel.h"
#include "plans.h"
#include "report/planjson.h"
#include "run/runresult.h"
#include "run/runstate.h"
#include "scriptedserver.h"
#include "settings/appsettings.h"
#include "widgets/runsettingspanel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kStream = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                           "data: {\"choices\":[],\"usage\":{\"completion_tokens\":1}}\n\ndata: [DONE]\n\n";

// Saved settings with two endpoints (one serving an edited catalog model), a
// direct region and one with a base URL of its own for the gateway.
void saveSettings(const QString &ini, const QUrl &gatewayUrl, const QUrl &gatewayEuUrl, const QUrl &otherUrl)
{
    AppSettings settings(ini);
    Endpoint gateway;
    gateway.id = QStringLiteral("gateway");
    gateway.name = QStringLiteral("Gateway");
    gateway.baseUrl = gatewayUrl.toString();
    gateway.keyRef = QStringLiteral("env:TOKENMETER_TEST_PLAN_KEY");
    gateway.headers = {HttpHeader{"X-Route", "fast"}};
    Endpoint other;
    other.id = QStringLiteral("other");
    other.name = QStringLiteral("Other vendor");
    other.baseUrl = otherUrl.toString();
    other.streamOptions = false;
    settings.setEndpoints({gateway, other});
    settings.setRegions({TestPlans::savedRegion(QStringLiteral("here"), QStringLiteral("This machine")),
                         TestPlans::savedRegion(QStringLiteral("eu"), QStringLiteral("EU"), {}, {},
                                                gatewayEuUrl.toString(), QStringLiteral("gateway"))});
    Catalog edited = Catalog::builtIn();
    ModelInfo glm = *edited.model(QStringLiteral("glm-5"));
    glm.apiId = QStringLiteral("z-ai/glm-5");
    glm.endpoint = QStringLiteral("other");
    edited.upsert(glm);
    settings.setUserCatalog(edited.overridesJson(Catalog::builtIn()));
}

} // namespace

class TestOnePlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dashboardAndCliPlanAlike();
};

void TestOnePlanner::dashboardAndCliPlanAlike()
{
    ScriptedServer gateway, gatewayEu, other;
    for (ScriptedServer *s : {&gateway, &gatewayEu, &other}) {
        QVERIFY(s->listen());
        s->setScript(ScriptedServer::sse(kStream));
    }
    qputenv("TOKENMETER_TEST_PLAN_KEY", "sk-plan-test");
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("tokenmeter.conf"));
    saveSettings(ini, gateway.baseUrl(), gatewayEu.baseUrl(), other.baseUrl());

    // The dashboard: the saved settings, two models, both regions, one request each.
    QJsonObject fromWindow;
    {
        Catalog catalog = Catalog::builtIn();
        AppSettings settings(ini);
        MainWindow window(&catalog, &settings);
        window.show();
        window.catalogModel()->setCheckedIds({QStringLiteral("qwen3-8b"), QStringLiteral("glm-5")});
        RunSettings s;
        s.simulated = false;
        s.endpoint = QStringLiteral("gateway");
        s.regions = {QStringLiteral("here"), QStringLiteral("eu")};
        s.iterations = 1;
        s.warmup = 0;
        window.settingsPanel()->setSettings(s);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY2(finished.wait(20000), "the dashboard's run did not finish within 20 s");
        fromWindow = PlanJson::toJson(window.runState()->plan());
    }
    // Requests went where the plan says: glm-5 to the other vendor as z-ai/glm-5 from both regions.
    QCOMPARE(gateway.requests().size(), 1);
    QCOMPARE(gatewayEu.requests().size(), 1);
    QCOMPARE(other.requests().size(), 2);
    QVERIFY(other.requests().constFirst().body.contains("z-ai/glm-5"));

    // tokenmeter-cli with the same settings file and choices.
    QProcess cli;
    cli.start(QStringLiteral(TOKENMETER_CLI),
              {QStringLiteral("run"), QStringLiteral("--dry-run"), QStringLiteral("--settings"), ini,
               QStringLiteral("--endpoint"), QStringLiteral("gateway"), QStringLiteral("--region"),
               QStringLiteral("here,eu"), QStringLiteral("--models"), QStringLiteral("qwen3-8b,glm-5"),
               QStringLiteral("--iterations"), QStringLiteral("1"), QStringLiteral("--warmup"), QStringLiteral("0"),
               QStringLiteral("--keep-text")});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QJsonObject fromCli = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QVERIFY(!fromCli.isEmpty());
    // Each plan draws its own prompt nonce, so no two runs' prompts are alike.
    QVERIFY(fromCli.value(QStringLiteral("prompt_nonce")) != fromWindow.value(QStringLiteral("prompt_nonce")));
    fromCli.remove(QStringLiteral("prompt_nonce"));
    fromWindow.remove(QStringLiteral("prompt_nonce"));
    QCOMPARE(QJsonDocument(fromCli).toJson(), QJsonDocument(fromWindow).toJson());
    qunsetenv("TOKENMETER_TEST_PLAN_KEY");
}

QTEST_MAIN(TestOnePlanner)
#include "tst_oneplanner.moc"
