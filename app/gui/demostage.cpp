#include "demostage.h"

#include "charts/chartdeck.h"
#include "charts/chartpanel.h"
#include "dashboardview.h"
#include "mainwindow.h"
#include "models/historymodel.h"
#include "widgets/historypanel.h"

#include <QTimer>

namespace {

const QStringList kCharts{QStringLiteral("ttft"), QStringLiteral("speed"), QStringLiteral("timeline"),
                          QStringLiteral("price"), QStringLiteral("region")};
constexpr int kHistoryTab = 5; // DashboardView::showTab's order

} // namespace

QStringList DemoStage::names()
{
    return QStringList{QStringLiteral("dashboard"), QStringLiteral("compare"), QStringLiteral("endpoints")} + kCharts;
}

bool DemoStage::needsAnotherRun(const QString &view, qsizetype runsKept)
{
    return view == u"compare" && runsKept < 2;
}

void DemoStage::show(MainWindow *window, const QString &view, const std::function<void()> &ready)
{
    if (kCharts.contains(view)) {
        window->dashboard()->charts()->showChart(
            window->dashboard()->findChild<ChartPanel *>(view + QStringLiteral("Chart")));
    } else if (view == u"endpoints") {
        window->editEndpoints(false);
    } else if (view == u"compare" && window->historyPanel()) {
        window->dashboard()->showTab(kHistoryTab);
        HistoryPanel *history = window->historyPanel();
        history->reload();
        if (history->model()->rowCount() >= 2) {
            history->select({history->model()->run(0).id, history->model()->run(1).id});
            history->compareSelected();
        }
    }
    // Let the last refresh and the dialogs paint before the window is grabbed.
    QTimer::singleShot(500, window, ready);
}
