// End to end through the window: a short run on the simulated provider fills
// every table and chart; Stop cancels cleanly; settings survive and a broken
// settings file is set aside.
#include "catalog/catalog.h"
#include "charts/distributionchart.h"
#include "charts/inputlengthchart.h"
#include "charts/pricechart.h"
#include "charts/regionchart.h"
#include "charts/timelinechart.h"
#include "core/stallprobe.h"
#include "dashboardview.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "models/catalogmodel.h"
#include "models/historymodel.h"
#include "models/leaderboardmodel.h"
#include "models/recommendationmodel.h"
#include "models/regionmodel.h"
#include "models/requestmodel.h"
#include "models/tierproxymodel.h"
#include "plans.h"
#include "report/jsonreport.h"
#include "run/runresult.h"
#include "run/runsnapshot.h"
#include "run/runstate.h"
#include "scriptedserver.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "widgets/comparisondialog.h"
#include "widgets/datasetpicker.h"
#include "widgets/historypanel.h"
#include "widgets/modelpicker.h"
#include "widgets/runprogress.h"
#include "widgets/runsettingspanel.h"
#include "widgets/streampreview.h"
#include "widgets/tableview.h"
#include "workload/promptmaker.h"
#include "workload/tokenestimate.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const QStringList kModels{QStringLiteral("qwen3-8b"), QStringLiteral("step-3.5-flash"), QStringLiteral("deepseek-r1")};

RunSettings quickSettings(double timeScale, int iterations)
{
    RunSettings s;
    s.simulated = true;
    s.simulatedRegions = {QStringLiteral("us-east"), QStringLiteral("asia")};
    s.timeScale = timeScale;
    s.iterations = iterations;
    s.warmup = 1;
    return s;
}

// Picks entry `index` of the workload list as a click does.
void choose(QComboBox *profile, int index)
{
    profile->setCurrentIndex(index);
    Q_EMIT profile->activated(index);
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aShortRunFillsEveryTableAndChart();
    void timelineDrawsAtMostItsCapAndSaysSo();
    void stopCancelsWithoutLosingFinishedRequests();
    void historyPanelOpensMergesComparesImportsExports();
    void refusesToStartWithoutModels();
    void asksBeforeSendingAKeyOverPlainHttpAndNeverSavesSecrets();
    void keyIsInNoFileTheDashboardWrites();
    void settingsAreRemembered();
    void workloadIsChosenAndRemembered();
    void inputSweepDrawsTtftAgainstInputLength();
    void datasetIsReadOffTheGuiThreadAndSent();
    void workloadsAreSavedUnderANameAndOffered();
    void fetchModelsFromTheEndpoint();
    void brokenSettingsFileIsSetAsideNotLost();
    void unreadableCatalogChangesAreKeptAside();
    void outOfRangeSettingsFallBackToDefaults();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDashboard::aShortRunFillsEveryTableAndChart()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    HistoryStore history;
    QString historyError;
    QVERIFY2(history.open(m_dir->filePath(QStringLiteral("history.sqlite")), &historyError), qPrintable(historyError));
    MainWindow window(&catalog, &settings, &history);
    window.resize(1600, 1000);
    window.show();
    window.catalogModel()->setCheckedIds(kModels);
    window.settingsPanel()->setSettings(quickSettings(20, 2));

    QSignalSpy finished(&window, &MainWindow::runFinished);
    QSignalSpy refreshed(window.runState(), &RunState::refreshed);
    QVERIFY(window.startRun());
    QVERIFY(window.runState()->isRunning());
    QVERIFY2(finished.wait(60000), "the run did not finish within 60 s");
    const RunResult result = finished.at(0).at(0).value<RunResult>();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.records.size(), 3 * 2 * 3); // models x regions x (2 + 1 warm-up)
    QVERIFY2(refreshed.count() >= 3, "the charts were refreshed only at the end, not live");

    DashboardView *d = window.dashboard();
    // Tables.
    QCOMPARE(d->leaderboard()->rowCount(), 6);
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(d->leaderboard()->index(row, LeaderboardModel::N).data().toInt(), 2);
        QVERIFY(d->leaderboard()->index(row, LeaderboardModel::TtftP50).data(LeaderboardModel::SortRole).toDouble()
                > 50);
        QVERIFY(d->leaderboard()->index(row, LeaderboardModel::Cost).data().toString().startsWith(u'$'));
    }
    QCOMPARE(d->tiers()->rowCount(), 6);
    QCOMPARE(d->recommendations()->rowCount(), int(catalog.bands().size()));
    QCOMPARE(d->recommendations()->columnCount(), 3);
    // The cheapest model meeting "slow" (any TTFT) from each region is Qwen3-8B at $0.01.
    const int slow = int(catalog.bands().size()) - 1;
    QCOMPARE(d->recommendations()->index(slow, 1).data(RecommendationModel::ModelIdRole).toString(),
             QStringLiteral("qwen3-8b"));
    QCOMPARE(d->regions()->rowCount(), 3);
    QVERIFY(d->regions()->ttft(QStringLiteral("deepseek-r1"), QStringLiteral("asia")).has_value());
    QCOMPARE(d->requests()->rowCount(), 18);
    // Charts.
    QCOMPARE(d->ttftChart()->filledBoxes(), 6);
    QCOMPARE(d->speedChart()->filledBoxes(), 6);
    QCOMPARE(d->timelineChart()->drawnLines(), 18);
    QCOMPARE(d->priceChart()->plottedPoints(), 6);
    QCOMPARE(d->regionChart()->filledBars(), 6);
    QVERIFY(!d->preview()->answerText().isEmpty());
    // Labelled simulated, and the GUI thread was watched throughout.
    auto *banner = window.findChild<QLabel *>(QStringLiteral("simulatedBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(window.stallProbe()->ticks() > 0);
    QVERIFY2(window.statusText().contains(QStringLiteral("Run finished")), qPrintable(window.statusText()));

    // Every chart exports; every table copies.
    const QString png = m_dir->filePath(QStringLiteral("ttft.png"));
    const QString svg = m_dir->filePath(QStringLiteral("ttft.svg"));
    QString exportError;
    QVERIFY2(d->ttftChart()->savePng(png, &exportError), qPrintable(exportError));
    QVERIFY2(d->regionChart()->saveSvg(svg, &exportError), qPrintable(exportError));
    QVERIFY(!QImage(png).isNull());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("<svg"));
    QVERIFY(!d->ttftChart()->savePng(m_dir->filePath(QStringLiteral("no/such/dir/x.png")), &exportError));
    QVERIFY(exportError.contains(QStringLiteral("no/such/dir")));
    auto *board = window.findChild<TableView *>(QStringLiteral("leaderboard"));
    QVERIFY(board);
    const QStringList lines = board->toTsv(false).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 6);
    QVERIFY(lines.first().startsWith(QStringLiteral("Model\tRegion")));
    QVERIFY2(lines.at(1).contains(u'\t'), qPrintable(lines.at(1)));

    const QString shot = m_dir->filePath(QStringLiteral("shot.png"));
    QString error;
    QVERIFY2(window.saveScreenshot(shot, &error), qPrintable(error));
    QCOMPARE(QImage(shot).size(), QSize(1600, 1000));

    // The run was kept in the history, whole, by the history's own thread.
    QTRY_COMPARE_WITH_TIMEOUT(history.runs().value(0).state, HistoryRun::State::Finished, 10000);
    const QList<HistoryRun> runs = history.runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.constFirst().requests, 18);
}

// A thousand requests in flight are not a thousand lines redrawn 20 times a
// second (that CPU is the measurement's): the chart draws its cap, in-flight
// requests first, and its note says not every request is drawn.
void TestDashboard::timelineDrawsAtMostItsCapAndSaysSo()
{
    const Catalog catalog = Catalog::builtIn();
    RunState state(&catalog);
    TimelineChart chart(&state);
    RunPlan plan;
    plan.models = {QStringLiteral("qwen3-8b")};
    state.begin(plan);
    QVERIFY(!chart.note().contains(QStringLiteral("requests drawn")));
    RunSnapshot snapshot;
    for (int i = 0; i < TimelineChart::kMaxLines + 30; ++i) {
        RequestRecord r;
        r.model = plan.models.constFirst();
        r.timeline.requestId = QByteArray::number(i);
        r.timeline.sendMonoNs = 1'000'000'000 + i * 1000;
        r.timeline.tokenEventsUs = {1000, 2000, 3000};
        snapshot.inFlight.append(r);
    }
    QSignalSpy refreshed(&state, &RunState::refreshed);
    state.apply(snapshot);
    QVERIFY2(refreshed.wait(5000), "no refresh within 5 s");
    QCOMPARE(chart.drawnLines(), TimelineChart::kMaxLines);
    QVERIFY2(chart.note().contains(QStringLiteral("%1 requests drawn").arg(TimelineChart::kMaxLines)),
             qPrintable(chart.note()));

    // Fewer than the cap: every one drawn, and the note says nothing of a cap.
    snapshot.inFlight.resize(10);
    state.apply(snapshot);
    QVERIFY2(refreshed.wait(5000), "no refresh within 5 s");
    QCOMPARE(chart.drawnLines(), 10);
    QVERIFY(!chart.note().contains(QStringLiteral("requests drawn")));
}

void TestDashboard::stopCancelsWithoutLosingFinishedRequests()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    HistoryStore history;
    QString historyError;
    QVERIFY2(history.open(m_dir->filePath(QStringLiteral("history.sqlite")), &historyError), qPrintable(historyError));
    MainWindow window(&catalog, &settings, &history);
    window.show();
    window.catalogModel()->setAllChecked(true);
    window.settingsPanel()->setSettings(quickSettings(1, 10)); // minutes long at 1x
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QSignalSpy refreshed(window.runState(), &RunState::refreshed);
    // Let some requests stream, and the fastest lanes finish a few.
    for (int i = 0; i < 200 && window.runState()->records().isEmpty(); ++i)
        QVERIFY(refreshed.wait(1000));
    QVERIFY(!window.runState()->records().isEmpty());
    window.stopRun();
    QVERIFY2(finished.wait(10000), "Stop did not end the run within 10 s");
    const RunResult result = finished.at(0).at(0).value<RunResult>();
    QVERIFY(result.cancelled);
    for (const RequestRecord &r : result.records)
        QVERIFY2(r.timeline.status != RequestStatus::Pending, "a request was left hanging");
    QVERIFY(window.dashboard()->requests()->rowCount() == result.records.size());
    QVERIFY(!window.runState()->isRunning());

    // Stopped requests are no errors anywhere: counted apart, grey, never "failed".
    const int stopped = int(std::count_if(result.records.cbegin(), result.records.cend(), [](const RequestRecord &r) {
        return r.timeline.status == RequestStatus::Cancelled;
    }));
    QVERIFY2(stopped > 0, "nothing was in flight when the run stopped");
    QCOMPARE(window.runState()->stopped(), stopped);
    QCOMPARE(window.runState()->errors(), 0);
    LeaderboardModel *board = window.dashboard()->leaderboard();
    for (int row = 0; row < board->rowCount(); ++row)
        QCOMPARE(board->index(row, LeaderboardModel::Errors).data().toInt(), 0);
    RequestModel *requests = window.dashboard()->requests();
    for (int row = 0; row < requests->rowCount(); ++row) {
        const QModelIndex status = requests->index(row, RequestModel::Status);
        QVERIFY(status.data(Qt::ForegroundRole).value<QColor>() != QColor(0xd64545));
        QVERIFY(status.data().toString() == u"ok" || status.data().toString() == u"stopped");
    }
    QVERIFY2(window.statusText().startsWith(QStringLiteral("Run stopped")), qPrintable(window.statusText()));
    QVERIFY2(!window.statusText().contains(QStringLiteral("failed")), qPrintable(window.statusText()));
    auto *progress = window.findChild<RunProgress *>();
    QVERIFY(progress);
    const QString progressText = progress->findChild<QLabel *>()->text();
    QVERIFY2(progressText.startsWith(QStringLiteral("0 error")), qPrintable(progressText));
    QVERIFY2(progressText.contains(QStringLiteral("%1 stopped").arg(stopped)), qPrintable(progressText));
    QTRY_COMPARE_WITH_TIMEOUT(history.runs().value(0).state, HistoryRun::State::Cancelled, 10000);
    QCOMPARE(history.runs().constFirst().failed, 0);
    QCOMPARE(historyStateText(HistoryRun::State::Cancelled), QStringLiteral("stopped"));
    const QString summary = Leaderboard(result, catalog, Leaderboard::RankBy::Ttft).format(Leaderboard::Format::Csv);
    for (const QString &line : summary.split(u'\n', Qt::SkipEmptyParts).mid(1))
        QCOMPARE(line.section(u',', 6, 6), QStringLiteral("0")); // the errors column
}

void TestDashboard::historyPanelOpensMergesComparesImportsExports()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    HistoryStore history;
    QString error;
    QVERIFY2(history.open(m_dir->filePath(QStringLiteral("history.sqlite")), &error), qPrintable(error));
    MainWindow window(&catalog, &settings, &history);
    window.show();
    HistoryPanel *panel = window.historyPanel();
    QVERIFY(panel);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.catalogModel()->setCheckedIds(kModels);
    window.settingsPanel()->setSettings(quickSettings(20, 3));
    QSignalSpy finished(&window, &MainWindow::runFinished);
    for (int run = 0; run < 2; ++run) {
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(60000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->run(0).state, HistoryRun::State::Finished, 10000);
    const qint64 first = panel->model()->run(1).id, second = panel->model()->run(0).id;

    // Open one, then both together: the second run's regions are kept apart.
    // The history is read off the GUI thread: each outcome follows when it is read.
    panel->select({first});
    panel->openSelected();
    QTRY_COMPARE_WITH_TIMEOUT(window.dashboard()->leaderboard()->rowCount(), 6, 10000);
    panel->select({first, second});
    panel->openSelected();
    QTRY_COMPARE_WITH_TIMEOUT(window.dashboard()->leaderboard()->rowCount(), 12, 10000);
    QCOMPARE(window.runState()->plan().regions.size(), 4);
    QVERIFY(window.statusText().contains(QStringLiteral("+")));

    // Compare: a table of every lane's six figures.
    panel->compareSelected();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ComparisonDialog *>(), 10000);
    auto *dialog = window.findChild<ComparisonDialog *>();
    QCOMPARE(dialog->rowCount(), 6 * 6);
    // Two runs of the same settings at 20x: the speed-up's distortion is said
    // first; the lanes are named as the catalog names them.
    const auto *caveats = dialog->findChild<QLabel *>(QStringLiteral("caveats"));
    QVERIFY(caveats && caveats->text().contains(QStringLiteral("Distorted by the speed-up")));
    for (const LaneComparison &lane : dialog->comparison().lanes)
        QCOMPARE(lane.modelName, catalog.model(lane.model)->name);
    dialog->close();
    delete dialog; // closing only hides it until the event loop runs
    // One run: pick two of its regions (or models), then see them compared.
    panel->select({first});
    panel->compareSelected();
    QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QDialog *>(), 10000);
    auto *choice = panel->findChild<QDialog *>();
    QVERIFY(choice->isVisible());
    choice->accept(); // the defaults: its two regions
    dialog = window.findChild<ComparisonDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 3 * 6);
    delete dialog;

    // Export one (tst_windowexport goes through the dialog), import it back
    // as a third run, delete it.
    const QString path = m_dir->filePath(QStringLiteral("exported.json"));
    QString title;
    connect(panel, &HistoryPanel::exportRequested, this, [&](const LoadedReport &report, const QString &name) {
        title = name;
        JsonReport::save(JsonReport::toJson(report.result, report.catalog), path, &error);
    });
    panel->select({first});
    QVERIFY2(panel->exportSelected(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(title, history.run(first)->name, 10000);
    QSignalSpy imported(panel, &HistoryPanel::imported), importFailed(panel, &HistoryPanel::importFailed);
    panel->importReport(path);
    QVERIFY2(imported.wait(10000), qPrintable(importFailed.value(0).value(0).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 3, 10000);
    QCOMPARE(panel->model()->run(0).requests, 3 * 2 * (3 + 1));
    QTRY_COMPARE_WITH_TIMEOUT(panel->selectedRuns(), QList<qint64>{imported.at(0).at(0).toLongLong()}, 10000);
    QVERIFY(panel->removeSelected());
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, 10000);
    // Renaming in place shows at once and goes to the store.
    QVERIFY(panel->model()->setData(panel->model()->index(0, HistoryModel::Name), QStringLiteral("Baseline")));
    QCOMPARE(panel->model()->run(0).name, QStringLiteral("Baseline"));
    QTRY_COMPARE_WITH_TIMEOUT(history.run(second)->name, QStringLiteral("Baseline"), 10000);
    // A bad file is refused with its name.
    QFile bad(m_dir->filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"schema\": \"tokenmeter.report/2\"");
    bad.close();
    panel->importReport(bad.fileName());
    QVERIFY(importFailed.wait(10000));
    QVERIFY2(importFailed.at(0).at(0).toString().contains(QStringLiteral("bad.json")),
             qPrintable(importFailed.at(0).at(0).toString()));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(panel->model()->rowCount(), 2);
}

void TestDashboard::refusesToStartWithoutModels()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(&catalog, &settings);
    window.catalogModel()->setAllChecked(false);
    QVERIFY(!window.startRun());
    QVERIFY2(window.statusText().contains(QStringLiteral("model")), qPrintable(window.statusText()));
    QVERIFY(!window.runState()->isRunning());
}

void TestDashboard::asksBeforeSendingAKeyOverPlainHttpAndNeverSavesSecrets()
{
    const QByteArray key = "sk-dashboard-test-0d5e11c2";
    qputenv("TOKENMETER_TEST_KEY", key);
    Catalog catalog = Catalog::builtIn();
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(ini);
        Endpoint lab;
        lab.id = QStringLiteral("lab");
        lab.name = QStringLiteral("Lab server");
        lab.baseUrl = QStringLiteral("http://192.0.2.10:8000/v1"); // TEST-NET: never reached
        lab.keyRef = QStringLiteral("env:TOKENMETER_TEST_KEY");
        settings.setEndpoints({lab});
        settings.setRegions({TestPlans::savedRegion(QStringLiteral("local"), QStringLiteral("This machine"))});
        MainWindow window(&catalog, &settings);
        window.show();
        window.catalogModel()->setCheckedIds(kModels);
        RunSettings s = quickSettings(1, 1);
        s.simulated = false;
        s.endpoint = QStringLiteral("lab");
        window.settingsPanel()->setSettings(s);
        QVERIFY(!window.startRun());
        auto *ask = window.findChild<QMessageBox *>();
        QVERIFY2(ask && ask->isVisible(), "no question before sending a key over plain http");
        QVERIFY(ask->text().contains(QStringLiteral("192.0.2.10")));
        ask->reject();
        QVERIFY(!window.runState()->isRunning());
        window.close();
    }
    QFile f(ini);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray saved = f.readAll();
    QVERIFY(saved.contains("192.0.2.10"));              // the endpoint is remembered...
    QVERIFY(saved.contains("env:TOKENMETER_TEST_KEY")); // ...and where its key is,
    QVERIFY(!saved.contains(key));                      // never the key
    qunsetenv("TOKENMETER_TEST_KEY");
}

void TestDashboard::keyIsInNoFileTheDashboardWrites()
{
    // A real run from the window against a local server, with keys from the
    // secret store (here kept for the session) and from a typed field.
    const QByteArray key = "sk-dashboard-keychain-5b27e0f1";
    const QByteArray typed = "sk-dashboard-typed-91c4aa03";
    ScriptedServer server;
    QVERIFY(server.listen());
    server.setScript(
        ScriptedServer::sse("data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                            "data: {\"choices\":[],\"usage\":{\"completion_tokens\":1}}\n\ndata: [DONE]\n\n"));
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    HistoryStore history;
    QString error;
    QVERIFY2(history.open(m_dir->filePath(QStringLiteral("history.sqlite")), &error), qPrintable(error));
    Endpoint local;
    local.id = QStringLiteral("local-test");
    local.name = QStringLiteral("Local test server");
    local.baseUrl = server.baseUrl().toString();
    local.keyRef = QStringLiteral("keychain");
    local.headers = {HttpHeader{"X-Team", "team-42"}};
    settings.setEndpoints({local});
    settings.setRegions({TestPlans::savedRegion(QStringLiteral("local"), QStringLiteral("This machine"))});
    MainWindow window(&catalog, &settings, &history);
    window.show();
    window.secretStore()->setSessionSecret(local.keychainEntry(), QString::fromLatin1(key));
    window.catalogModel()->setCheckedIds({QStringLiteral("qwen3-8b")});
    RunSettings s = quickSettings(1, 2);
    s.simulated = false;
    s.endpoint = local.id;
    s.warmup = 0;
    window.settingsPanel()->setSettings(s);
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QVERIFY2(finished.wait(20000), qPrintable(window.statusText()));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().constFirst().header("authorization"), QByteArray("Bearer ") + key);
    QCOMPARE(server.requests().constFirst().header("x-team"), QByteArray("team-42"));

    // A key typed for the session wins over the stored one.
    auto *keyField = window.settingsPanel()->findChild<QLineEdit *>(QStringLiteral("sessionKey"));
    QVERIFY(keyField);
    keyField->setText(QString::fromLatin1(typed));
    QVERIFY(window.startRun());
    QVERIFY2(finished.wait(20000), qPrintable(window.statusText()));
    QCOMPARE(server.requests().size(), 4);
    QCOMPARE(server.requests().constLast().header("authorization"), QByteArray("Bearer ") + typed);
    window.close(); // saves the settings

    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        ++files;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &secret : {key, typed})
            QVERIFY2(!bytes.contains(secret),
                     qPrintable(QStringLiteral("%1 is in %2").arg(QString::fromLatin1(secret), f.fileName())));
        // A header's value is the endpoint's setting: saved with it, and in nothing the run wrote.
        if (!f.fileName().endsWith(QStringLiteral("settings.ini")))
            QVERIFY2(!bytes.contains("team-42"), qPrintable(f.fileName()));
    }
    QVERIFY2(files >= 2, qPrintable(QString::number(files))); // settings and history at least
}

void TestDashboard::settingsAreRemembered()
{
    Catalog catalog = Catalog::builtIn();
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(path);
        MainWindow window(&catalog, &settings);
        window.catalogModel()->setCheckedIds(kModels);
        RunSettings s = quickSettings(7, 4);
        s.prompt = QStringLiteral("Name three colours");
        window.settingsPanel()->setSettings(s);
        window.close();
    }
    AppSettings settings(path);
    MainWindow window(&catalog, &settings);
    QCOMPARE(window.catalogModel()->checkedIds(),
             QStringList(
                 {QStringLiteral("step-3.5-flash"), QStringLiteral("qwen3-8b"), QStringLiteral("deepseek-r1")}));
    const RunSettings s = window.settingsPanel()->settings();
    QCOMPARE(s.iterations, 4);
    QCOMPARE(s.timeScale, 7.0);
    QCOMPARE(s.prompt, QStringLiteral("Name three colours"));
}

// Choosing a profile fills the prompt, answer and input lengths; editing one
// of them makes the workload a custom one, which the settings keep.
void TestDashboard::workloadIsChosenAndRemembered()
{
    Catalog catalog = Catalog::builtIn();
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(path);
        MainWindow window(&catalog, &settings);
        RunSettingsPanel *panel = window.settingsPanel();
        auto *profile = panel->findChild<QComboBox *>(QStringLiteral("workload"));
        QVERIFY(profile);
        QCOMPARE(panel->settings().workload.profile, QStringLiteral("study")); // the default
        const int rag = profile->findData(QStringLiteral("rag"));
        choose(profile, rag);
        RunSettings s = panel->settings();
        QCOMPARE(s.workload.profile, QStringLiteral("rag"));
        QCOMPARE(s.workload.inputTokens, 2000);
        QCOMPARE(s.maxTokens, 300);
        QCOMPARE(s.prompt, QStringLiteral("Summarise the text above in about 200 words."));
        panel->findChild<QCheckBox *>(QStringLiteral("warmCache"))->setChecked(true);
        QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("prompt")), QStringLiteral(" Be brief."));
        s = panel->settings();
        QCOMPARE(s.workload.profile, QStringLiteral("custom"));
        QCOMPARE(s.workload.inputTokens, 2000);
        QCOMPARE(s.workload.inputSpread, 0.1); // kept from the profile it came from
        QVERIFY(!s.workload.toolCall);

        // The agent profile ticks Tool call; unticking it makes the workload custom.
        const int agent = profile->findData(QStringLiteral("agent"));
        QVERIFY(agent >= 0);
        choose(profile, agent);
        auto *toolCall = panel->findChild<QCheckBox *>(QStringLiteral("toolCall"));
        QVERIFY(toolCall && toolCall->isChecked());
        QCOMPARE(panel->settings().workload.profile, QStringLiteral("agent"));
        QVERIFY(panel->settings().workload.toolCall);
        toolCall->setChecked(false);
        QCOMPARE(panel->settings().workload.profile, QStringLiteral("custom"));
        QVERIFY(!panel->settings().workload.toolCall);
        toolCall->setChecked(true); // a custom workload with a tool call is kept as one
        choose(profile, rag);
        QVERIFY(!toolCall->isChecked());
        QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("prompt")), QStringLiteral(" Be brief."));
        toolCall->setChecked(true);
        window.close();
    }
    AppSettings settings(path);
    MainWindow window(&catalog, &settings);
    const RunSettings s = window.settingsPanel()->settings();
    QCOMPARE(s.workload.profile, QStringLiteral("custom"));
    QCOMPARE(s.workload.inputTokens, 2000);
    QCOMPARE(s.workload.cache, Workload::Cache::Warm);
    QVERIFY(s.workload.toolCall);
    QVERIFY(s.prompt.endsWith(QStringLiteral("Be brief.")));
}

// A dataset chosen in the run panel is read on a worker thread; the run sends
// its conversations and names it; a broken one is named and sends nothing.
void TestDashboard::datasetIsReadOffTheGuiThreadAndSent()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(&catalog, &settings);
    window.catalogModel()->setCheckedIds({QStringLiteral("qwen3-8b")});
    RunSettingsPanel *panel = window.settingsPanel();
    auto *picker = panel->findChild<DatasetPicker *>();
    QVERIFY(picker);
    RunSettings s = quickSettings(20, 2);
    s.datasetPath = QStringLiteral(TOKENMETER_TEST_DATA "/datasets/sharegpt.jsonl");
    panel->setSettings(s);
    QVERIFY(picker->isReading()); // not read on the GUI thread: setSettings returned first
    QTRY_VERIFY_WITH_TIMEOUT(picker->dataset() != nullptr, 10000);
    QVERIFY(!panel->findChild<QLineEdit *>(QStringLiteral("prompt"))->isEnabled());
    const RunSettings chosen = panel->settings();
    QCOMPARE(chosen.workload.datasetFile, QStringLiteral("sharegpt.jsonl"));
    QCOMPARE(chosen.workload.profile, QStringLiteral("custom"));

    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QVERIFY2(finished.wait(60000), "the run did not finish within 60 s");
    const RunResult result = finished.at(0).at(0).value<RunResult>();
    QCOMPARE(result.plan.workload.datasetSha256.size(), 64);
    QVERIFY(result.plan.workload.describe().contains(QStringLiteral("sharegpt.jsonl")));
    // What the simulator counted is each request's conversation, marker included.
    QVERIFY(result.plan.dataset);
    const PromptMaker prompts(result.plan.workload, result.plan.prompt, result.plan.promptNonce, result.plan.dataset);
    QSet<qint64> lengths;
    for (const RequestRecord &r : result.records) {
        QVERIFY2(r.ok(), qPrintable(r.timeline.error));
        qsizetype chars = 0;
        for (const ChatMessage &m : prompts.make(r.lane, r.warmup, r.iteration).messages)
            chars += m.content.size();
        QCOMPARE(r.timeline.usagePromptTokens, std::optional<qint64>(TokenEstimate::tokensOf(chars)));
        lengths.insert(*r.timeline.usagePromptTokens);
    }
    QVERIFY2(lengths.size() > 1, "every request sent the same conversation");

    // A built-in profile sends its own prompts: choosing one drops the dataset.
    auto *profile = panel->findChild<QComboBox *>(QStringLiteral("workload"));
    const int chat = profile->findData(QStringLiteral("chat"));
    choose(profile, chat);
    QVERIFY(picker->path().isEmpty());
    QCOMPARE(panel->settings().workload.profile, QStringLiteral("chat"));
    QVERIFY(panel->settings().workload.datasetFile.isEmpty());

    // A prompt read from a file (off the GUI thread): named by file and SHA-256;
    // typing over it makes it a typed prompt again.
    const QString promptPath = m_dir->filePath(QStringLiteral("question.txt"));
    QFile promptFile(promptPath);
    QVERIFY(promptFile.open(QIODevice::WriteOnly));
    promptFile.write("What is the capital of Australia?");
    promptFile.close();
    QSignalSpy read(picker, &DatasetPicker::promptRead);
    picker->readPrompt(promptPath);
    QVERIFY(read.wait(10000));
    auto *promptField = panel->findChild<QLineEdit *>(QStringLiteral("prompt"));
    QCOMPARE(promptField->text(), QStringLiteral("What is the capital of Australia?"));
    QCOMPARE(panel->settings().workload.promptFile, QStringLiteral("question.txt"));
    QCOMPARE(panel->settings().workload.promptSha256.size(), 64);
    QCOMPARE(panel->settings().workload.profile, QStringLiteral("custom"));
    QTest::keyClicks(promptField, QStringLiteral(" Briefly."));
    QVERIFY(panel->settings().workload.promptFile.isEmpty());

    picker->setPath(QStringLiteral(TOKENMETER_TEST_DATA "/datasets/malformed.jsonl"));
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isReading(), 10000);
    QVERIFY(!picker->dataset());
    QVERIFY2(picker->error().contains(QStringLiteral("malformed.jsonl:3:")), qPrintable(picker->error()));
    // Saved as chosen: the next start reads it again, nothing lost.
    window.close();
    QCOMPARE(AppSettings(m_dir->filePath(QStringLiteral("settings.ini"))).runSettings().datasetPath,
             QStringLiteral(TOKENMETER_TEST_DATA "/datasets/malformed.jsonl"));
}

// "Save…" keeps what the fields ask under a name: offered in the list beside
// the profiles, chosen again after a restart, deleted on request.
void TestDashboard::workloadsAreSavedUnderANameAndOffered()
{
    Catalog catalog = Catalog::builtIn();
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings(path);
        MainWindow window(&catalog, &settings);
        RunSettingsPanel *panel = window.settingsPanel();
        auto *profile = panel->findChild<QComboBox *>(QStringLiteral("workload"));
        const int rag = profile->findData(QStringLiteral("rag"));
        choose(profile, rag);
        panel->findChild<QCheckBox *>(QStringLiteral("warmCache"))->setChecked(true);
        panel->saveWorkloadAs(QStringLiteral("My RAG"));
        QCOMPARE(profile->currentText(), QStringLiteral("My RAG"));
        RunSettings s = panel->settings();
        QCOMPARE(s.workload.name, QStringLiteral("My RAG"));
        QCOMPARE(s.workload.profile, QStringLiteral("custom"));
        QVERIFY(s.workload.describe().startsWith(QStringLiteral("My RAG:")));
        QCOMPARE(settings.savedWorkloads().size(), 1); // saved as soon as it is named

        // Another profile, then the saved one again: its fields come back.
        const int study = profile->findData(QStringLiteral("study"));
        choose(profile, study);
        QCOMPARE(panel->settings().workload.inputTokens, 0);
        const int mine = profile->findData(QStringLiteral("saved:My RAG"));
        QVERIFY(mine >= 0);
        choose(profile, mine);
        s = panel->settings();
        QCOMPARE(s.workload.inputTokens, 2000);
        QCOMPARE(s.workload.cache, Workload::Cache::Warm);
        QCOMPARE(s.maxTokens, 300);
        panel->saveWorkloadAs(QStringLiteral("Second"));
        window.close();
    }
    {
        AppSettings settings(path);
        MainWindow window(&catalog, &settings);
        RunSettingsPanel *panel = window.settingsPanel();
        auto *profile = panel->findChild<QComboBox *>(QStringLiteral("workload"));
        QCOMPARE(profile->currentText(), QStringLiteral("Second")); // the choice is kept too
        QVERIFY(profile->findData(QStringLiteral("saved:My RAG")) >= 0);
        // Editing a saved workload makes it custom; deleting one forgets it.
        QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("prompt")), QStringLiteral(" Briefly."));
        QCOMPARE(panel->settings().workload.profile, QStringLiteral("custom"));
        QVERIFY(panel->settings().workload.name.isEmpty());
        const int mine = profile->findData(QStringLiteral("saved:My RAG"));
        choose(profile, mine);
        auto *save = panel->findChild<QToolButton *>(QStringLiteral("saveWorkload"));
        QVERIFY(save && save->menu());
        QAction *remove = save->menu()->actions().constFirst();
        QVERIFY(remove->isEnabled());
        remove->trigger();
        QCOMPARE(profile->findData(QStringLiteral("saved:My RAG")), -1);
        QCOMPARE(settings.savedWorkloads().size(), 1);
        QCOMPARE(settings.savedWorkloads().constFirst().name, QStringLiteral("Second"));
    }
}

// The "Input-length sweep" workload: the Input length chart gets each lane's
// points and fitted line; a run without a sweep leaves it empty.
void TestDashboard::inputSweepDrawsTtftAgainstInputLength()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(&catalog, &settings);
    window.resize(1280, 720);
    window.show();
    window.catalogModel()->setCheckedIds({QStringLiteral("qwen3-8b"), QStringLiteral("step-3.5-flash")});
    InputLengthChart *chart = window.dashboard()->inputLengthChart();
    QVERIFY(chart->isEmpty());
    RunSettings s = quickSettings(20, 1);
    const auto sweep = Workload::profileOf(QStringLiteral("sweep"));
    QVERIFY(sweep);
    s.workload = sweep->workload;
    s.prompt = sweep->prompt;
    s.maxTokens = 5;
    window.settingsPanel()->setSettings(s);
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QVERIFY(finished.wait(60'000));
    QCOMPARE(window.runState()->records().size(), 2 * 2 * (4 + 1));
    QCOMPARE(chart->fittedLanes(), 4);
    QVERIFY(!chart->isEmpty());
}

void TestDashboard::fetchModelsFromTheEndpoint()
{
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(&catalog, &settings);
    window.show();
    window.settingsPanel()->setSettings(quickSettings(10, 1));
    auto *picker = window.findChild<ModelPicker *>();
    QVERIFY(picker);
    Q_EMIT picker->fetchRequested(); // as the "Fetch models…" button does
    QListWidget *list = nullptr;
    for (int i = 0; i < 100 && !list; ++i) { // at most 10 s
        QTest::qWait(100);
        list = picker->findChild<QListWidget *>();
    }
    QVERIFY2(list, "the endpoint's models were not offered");
    QCOMPARE(list->count(), 15); // the simulated provider serves the catalog
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(!(list->item(i)->flags() & Qt::ItemIsUserCheckable)); // all known already
    list->parentWidget()->deleteLater();
    QTest::qWait(50);

    picker->offerModels({QStringLiteral("my-new-model"), QStringLiteral("qwen3-8b")}, QStringLiteral("Local"));
    auto *dialog = picker->findChild<QDialog *>();
    list = dialog->findChild<QListWidget *>();
    QCOMPARE(list->count(), 2);
    list->item(0)->setCheckState(Qt::Checked);
    dialog->accept();
    QCOMPARE(window.catalogModel()->rowCount(), 16);
    QVERIFY(window.catalogModel()->checkedIds().contains(QStringLiteral("my-new-model")));
    QCOMPARE(catalog.model(QStringLiteral("my-new-model"))->provider, QStringLiteral("Local"));
}

void TestDashboard::unreadableCatalogChangesAreKeptAside()
{
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    const QByteArray broken = R"({"schema":"tokenmeter.catalog/1","models":[{"id":"mine","price_as_of":"soon"}]})";
    {
        AppSettings settings(path);
        settings.setUserCatalog(broken);
        settings.sync();
    }
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(path);
    {
        MainWindow window(&catalog, &settings);
        QVERIFY2(window.statusText().contains(QStringLiteral("price_as_of")), qPrintable(window.statusText()));
        QVERIFY(!catalog.model(QStringLiteral("mine")));
        window.close(); // saves the catalog as it is now
    }
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("settings.ini.catalog-broken-*.json")});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), broken);
}

void TestDashboard::brokenSettingsFileIsSetAsideNotLost()
{
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray garbage("[run]\niterations=5\n[broken\n\x01\x02\x03=\"unterminated\n");
    f.write(garbage);
    f.close();
    AppSettings settings(path);
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("settings.ini.broken-*")});
    QVERIFY2(settings.loadError().contains(path), qPrintable(settings.loadError()));
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    QCOMPARE(settings.runSettings().iterations, RunSettings{}.iterations);
}

void TestDashboard::outOfRangeSettingsFallBackToDefaults()
{
    const QString path = m_dir->filePath(QStringLiteral("settings.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[run]\niterations=abc\nmaxTokens=-5\ntimeScale=1e9\nconcurrency=7\nprompt=\n");
    f.close();
    AppSettings settings(path);
    const RunSettings s = settings.runSettings();
    const RunSettings d;
    QCOMPARE(s.iterations, d.iterations);
    QCOMPARE(s.maxTokens, d.maxTokens);
    QCOMPARE(s.timeScale, d.timeScale);
    QCOMPARE(s.concurrency, 7);
    QCOMPARE(s.prompt, d.prompt);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
