#include "demostage.h"

#include "charts/chartdeck.h"
#include "charts/chartpanel.h"
#include "charts/loadchart.h"
#include "dashboardview.h"
#include "mainwindow.h"
#include "models/historymodel.h"
#include "widgets/comparisondialog.h"
#include "widgets/historypanel.h"

#include <QDeadlineTimer>
#include <QTimer>

#include <memory>

namespace {

const QStringList kCharts{QStringLiteral("ttft"),  QStringLiteral("speed"),  QStringLiteral("timeline"),
                          QStringLiteral("price"), QStringLiteral("region"), QStringLiteral("inputLength"),
                          QStringLiteral("load")};
constexpr int kHistoryTab = 6; // DashboardView::showTab's order

} // namespace

QStringList DemoStage::names()
{
    return QStringList{QStringLiteral("dashboard"), QStringLiteral("compare"), QStringLiteral("endpoints"),
                       QStringLiteral("loadCurve")}
    + kCharts;
}

namespace {

// The history is read off the GUI thread: the runs come, then the two newest
// are compared, then the comparison shows (within 10 s) and is grabbed.
void showComparison(MainWindow *window, const std::function<void()> &ready)
{
    window->dashboard()->showTab(kHistoryTab);
    HistoryPanel *history = window->historyPanel();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(history->model(), &HistoryModel::reloaded, window, [=] {
        QObject::disconnect(*connection); // once: later reloads (the file watcher's) change nothing
        if (history->model()->rowCount() >= 2) {
            history->select({history->model()->run(0).id, history->model()->run(1).id});
            history->compareSelected();
        }
        auto *poll = new QTimer(window);
        QObject::connect(poll, &QTimer::timeout, window, [window, poll, ready, deadline = QDeadlineTimer(10000)] {
            if (!window->findChild<ComparisonDialog *>() && !deadline.hasExpired())
                return;
            poll->stop();
            poll->deleteLater();
            QTimer::singleShot(500, window, ready); // painted before the window is grabbed
        });
        poll->start(50);
    });
    history->reload();
}

} // namespace

bool DemoStage::needsAnotherRun(const QString &view, qsizetype runsKept)
{
    return view == u"compare" && runsKept < 2;
}

void DemoStage::show(MainWindow *window, const QString &view, const std::function<void()> &ready)
{
    if (view == u"loadCurve") { // the load chart's latency against throughput
        LoadChart *chart = window->dashboard()->loadChart();
        chart->setView(LoadChart::View::LatencyThroughput);
        window->dashboard()->charts()->showChart(chart);
    } else if (kCharts.contains(view)) {
        window->dashboard()->charts()->showChart(
            window->dashboard()->findChild<ChartPanel *>(view + QStringLiteral("Chart")));
    } else if (view == u"endpoints") {
        window->editEndpoints(false);
    } else if (view == u"compare" && window->historyPanel()) {
        showComparison(window, ready);
        return;
    }
    // Let the last refresh and the dialogs paint before the window is grabbed.
    QTimer::singleShot(500, window, ready);
}
