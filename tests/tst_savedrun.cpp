// tokenmeter-cli runs what the dashboard saved: a saved endpoint whose key is
// in a real keyring (gnome-keyring on a private bus, tests/with-keyring.sh),
// measured from a saved region that sends through an HTTP proxy.
#include "endpoints/endpoint.h"
#include "endpoints/region.h"
#include "httpproxy.h"
#include "plans.h"
#include "scriptedserver.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kStream = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                           "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1}}\n\n"
                           "data: [DONE]\n\n";

} // namespace

class TestSavedRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliRunsASavedEndpointFromASavedRegion();
};

void TestSavedRun::cliRunsASavedEndpointFromASavedRegion()
{
    if (qEnvironmentVariable("TOKENMETER_TEST_KEYCHAIN") != u"secret-service")
        QSKIP("needs the private gnome-keyring that tests/with-keyring.sh starts (ctest's tst_savedrun_keyring)");
    if (const QString missing = qEnvironmentVariable("TOKENMETER_TEST_KEYCHAIN_MISSING"); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    ScriptedServer origin;
    QVERIFY(origin.listen());
    origin.setScript(ScriptedServer::sse(kStream));
    HttpProxy proxy;
    QVERIFY(proxy.listen());

    // What the dashboard would have saved: the endpoint, the region, the key in the keychain.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("tokenmeter.conf"));
    Endpoint lab;
    lab.id = QStringLiteral("lab");
    lab.name = QStringLiteral("Lab gateway");
    lab.baseUrl = origin.baseUrl().toString();
    lab.keyRef = QStringLiteral("keychain");
    {
        AppSettings settings(ini);
        settings.setEndpoints({lab});
        settings.setRegions({TestPlans::savedRegion(QStringLiteral("here"), QStringLiteral("This machine")),
                             TestPlans::savedRegion(QStringLiteral("frankfurt"), QStringLiteral("Frankfurt office"),
                                                    QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()))});
    }
    const QString key = QStringLiteral("sk-keyring-7f3a0c91");
    SecretStore store;
    std::optional<QString> written;
    QObject context;
    store.write(lab.keychainEntry(), key, &context, [&written](const QString &error) { written = error; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY2(written->isEmpty(), qPrintable(*written));

    QProcess cli;
    cli.start(QStringLiteral(TOKENMETER_CLI),
              {QStringLiteral("run"), QStringLiteral("--settings"), ini, QStringLiteral("--endpoint"),
               QStringLiteral("Lab gateway"), QStringLiteral("--region"), QStringLiteral("frankfurt"),
               QStringLiteral("--models"), QStringLiteral("lab-model"), QStringLiteral("--iterations"),
               QStringLiteral("2"), QStringLiteral("--warmup"), QStringLiteral("0"), QStringLiteral("--format"),
               QStringLiteral("json"), QStringLiteral("--no-history")});
    // The origin and the proxy answer from this thread's event loop: wait with it running.
    QSignalSpy done(&cli, &QProcess::finished);
    QVERIFY(done.wait(30000));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    // Both requests crossed the proxy and reached the origin with the keyring's key.
    QCOMPARE(proxy.requestLines.size(), 2);
    QCOMPARE(origin.requests().size(), 2);
    for (const HttpRequest &r : origin.requests())
        QCOMPARE(r.header("authorization"), QByteArray("Bearer ") + key.toLatin1());
    const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonObject config = report.value(QStringLiteral("config")).toObject();
    QCOMPARE(
        config.value(QStringLiteral("endpoints")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("lab"));
    const QJsonObject region = config.value(QStringLiteral("regions")).toArray().first().toObject();
    QCOMPARE(region.value(QStringLiteral("id")).toString(), QStringLiteral("frankfurt"));
    QCOMPARE(region.value(QStringLiteral("proxy")).toString(), QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    QVERIFY2(err.contains("Frankfurt office"), err.constData());
    QVERIFY(!err.contains(key.toLatin1()));
    QVERIFY(!report.isEmpty());
    QVERIFY(!QJsonDocument(report).toJson().contains(key.toLatin1()));
}

QTEST_GUILESS_MAIN(TestSavedRun)
#include "tst_savedrun.moc"
