#include "dashboardview.h"

#include "catalog/catalog.h"
#include "charts/chartdeck.h"
#include "charts/distributionchart.h"
#include "charts/inputlengthchart.h"
#include "charts/loadchart.h"
#include "charts/pricechart.h"
#include "charts/regionchart.h"
#include "charts/timelinechart.h"
#include "models/leaderboardmodel.h"
#include "models/recommendationmodel.h"
#include "models/regionmodel.h"
#include "models/requestmodel.h"
#include "models/tierproxymodel.h"
#include "run/runstate.h"
#include "widgets/costprojectorpanel.h"
#include "widgets/loadstepsview.h"
#include "widgets/requestdetaildialog.h"
#include "widgets/streampreview.h"
#include "widgets/tableview.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QSplitter *splitter(Qt::Orientation orientation, const QString &name, QList<QSplitter *> *all, QWidget *parent)
{
    auto *s = new QSplitter(orientation, parent);
    s->setObjectName(name);
    s->setChildrenCollapsible(false);
    all->append(s);
    return s;
}

// Lets the user hide and show a table's columns from its header.
void addColumnMenu(TableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view, header](const QPoint &pos) {
        QMenu menu;
        const QAbstractItemModel *m = view->model();
        for (int c = 0; c < m->columnCount(); ++c) {
            QAction *a = menu.addAction(m->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!view->isColumnHidden(c));
            QObject::connect(a, &QAction::toggled, view, [view, c](bool on) { view->setColumnHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

TableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new TableView(parent);
    view->setModel(model);
    // ResizeToContents would measure every cell on every update of a live
    // table; fit the columns when rows arrive instead, at most twice a second.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *fit = new QTimer(view);
    fit->setSingleShot(true);
    fit->setInterval(500);
    QObject::connect(fit, &QTimer::timeout, view, &QTableView::resizeColumnsToContents);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, fit, qOverload<>(&QTimer::start));
    QObject::connect(model, &QAbstractItemModel::modelReset, fit, qOverload<>(&QTimer::start));
    QObject::connect(model, &QAbstractItemModel::layoutChanged, fit, qOverload<>(&QTimer::start));
    addColumnMenu(view);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *label = new QLabel(title, box);
    label->setMinimumWidth(0);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long translation must not widen the window
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(2);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

DashboardView::DashboardView(Catalog *catalog, RunState *state, StrategyModel *strategies, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_state(state)
    , m_leaderboard(new LeaderboardModel(catalog, this))
    , m_leaderboardProxy(new QSortFilterProxyModel(this))
    , m_tiers(new TierProxyModel(this))
    , m_recommendations(new RecommendationModel(catalog, this))
    , m_regions(new RegionModel(catalog, this))
    , m_requests(new RequestModel(this))
    , m_requestsProxy(new QSortFilterProxyModel(this))
    , m_ttft(new DistributionChart(DistributionChart::Metric::Ttft, state, this))
    , m_speed(new DistributionChart(DistributionChart::Metric::TokensPerS, state, this))
    , m_timeline(new TimelineChart(state, this))
    , m_price(new PriceChart(state, this))
    , m_regionChart(new RegionChart(state, this))
    , m_inputLength(new InputLengthChart(state, this))
    , m_load(new LoadChart(state, this))
    , m_preview(new StreamPreview(state, this))
    , m_cost(new CostProjectorPanel(catalog, strategies, this))
{
    m_leaderboardProxy->setSourceModel(m_leaderboard);
    m_leaderboardProxy->setSortRole(LeaderboardModel::SortRole);
    m_tiers->setSourceModel(m_leaderboard);
    m_requestsProxy->setSourceModel(m_requests);
    m_requestsProxy->setSortRole(RequestModel::SortRole);

    const QList<QPair<ChartPanel *, QString>> names{
        {m_ttft, QStringLiteral("ttftChart")},          {m_speed, QStringLiteral("speedChart")},
        {m_timeline, QStringLiteral("timelineChart")},  {m_price, QStringLiteral("priceChart")},
        {m_regionChart, QStringLiteral("regionChart")}, {m_inputLength, QStringLiteral("inputLengthChart")},
        {m_load, QStringLiteral("loadChart")}};
    for (const auto &[chart, name] : names)
        chart->setObjectName(name);
    m_ttft->setShortTitle(tr("TTFT"));
    m_speed->setShortTitle(tr("Speed"));
    m_timeline->setShortTitle(tr("Token arrival"));
    m_price->setShortTitle(tr("Price"));
    m_regionChart->setShortTitle(tr("Regions"));
    m_inputLength->setShortTitle(tr("Input length"));
    m_load->setShortTitle(tr("Load"));
    QSplitter *rows = splitter(Qt::Vertical, QStringLiteral("rows"), &m_splitters, this);
    m_deck = new ChartDeck({{m_ttft, m_speed, m_load}, {m_timeline, m_price, m_regionChart, m_inputLength}}, rows);
    m_splitters += m_deck->splitters();
    const QList<QSplitter *> deckRows = m_deck->splitters();
    deckRows.at(0)->setSizes({370, 310});
    deckRows.at(1)->setSizes({420, 380, 380});
    deckRows.at(2)->setSizes({320, 340, 500, 400});
    m_tables = buildTables();
    rows->addWidget(m_deck);
    rows->addWidget(m_tables);
    rows->setStretchFactor(0, 3);
    rows->setStretchFactor(1, 2);
    rows->setSizes({680, 240});
    connect(m_deck, &ChartDeck::maximisedChanged, this, [this](ChartPanel *chart) { m_tables->setVisible(!chart); });
    connect(state, &RunState::finished, this, [this] { QTimer::singleShot(0, this, &DashboardView::fitTables); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);

    connect(state, &RunState::ttftKindChanged, m_leaderboard, &LeaderboardModel::setTtftKind);
    m_leaderboard->setTtftKind(state->ttftKind());
    connect(state, &RunState::started, this, &DashboardView::onStarted);
    connect(state, &RunState::refreshed, this, &DashboardView::onRefreshed);
    connect(state, &RunState::recordsAppended, this,
            [this](int first, int last) { m_requests->append(m_state->records(), first, last); });
}

QWidget *DashboardView::buildTables()
{
    auto *bottom = splitter(Qt::Horizontal, QStringLiteral("bottom"), &m_splitters, this);
    TableView *board = table(m_leaderboardProxy, bottom);
    board->sortByColumn(LeaderboardModel::TtftP50, Qt::AscendingOrder);
    for (int c : {int(LeaderboardModel::Provider), int(LeaderboardModel::TtftP90), int(LeaderboardModel::E2eP50)})
        board->setColumnHidden(c, true);
    board->setObjectName(QStringLiteral("leaderboard"));
    board->setToolTip(tr("Rows coloured by TTFT band; click a header to sort, right-click it for more columns"));
    m_board = titled(tr("Leaderboard"), board, bottom);
    m_boardTitle = m_board->findChild<QLabel *>();
    bottom->addWidget(m_board);
    m_bottom = bottom;

    m_tabs = new QTabWidget(bottom);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setMinimumWidth(240); // its tab bar scrolls: the leaderboard keeps the room
    TableView *picks = table(m_recommendations, m_tabs);
    picks->setSortingEnabled(false);
    m_tabs->addTab(picks, tr("Which model for which job"));
    TableView *tiers = table(m_tiers, m_tabs);
    tiers->setSortingEnabled(false);
    m_tabs->addTab(tiers, tr("Price tiers"));
    auto *regionsProxy = new QSortFilterProxyModel(this);
    regionsProxy->setSourceModel(m_regions);
    regionsProxy->setSortRole(RegionModel::SortRole);
    TableView *regions = table(regionsProxy, m_tabs);
    m_tabs->addTab(regions, tr("Regions"));
    TableView *requests = table(m_requestsProxy, m_tabs);
    requests->setToolTip(tr("Double-click a request for its details; select one to see its text"));
    connect(requests, &QAbstractItemView::doubleClicked, this, &DashboardView::openRequest);
    connect(requests, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const int row = index.data(RequestModel::RecordIndexRole).toInt();
        if (index.isValid() && row < m_requests->rowCount())
            m_preview->pin(m_requests->record(row));
    });
    m_tabs->addTab(requests, tr("Requests"));
    m_tabs->addTab(m_cost, tr("Cost projector"));
    m_tabs->addTab(new LoadStepsView(m_state, m_tabs), tr("Load steps"));
    bottom->addWidget(m_tabs);
    bottom->setSizes({640, 520});
    for (int i = 0; i < m_tabs->count(); ++i)
        m_pages.append(m_tabs->widget(i));
    return bottom;
}

void DashboardView::showTab(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_tabs->setCurrentWidget(m_pages.at(index));
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Narrow: the leaderboard becomes the first tab, so it shows its figures
    // rather than two squeezed columns beside the other tables.
    const bool tabbed = m_tabs->indexOf(m_board) >= 0;
    const bool narrow = width() < kSideBySideWidth + (tabbed ? 40 : 0);
    if (narrow && !tabbed) {
        m_tabs->insertTab(0, m_board, tr("Leaderboard"));
        m_tabs->setCurrentIndex(0);
    } else if (!narrow && tabbed) {
        m_tabs->removeTab(m_tabs->indexOf(m_board));
        m_bottom->insertWidget(0, m_board);
        m_bottom->setSizes({width() * 11 / 20, width() * 9 / 20});
    }
}

void DashboardView::onStarted()
{
    const RunPlan &plan = m_state->plan();
    QHash<QString, QString> regionNames, modelNames;
    for (const Region &r : plan.regions)
        regionNames.insert(r.id, r.name);
    for (const QString &id : plan.models) {
        const ModelInfo *m = m_catalog->model(id);
        modelNames.insert(id, m ? m->name : id);
    }
    m_leaderboard->setRegionNames(regionNames);
    m_leaderboard->clear();
    // A sweep's steps are different loads: pooled, its leaderboard mixes them.
    m_boardTitle->setText(plan.load.sweep == Load::Sweep::None
                              ? tr("Leaderboard")
                              : tr("Leaderboard: every step of the sweep pooled (see Load steps)"));
    m_recommendations->setRegions(plan.regions);
    m_regions->setPlan(plan.models, plan.regions);
    m_requests->setNames(modelNames, regionNames);
    m_requests->setTimeScale(plan.timeScale);
    m_requests->clear();
}

void DashboardView::onRefreshed()
{
    const QList<LeaderboardRow> &rows = m_state->rows();
    m_leaderboard->setRows(rows);
    m_recommendations->setRows(rows);
    m_regions->setRows(rows);
}

void DashboardView::openRequest(const QModelIndex &index)
{
    const int row = index.data(RequestModel::RecordIndexRole).toInt();
    if (!index.isValid() || row >= m_requests->rowCount())
        return;
    const RequestRecord &r = m_requests->record(row);
    const QModelIndex source = m_requestsProxy->mapToSource(index);
    auto *dialog = new RequestDetailDialog(r, m_requests->index(source.row(), RequestModel::Model).data().toString(),
                                           m_requests->index(source.row(), RequestModel::Region).data().toString(),
                                           m_state->plan().timeScale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DashboardView::fitTables()
{
    const auto views = findChildren<TableView *>();
    for (TableView *view : views)
        view->resizeColumnsToContents();
}

void DashboardView::addTab(QWidget *widget, const QString &title)
{
    m_tabs->addTab(widget, title);
    m_pages.append(widget);
}
