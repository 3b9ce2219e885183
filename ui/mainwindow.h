#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class Catalog;
class CatalogModel;
class DashboardView;
class HistoryPanel;
struct LoadedReport;
class HistoryStore;
class HistoryWriter;
class ModelPicker;
class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class RunController;
class Planner;
class RunSettingsPanel;
class SecretStore;
struct PlanContext;
class RunState;
class StallProbe;
class StrategyModel;
struct RunResult;

// The dashboard: pick models and regions, run, watch the run live, read the
// results against prices. Runs on the engine's thread; this window only ever
// receives batched snapshots and never waits.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `history` may be null (nothing kept) or closed (the window says why).
    MainWindow(Catalog *catalog, AppSettings *settings, HistoryStore *history = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts a run with the picked models and settings; false (and a message
    // in the status bar) when it cannot start.
    bool startRun();
    void stopRun();
    // --demo: every model, every simulated region, `iterations` each.
    bool startDemo(double timeScale, int iterations);
    bool saveScreenshot(const QString &path, QString *error);

    RunState *runState() const { return m_state; }
    DashboardView *dashboard() const { return m_dashboard; }
    CatalogModel *catalogModel() const { return m_catalogModel; }
    RunSettingsPanel *settingsPanel() const { return m_settingsPanel; }
    StallProbe *stallProbe() const { return m_probe; }
    SecretStore *secretStore() const { return m_secrets; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    // A finished run (from the history or a file) in the charts and tables.
    bool showRun(const LoadedReport &report, const QString &title);
    QString statusText() const;

Q_SIGNALS:
    void runFinished(const RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    QWidget *buildSidePanel();
    void restoreState();
    void saveState();
    void updateProgress();
    void onFinished(const RunResult &result);
    void setRunning(bool running);
    void showError(const QString &message);
    void fetchModels();
    void fetchModelsWith(const PlanContext &context);
    void editEndpoints(bool regions);
    PlanContext planContext() const;
    // Runs `then` with the saved endpoints and regions and the keychain
    // secrets they need, at once or once read (then true: pending);
    // `purpose` heads the message if a secret cannot be read.
    bool withSecrets(const QString &purpose, const QStringList &models, std::function<bool(const PlanContext &)> then);
    bool launch(const PlanContext &context);
    void editCatalog();

    Catalog *m_catalog;
    AppSettings *m_settings;
    HistoryStore *m_history;
    HistoryWriter *m_historyWriter = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    CatalogModel *m_catalogModel;
    StrategyModel *m_strategies;
    RunState *m_state;
    RunController *m_controller;
    std::unique_ptr<Planner> m_planner;
    StallProbe *m_probe;
    ModelPicker *m_picker;
    RunSettingsPanel *m_settingsPanel;
    DashboardView *m_dashboard;
    QSplitter *m_main;
    QSplitter *m_sideSplitter = nullptr;
    QLabel *m_banner;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QAction *m_start;
    QAction *m_stop;
    bool m_closeWhenStopped = false;
    QStringList m_plainHttpHosts; // hosts the user agreed to send a key to over plain http
    SecretStore *m_secrets = nullptr; // keys and proxy passwords: the OS keychain, or this session
};
