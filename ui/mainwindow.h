#pragma once

#include "report/reportreader.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class AppSettings;
class Catalog;
class CatalogModel;
class DashboardView;
class HistoryPanel;
class HistoryStore;
class ModelFetcher;
class ModelPicker;
class QLabel;
class QSplitter;
class ReportExporter;
class HonestSpeedup;
class RunProgress;
class RunSession;
class RunSettingsPanel;
class RunState;
class SecretStore;
class StallProbe;
class StrategyModel;
class WindowActions;
class WindowState;
struct PlanContext;
struct RunPlan;
struct RunResult;

// The dashboard: pick models and regions, run, watch the run live, read the
// results against prices. A composition: the side panel (models, run
// settings, stream preview), the dashboard view, the menus (WindowActions),
// the remembered state (WindowState) and a RunSession that plans, runs and
// keeps each run off this thread. The window only receives batched
// snapshots and never waits.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `history` may be null (nothing kept) or closed (the window says why).
    MainWindow(Catalog *catalog, AppSettings *settings, HistoryStore *history = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts a run with the picked models and settings: true when it runs or
    // waits for the keychain; false (and a message) when it cannot start or
    // asks first.
    bool startRun();
    void stopRun();
    // --demo: every model, every simulated region, `iterations` each.
    // `models`: the catalog's ids to run; empty: every model.
    bool startDemo(double timeScale, int iterations, const QStringList &models = {});
    // The window and the dialogs open over it, as a PNG.
    bool saveScreenshot(const QString &path, QString *error);
    // The endpoints dialog (its regions tab when `regions`).
    void editEndpoints(bool regions);
    // Measures the simulated provider's highest honest speed-up on this
    // machine (in the background) unless this version measured it already.
    void measureSpeedupIfNeeded();
    void measureSpeedup();
    // A finished run (from the history or a file) in the charts and tables.
    bool showRun(const LoadedReport &report, const QString &title);
    // The run in the charts, as a report (empty before the first run ends),
    // and its name; File → Export writes it through exporter().
    const std::optional<LoadedReport> &shownReport() const { return m_shown; }
    const QString &shownTitle() const { return m_shownTitle; }
    ReportExporter *exporter() const { return m_exporter; }
    void exportShownRun();

    RunState *runState() const { return m_state; }
    DashboardView *dashboard() const { return m_dashboard; }
    CatalogModel *catalogModel() const { return m_catalogModel; }
    RunSettingsPanel *settingsPanel() const { return m_settingsPanel; }
    StallProbe *stallProbe() const { return m_probe; }
    SecretStore *secretStore() const { return m_secrets; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    QString statusText() const;

    // Saves what the window remembers (layout, picks, settings) now.
    void saveState();

Q_SIGNALS:
    void runFinished(const RunResult &result);
    // The user chose another language, and no run streams: the application
    // builds the window again in it (the run shown is carried over).
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString applySavedCatalog();
    // windowlayout.cpp
    void buildLayout();
    void restoreLayout();
    void connectSpeedup();
    QWidget *buildSidePanel();
    void buildBanner();
    void updateBanner();
    void buildHistory();
    void buildActions();
    void connectSession();
    void askBeforePlainHttp(const QStringList &hosts, std::function<void(bool)> answer);
    void onStarted(const RunPlan &plan);
    void onFinished(const RunResult &result);
    void setRunning(bool running);
    void showError(const QString &message);
    void say(const QString &message);
    PlanContext planContext() const;
    void fetchModels();
    void editCatalog();
    void exportReport(const LoadedReport &report, const QString &title);

    Catalog *m_catalog;
    AppSettings *m_settings;
    HistoryStore *m_history;
    SecretStore *m_secrets;
    CatalogModel *m_catalogModel;
    StrategyModel *m_strategies;
    RunState *m_state;
    RunSession *m_session;
    ModelFetcher *m_fetcher;
    StallProbe *m_probe;
    ModelPicker *m_picker = nullptr;
    RunSettingsPanel *m_settingsPanel;
    DashboardView *m_dashboard;
    HistoryPanel *m_historyPanel = nullptr;
    QSplitter *m_main;
    QSplitter *m_sideSplitter = nullptr;
    QWidget *m_side = nullptr;                // the side panel, scrolling
    std::optional<QString> m_pendingLanguage; // chosen during a run
    QLabel *m_banner;
    RunProgress *m_progress;
    WindowActions *m_actions = nullptr;
    ReportExporter *m_exporter;
    HonestSpeedup *m_speedup = nullptr;
    std::optional<LoadedReport> m_shown;
    QString m_shownTitle;
    std::unique_ptr<WindowState> m_windowState;
    bool m_closeWhenStopped = false;
};
