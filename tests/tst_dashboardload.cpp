// The dashboard's Load mode: the run panel's load settings are read, checked
// and remembered; a concurrency sweep started from the window draws its
// steps live, rings the knee and lists every step; Stop keeps finished steps.
#include "catalog/catalog.h"
#include "charts/loadchart.h"
#include "dashboardview.h"
#include "load/stepsummary.h"
#include "mainwindow.h"
#include "models/catalogmodel.h"
#include "run/runresult.h"
#include "run/runstate.h"
#include "settings/appsettings.h"
#include "widgets/loadsettings.h"
#include "widgets/loadstepsview.h"
#include "widgets/runsettingspanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

namespace {

RunSettings sweepSettings()
{
    RunSettings s;
    s.simulated = true;
    s.simulatedRegions = {QStringLiteral("us-east")};
    s.timeScale = 20;
    s.maxTokens = 40;
    s.load.sweep = Load::Sweep::Concurrency;
    s.load.steps = {2, 16};
    s.load.durationS = 8;
    s.load.warmupS = 1;
    return s;
}

} // namespace

class TestDashboardLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadSettingsAreCheckedAndRemembered();
    void sweepDrawsItsStepsAndTheKnee();
    void stopKeepsTheFinishedSteps();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDashboardLoad::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDashboardLoad::loadSettingsAreCheckedAndRemembered()
{
    Catalog catalog = Catalog::builtIn();
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(path);
        MainWindow window(&catalog, &settings);
        window.show();
        RunSettingsPanel *panel = window.settingsPanel();
        auto *mode = panel->findChild<QComboBox *>(QStringLiteral("loadMode"));
        auto *steps = panel->findChild<QLineEdit *>(QStringLiteral("loadSteps"));
        auto *slos = panel->findChild<QLineEdit *>(QStringLiteral("slos"));
        QVERIFY(mode && steps && slos);
        QCOMPARE(panel->problem(), QString()); // iterations: nothing to check
        mode->setCurrentIndex(4);              // the rate search
        steps->setText(QStringLiteral("1:x"));
        QVERIFY2(panel->problem().contains(QStringLiteral("is not a list of steps")), qPrintable(panel->problem()));
        QVERIFY(!window.startRun()); // refused, and the status line says why
        steps->setText(QStringLiteral("1:20:1"));
        QVERIFY2(panel->problem().contains(QStringLiteral("SLO")), qPrintable(panel->problem()));
        slos->setText(QStringLiteral("ttft_p90=700ms, e2e_p99=9s"));
        QCOMPARE(panel->problem(), QString());
        const Load load = panel->settings().load;
        QVERIFY(load.search);
        QCOMPARE(load.steps, (QList<double>{1, 20}));
        QCOMPARE(load.slos.size(), 2);
        settings.setRunSettings(panel->settings());
    }
    AppSettings again(path);
    const Load kept = again.runSettings().load;
    QVERIFY(kept.search);
    QCOMPARE(kept.steps, (QList<double>{1, 20}));
    QCOMPARE(SloTerm::listText(kept.slos), QStringLiteral("ttft_p90<=700ms, e2e_p99<=9000ms"));
    MainWindow window(&catalog, &again);
    QCOMPARE(window.settingsPanel()->settings().load.slos.size(), 2); // shown again in the panel
}

// GLM-5 is premium: eight decode slots in the simulator; sixteen in flight wait.
void TestDashboardLoad::sweepDrawsItsStepsAndTheKnee()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(&catalog, &settings);
    window.resize(1280, 720);
    window.show();
    window.catalogModel()->setCheckedIds({QStringLiteral("glm-5")});
    window.settingsPanel()->setSettings(sweepSettings());
    LoadChart *chart = window.dashboard()->loadChart();
    QVERIFY(chart->isEmpty()); // no load test yet: it says how to make one
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isEmpty(), 30'000); // live, over time
    QVERIFY(finished.wait(120'000));
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QCOMPARE(result.steps.size(), 2);
    QCOMPARE(window.runState()->steps().size(), 2);
    chart->setView(LoadChart::View::LatencyThroughput);
    QCOMPARE(chart->lanes(), 1);
    QCOMPARE(chart->knees(), 1);
    auto *steps = window.dashboard()->findChild<LoadStepsView *>();
    QVERIFY(steps);
    QCOMPARE(steps->model()->rowCount(), 2);
    QVERIFY2(steps->notes().contains(QStringLiteral("knee at concurrency 16")), qPrintable(steps->notes()));
    // The leaderboard pools the steps, and says so.
    const auto labels = window.dashboard()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text() == u"Leaderboard: every step of the sweep pooled (see Load steps)";
    }));
}

void TestDashboardLoad::stopKeepsTheFinishedSteps()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(&catalog, &settings);
    window.show();
    window.catalogModel()->setCheckedIds({QStringLiteral("qwen3-8b")});
    RunSettings s = sweepSettings();
    s.load.steps = {1, 2, 4};
    s.load.durationS = 20;
    s.load.warmupS = 0;
    window.settingsPanel()->setSettings(s);
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QTRY_VERIFY_WITH_TIMEOUT(window.runState()->steps().size() >= 2, 30'000);
    window.stopRun();
    QVERIFY(finished.wait(30'000));
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.steps.size() >= 2);
    QVERIFY(result.steps.at(0).complete);
    QVERIFY(!result.steps.constLast().complete); // stopped in its window: kept, marked
    for (const RequestRecord &r : result.records)
        QVERIFY(!r.failed()); // a stopped request is not a failure
    QCOMPARE(StepSummary::of(result).constFirst().errors, 0);
}

QTEST_MAIN(TestDashboardLoad)
#include "tst_dashboardload.moc"
