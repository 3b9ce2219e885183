// The window on an ordinary laptop screen: it fits 1280x720, its charts go to
// tabs rather than squeezing, the leaderboard keeps its figures in view, a
// chart can take the whole window and give it back, the side panel hides,
// empty charts say so; and all of it is remembered.
#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "charts/chartdeck.h"
#include "charts/distributionchart.h"
#include "core/translations.h"
#include "dashboardview.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "models/historymodel.h"
#include "models/leaderboardmodel.h"
#include "settings/appsettings.h"
#include "widgets/historypanel.h"
#include "widgets/tableview.h"

#include <QAction>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsALaptopScreen_data();
    void fitsALaptopScreen();
    void aChartTakesTheWindowAndGivesItBack();
    void sidePanelHidesAndIsRemembered();
    void historyShowsARunTheCliAdds();
    void languageChangesWithoutARestart();
};

namespace {

QAction *action(QMainWindow *window, const QString &text)
{
    const auto actions = window->menuBar()->findChildren<QAction *>();
    for (QAction *a : actions)
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

void TestLayout::fitsALaptopScreen_data()
{
    QTest::addColumn<QString>("language");
    // German's words are the longest, Chinese needs its own font's height.
    for (const char *language : {"en", "de", "zh_CN"})
        QTest::addRow("%s", language) << QString::fromLatin1(language);
}

void TestLayout::fitsALaptopScreen()
{
    QFETCH(QString, language);
    // Loaded, or the row would measure English.
    QCOMPARE(Translations::install(qApp, language).left(2), language.left(2));
    const auto english = qScopeGuard([] { Translations::install(qApp, QStringLiteral("en")); });
    QTemporaryDir dir;
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(&catalog, &settings);
    QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 720,
             qPrintable(QStringLiteral("needs %1x%2")
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1280, 720));
    // The charts take turns in tabs; the leaderboard is a tab of its own with
    // Model, Region and TTFT p50 in view.
    QTRY_VERIFY(window.dashboard()->charts()->isTabbed());
    auto *board = window.findChild<TableView *>(QStringLiteral("leaderboard"));
    QVERIFY(board);
    QTRY_VERIFY(board->isVisible());
    for (const int column : {LeaderboardModel::Model, LeaderboardModel::Region, LeaderboardModel::TtftP50}) {
        QVERIFY(!board->isColumnHidden(column));
        const int right = board->horizontalHeader()->sectionViewportPosition(column)
            + board->horizontalHeader()->sectionSize(column);
        QVERIFY2(right <= board->viewport()->width(), qPrintable(QString::number(column)));
    }
    // Before a run the charts say there is nothing yet, not an empty grid.
    QVERIFY(window.dashboard()->ttftChart()->isEmpty());
    QVERIFY(window.dashboard()->ttftChart()->findChild<QLabel *>(QStringLiteral("noData"))->isVisible());
    // The side panel scrolls rather than squeezing its form.
    QVERIFY(window.findChild<QScrollArea *>(QStringLiteral("sidePanel")));
    // A large screen has room for every chart at once.
    window.resize(2400, 1300);
    QTRY_VERIFY(!window.dashboard()->charts()->isTabbed());
}

void TestLayout::aChartTakesTheWindowAndGivesItBack()
{
    QTemporaryDir dir;
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    {
        MainWindow window(&catalog, &settings);
        window.resize(2400, 1300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DistributionChart *ttft = window.dashboard()->ttftChart();
        QWidget *leaderboard = window.findChild<TableView *>(QStringLiteral("leaderboard"));
        QTRY_VERIFY(leaderboard->isVisible());
        QTest::mouseDClick(ttft->view()->viewport(), Qt::LeftButton);
        QCOMPARE(window.dashboard()->charts()->maximised(), ttft);
        QVERIFY(!leaderboard->isVisible());
        QVERIFY(!window.dashboard()->speedChart()->isVisible());
        QCOMPARE(settings.maximisedChart(), QStringLiteral("ttftChart"));
    }
    {
        // Remembered at the next launch; a double-click gives the room back.
        MainWindow window(&catalog, &settings);
        window.resize(2400, 1300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DistributionChart *ttft = window.dashboard()->ttftChart();
        QCOMPARE(window.dashboard()->charts()->maximised(), ttft);
        QTest::mouseDClick(ttft->view()->viewport(), Qt::LeftButton);
        QVERIFY(!window.dashboard()->charts()->maximised());
        QTRY_VERIFY(window.dashboard()->speedChart()->isVisible());
        QVERIFY(window.findChild<TableView *>(QStringLiteral("leaderboard"))->isVisible());
        QCOMPARE(settings.maximisedChart(), QString());
    }
}

void TestLayout::sidePanelHidesAndIsRemembered()
{
    QTemporaryDir dir;
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    {
        MainWindow window(&catalog, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *side = action(&window, QStringLiteral("&Side panel"));
        QVERIFY(side && side->isChecked());
        QCOMPARE(side->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        side->trigger();
        QVERIFY(!window.findChild<QScrollArea *>(QStringLiteral("sidePanel"))->isVisible());
        QVERIFY(!settings.sidePanelShown());
    }
    MainWindow window(&catalog, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<QScrollArea *>(QStringLiteral("sidePanel"))->isVisible());
    QVERIFY(!action(&window, QStringLiteral("&Side panel"))->isChecked());
}

void TestLayout::historyShowsARunTheCliAdds()
{
    QTemporaryDir dir;
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore history;
    QString error;
    QVERIFY2(history.open(db, &error), qPrintable(error));
    MainWindow window(&catalog, &settings, &history);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.historyPanel()->model()->rowCount(), 0);
    QProcess cli;
    cli.start(QStringLiteral(TOKENMETER_CLI),
              {QStringLiteral("run"), QStringLiteral("--models"), QStringLiteral("qwen3-8b"),
               QStringLiteral("--regions"), QStringLiteral("us-east"), QStringLiteral("--iterations"),
               QStringLiteral("2"), QStringLiteral("--time-scale"), QStringLiteral("10"), QStringLiteral("--history"),
               db});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    // Nothing told the window: it saw the database change.
    QTRY_COMPARE_WITH_TIMEOUT(window.historyPanel()->model()->rowCount(), 1, 10000);
}

void TestLayout::languageChangesWithoutARestart()
{
    QTemporaryDir dir;
    Catalog catalog = Catalog::builtIn();
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(&catalog, &settings);
    window.show();
    QSignalSpy asked(&window, &MainWindow::languageChangeRequested);
    QAction *german = action(&window, QStringLiteral("Deutsch"));
    QVERIFY(german);
    german->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().constFirst().toString(), QStringLiteral("de"));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    // What the application then does: the new language replaces the old one,
    // and going back to English leaves no German behind.
    Translations::install(qApp, QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("WindowActions", "&View"), QStringLiteral("&Ansicht"));
    // Names saved in English are shown in German; a name the user gave is not touched.
    QCOMPARE(CatalogNames::display(QStringLiteral("This machine")), QStringLiteral("Dieser Rechner"));
    QCOMPARE(CatalogNames::display(QStringLiteral("Routed mix")),
             QCoreApplication::translate("CostProjector", "Routed mix"));
    QVERIFY(CatalogNames::display(QStringLiteral("Routed mix")) != QStringLiteral("Routed mix"));
    QCOMPARE(CatalogNames::display(QStringLiteral("My lab box")), QStringLiteral("My lab box"));
    QCOMPARE(CatalogNames::runName(QStringLiteral("Simulated 2026-12-03 09:30")),
             QCoreApplication::translate("HistoryStore", "Simulated") + QStringLiteral(" 2026-12-03 09:30"));
    QCOMPARE(CatalogNames::runName(QStringLiteral("baseline")), QStringLiteral("baseline"));
    Translations::install(qApp, QStringLiteral("zh_CN"));
    QVERIFY(QCoreApplication::translate("WindowActions", "&View").contains(QStringLiteral("(&V)")));
    Translations::install(qApp, QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("WindowActions", "&View"), QStringLiteral("&View"));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
