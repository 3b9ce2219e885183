#pragma once

#include <QWidget>

class Catalog;
class ChartDeck;
class CostProjectorPanel;
class DistributionChart;
class LeaderboardModel;
class PriceChart;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class RecommendationModel;
class InputLengthChart;
class QLabel;
class LoadChart;
class RegionChart;
class RegionModel;
class RequestModel;
class RunState;
class StrategyModel;
class StreamPreview;
class TableView;
class TierProxyModel;
class TimelineChart;

// The live part of the window: the charts, the stream preview and the tables
// of one run, all fed by a RunState at its frame rate.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    DashboardView(Catalog *catalog, RunState *state, StrategyModel *strategies, QWidget *parent = nullptr);

    QList<QSplitter *> splitters() const { return m_splitters; }
    // The tables' tabs in the View menu's order: which model for which job,
    // price tiers, regions, requests, cost projector, load steps, then those added.
    void showTab(int index);
    // Below this width the leaderboard is a tab rather than beside the tabs.
    static constexpr int kSideBySideWidth = 1100;
    void addTab(QWidget *widget, const QString &title);
    // Fits every table's columns to its contents (after a run).
    void fitTables();

    // For tests and the window's status line.
    LeaderboardModel *leaderboard() const { return m_leaderboard; }
    QSortFilterProxyModel *leaderboardProxy() const { return m_leaderboardProxy; }
    TierProxyModel *tiers() const { return m_tiers; }
    RecommendationModel *recommendations() const { return m_recommendations; }
    RegionModel *regions() const { return m_regions; }
    RequestModel *requests() const { return m_requests; }
    DistributionChart *ttftChart() const { return m_ttft; }
    DistributionChart *speedChart() const { return m_speed; }
    TimelineChart *timelineChart() const { return m_timeline; }
    PriceChart *priceChart() const { return m_price; }
    RegionChart *regionChart() const { return m_regionChart; }
    InputLengthChart *inputLengthChart() const { return m_inputLength; }
    LoadChart *loadChart() const { return m_load; }
    StreamPreview *preview() const { return m_preview; }
    CostProjectorPanel *costProjector() const { return m_cost; }
    ChartDeck *charts() const { return m_deck; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildTables();
    void onStarted();
    void onRefreshed();
    void openRequest(const QModelIndex &index);

    Catalog *m_catalog;
    RunState *m_state;
    LeaderboardModel *m_leaderboard;
    QSortFilterProxyModel *m_leaderboardProxy;
    TierProxyModel *m_tiers;
    RecommendationModel *m_recommendations;
    RegionModel *m_regions;
    RequestModel *m_requests;
    QSortFilterProxyModel *m_requestsProxy;
    DistributionChart *m_ttft;
    DistributionChart *m_speed;
    TimelineChart *m_timeline;
    PriceChart *m_price;
    RegionChart *m_regionChart;
    InputLengthChart *m_inputLength;
    LoadChart *m_load;
    StreamPreview *m_preview;
    CostProjectorPanel *m_cost;
    QTabWidget *m_tabs = nullptr;
    ChartDeck *m_deck = nullptr;
    QWidget *m_tables = nullptr;
    QWidget *m_board = nullptr; // the leaderboard with its title
    QLabel *m_boardTitle = nullptr;
    QSplitter *m_bottom = nullptr;
    QList<QWidget *> m_pages;
    QList<QSplitter *> m_splitters;
};
