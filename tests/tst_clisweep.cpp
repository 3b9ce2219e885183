// tokenmeter-cli's open-loop runs and sweeps, as a user types them.
#include "clitesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliSweep final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sweepPrintsEveryStepAndTheKnee();
    void openLoopRunReportsItsSchedule();
    void badUsage_data();
    void badUsage();
};

void TestCliSweep::sweepPrintsEveryStepAndTheKnee()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sweep.json"));
    const CliResult r = cli({QStringLiteral("sweep"), QStringLiteral("--models"), QStringLiteral("glm-5"),
                             QStringLiteral("--regions"), QStringLiteral("us-east"), QStringLiteral("--concurrency"),
                             QStringLiteral("2,16"), QStringLiteral("--duration"), QStringLiteral("6"),
                             QStringLiteral("--warmup-time"), QStringLiteral("1"), QStringLiteral("--time-scale"),
                             QStringLiteral("20"), QStringLiteral("--max-tokens"), QStringLiteral("20"),
                             QStringLiteral("--no-history"), QStringLiteral("--out"), out},
                            QProcessEnvironment::systemEnvironment(), 120000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("closed loop, 2 step(s), 6 s measured after 1 s of warm-up each."), r.err.constData());
    // GLM-5 is premium: 8 decode slots in the simulator, so 16 in flight wait.
    QVERIFY2(r.out.contains("GLM-5 from us-east: knee at concurrency 16"), r.out.constData());
    QVERIFY2(r.out.contains("Simulated:"), r.out.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(report.value(QStringLiteral("load")).toObject().value(QStringLiteral("steps")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("load"))
                 .toObject()
                 .value(QStringLiteral("sweep")),
             QJsonValue(QStringLiteral("concurrency")));
    // The report reads back step by step.
    const CliResult again = cli({QStringLiteral("compare"), out, out});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("Step 2: concurrency 16 against concurrency 16"), again.out.constData());
}

void TestCliSweep::openLoopRunReportsItsSchedule()
{
    const CliResult r = cli(
        {QStringLiteral("run"), QStringLiteral("--models"), QStringLiteral("qwen3-8b"), QStringLiteral("--regions"),
         QStringLiteral("us-east"), QStringLiteral("--rate"), QStringLiteral("4"), QStringLiteral("--iterations"),
         QStringLiteral("12"), QStringLiteral("--time-scale"), QStringLiteral("20"), QStringLiteral("--max-tokens"),
         QStringLiteral("20"), QStringLiteral("--no-history"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("load"))
                 .toObject()
                 .value(QStringLiteral("arrival")),
             QJsonValue(QStringLiteral("poisson")));
    int scheduled = 0;
    for (const QJsonValue &v : report.value(QStringLiteral("requests")).toArray())
        scheduled += v.toObject().contains(QStringLiteral("schedule_lag_ms")) ? 1 : 0;
    QCOMPARE(scheduled, 13); // twelve and the warm-up, each with its lag
    const QJsonArray summary
        = report.value(QStringLiteral("load")).toObject().value(QStringLiteral("summary")).toArray();
    QCOMPARE(summary.size(), 1);
    QVERIFY(summary.at(0).toObject().contains(QStringLiteral("client_lag_ms")));
}

void TestCliSweep::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no steps") << QStringList{QStringLiteral("sweep")}
                              << QByteArray("a sweep takes either --concurrency LIST or --rate LIST");
    QTest::addRow("both") << QStringList{QStringLiteral("sweep"), QStringLiteral("--rate"), QStringLiteral("1,2"),
                                         QStringLiteral("--concurrency"), QStringLiteral("1,2")}
                          << QByteArray("a sweep takes either --concurrency LIST or --rate LIST");
    QTest::addRow("bad list") << QStringList{QStringLiteral("sweep"), QStringLiteral("--rate"), QStringLiteral("1:x")}
                              << QByteArray("\"1:x\" is not a list of steps");
    QTest::addRow("bad slo") << QStringList{QStringLiteral("sweep"), QStringLiteral("--rate"), QStringLiteral("1,2"),
                                            QStringLiteral("--slo"), QStringLiteral("speed=fast")}
                             << QByteArray("\"speed=fast\" is not an SLO");
    QTest::addRow("search without slo") << QStringList{QStringLiteral("sweep"), QStringLiteral("--rate"),
                                                       QStringLiteral("1:9:2"), QStringLiteral("--search")}
                                        << QByteArray("a search needs a rate range and at least one SLO");
    QTest::addRow("arrival without rate")
        << QStringList{QStringLiteral("run"), QStringLiteral("--arrival"), QStringLiteral("poisson")}
        << QByteArray("--arrival poisson needs --rate");
    QTest::addRow("bad arrival") << QStringList{QStringLiteral("run"), QStringLiteral("--arrival"),
                                                QStringLiteral("bursty")}
                                 << QByteArray("--arrival must be closed, constant or poisson");
    QTest::addRow("zero rate") << QStringList{QStringLiteral("run"), QStringLiteral("--rate"), QStringLiteral("0")}
                               << QByteArray("--rate must be a number from 0.001 to 10000");
}

void TestCliSweep::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const CliResult r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY2(r.err.contains(QByteArray("Try 'tokenmeter-cli " + args.constFirst().toUtf8() + " --help'")),
             r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_clisweep.moc"
