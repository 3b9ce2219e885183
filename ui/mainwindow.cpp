#include "mainwindow.h"

#include "catalog/catalog.h"
#include "core/stallprobe.h"
#include "dashboardview.h"
#include "history/historyaccess.h"
#include "history/historystore.h"
#include "models/catalogmodel.h"
#include "models/historymodel.h"
#include "models/strategymodel.h"
#include "plan/modelfetcher.h"
#include "run/runsession.h"
#include "run/runstate.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "settings/honestspeedup.h"
#include "widgets/catalogeditor.h"
#include "widgets/endpointsdialog.h"
#include "widgets/historypanel.h"
#include "widgets/modelpicker.h"
#include "widgets/reportexporter.h"
#include "widgets/runprogress.h"
#include "widgets/runsettingspanel.h"
#include "widgets/streampreview.h"
#include "windowactions.h"
#include "windowstate.h"

#include <QCloseEvent>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Catalog *catalog, AppSettings *settings, HistoryStore *history, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_history(history)
    , m_secrets(new SecretStore(QStringLiteral("tokenmeter"), this))
    , m_catalogModel(new CatalogModel(catalog, this))
    , m_strategies(new StrategyModel(catalog, this))
    , m_state(new RunState(catalog, this))
    , m_session(new RunSession(catalog, m_secrets, this))
    , m_fetcher(new ModelFetcher(m_session->planner(), m_secrets, this))
    , m_probe(new StallProbe(this))
    , m_settingsPanel(new RunSettingsPanel(catalog, this))
    , m_dashboard(new DashboardView(catalog, m_state, m_strategies, this))
    , m_main(new QSplitter(Qt::Horizontal, this))
    , m_banner(new QLabel(this))
    , m_progress(new RunProgress(m_state, this))
    , m_exporter(new ReportExporter(this))
{
    setWindowTitle(tr("Tokenmeter"));
    setWindowIcon(QIcon(QStringLiteral(":/tokenmeter/icons/tokenmeter.svg")));
    const QString catalogError = applySavedCatalog(); // shown once the window is built
    m_picker = new ModelPicker(catalog, m_catalogModel, this);
    buildLayout();
    buildHistory();
    buildActions();
    m_windowState = std::make_unique<WindowState>(
        settings,
        WindowState::Parts{this, QList<QSplitter *>{m_main, m_sideSplitter} + m_dashboard->splitters(), m_catalogModel,
                           m_settingsPanel, m_strategies});
    m_windowState->restore();
    restoreLayout();
    connectSpeedup();
    m_state->setTtftKind(settings->ttftKind());
    m_actions->showTtftKind(m_state->ttftKind());
    connect(m_state, &RunState::ttftKindChanged, this, [this](TtftKind kind) {
        m_settings->setTtftKind(kind);
        m_actions->showTtftKind(kind);
    });
    connect(m_exporter, &ReportExporter::started, this,
            [this](const QString &path) { say(tr("Exporting to %1…").arg(path)); });
    connect(m_exporter, &ReportExporter::finished, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            say(tr("Exported to %1.").arg(path));
        else
            showError(tr("The export failed: %1").arg(error));
    });
    connectSession();
    updateBanner();
    setRunning(false);
    if (!settings->loadError().isEmpty())
        showError(settings->loadError());
    else if (!catalogError.isEmpty())
        showError(catalogError);
    else
        say(tr("Pick models and press Start (F5)."));
}

MainWindow::~MainWindow() = default;

// The user's catalog edits over the catalog; empty, or why they could not be applied.
QString MainWindow::applySavedCatalog()
{
    const QByteArray saved = m_settings->userCatalog();
    if (saved.isEmpty())
        return {};
    Catalog edited = *m_catalog;
    QString error;
    if (edited.load(saved, tr("the saved catalog"), &error)) {
        m_catalogModel->replaceCatalog(edited);
        return {};
    }
    if (const QString aside = m_settings->keepUserCatalogAside(); !aside.isEmpty())
        return tr("Your saved catalog changes could not be read and are not applied (kept as %1): %2")
            .arg(aside, error);
    return tr("Your saved catalog changes could not be read and are not applied: %1").arg(error);
}

void MainWindow::buildHistory()
{
    if (!m_history || !m_history->isOpen())
        return;
    // Runs are written on the history's own thread; the panel reads.
    m_session->setHistoryPath(m_history->path());
    m_historyPanel = new HistoryPanel(new HistoryAccess(m_history->path(), this), this);
    m_dashboard->addTab(m_historyPanel, tr("History"));
    connect(m_historyPanel, &HistoryPanel::openRequested, this, &MainWindow::showRun);
    connect(m_historyPanel, &HistoryPanel::exportRequested, this, &MainWindow::exportReport);
    connect(m_historyPanel, &HistoryPanel::message, this, &MainWindow::say);
    m_historyPanel->setTtftKind(m_state->ttftKind());
    QHash<QString, QString> regionNames; // the simulator's and the saved regions
    for (const Region &r : m_catalog->regions())
        regionNames.insert(r.id, r.name);
    for (const Region &r : m_settings->regions())
        regionNames.insert(r.id, r.name);
    m_historyPanel->model()->setRegionNames(regionNames);
    connect(m_state, &RunState::ttftKindChanged, m_historyPanel, &HistoryPanel::setTtftKind);
    connect(m_session, &RunSession::historyKept, m_historyPanel, &HistoryPanel::reload);
    connect(m_session, &RunSession::historyFailed, this,
            [this](const QString &error) { showError(tr("This run is not kept in the history: %1").arg(error)); });
}

void MainWindow::buildActions()
{
    WindowActions::Handlers handlers;
    handlers.start = [this] { startRun(); };
    handlers.stop = [this] { stopRun(); };
    handlers.saveScreenshot = [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save screenshot"), QStringLiteral("tokenmeter.png"),
                                                          tr("PNG image (*.png)"));
        QString error;
        if (!path.isEmpty() && !saveScreenshot(path, &error))
            showError(error);
    };
    handlers.exportRun = [this] { exportShownRun(); };
    handlers.setTtftKind = [this](TtftKind kind) { m_state->setTtftKind(kind); };
    handlers.findModel = [this] {
        m_actions->sidePanel()->setChecked(true);
        m_picker->focusSearch();
    };
    handlers.showSidePanel = [this](bool shown) {
        m_side->setVisible(shown);
        m_settings->setSidePanelShown(shown);
    };
    handlers.showTab = [this](int tab) { m_dashboard->showTab(tab); };
    handlers.editCatalog = [this] { editCatalog(); };
    handlers.measureSpeedup = [this] { measureSpeedup(); };
    handlers.changeLanguage = [this](const QString &language) {
        if (!m_session->isRunning()) {
            Q_EMIT languageChangeRequested(language);
            return;
        }
        m_pendingLanguage = language;
        say(tr("The language changes when this run ends."));
    };
    handlers.say = [this](const QString &message) { say(message); };
    m_actions = new WindowActions(this, m_settings, std::move(handlers));
    m_actions->toolBar()->addWidget(m_progress);
}

void MainWindow::connectSession()
{
    m_session->setConsent([this](const QStringList &hosts, std::function<void(bool)> answer) {
        askBeforePlainHttp(hosts, std::move(answer));
    });
    connect(m_session, &RunSession::readingKeys, this, [this] { say(tr("Reading keys from the keychain…")); });
    connect(m_session, &RunSession::startFailed, this,
            [this](const QString &error) { showError(tr("Cannot start the run: %1").arg(error)); });
    connect(m_session, &RunSession::started, this, &MainWindow::onStarted);
    connect(m_session, &RunSession::snapshotReady, m_state, &RunState::apply);
    connect(m_session, &RunSession::finished, this, &MainWindow::onFinished);
    connect(m_state, &RunState::refreshed, m_progress, &RunProgress::refresh);
    connect(m_fetcher, &ModelFetcher::asking, this,
            [this](const QString &url) { say(tr("Asking %1 for its models…").arg(url)); });
    connect(m_fetcher, &ModelFetcher::fetched, m_picker, &ModelPicker::offerModels);
    connect(m_fetcher, &ModelFetcher::failed, this,
            [this](const QString &error) { showError(tr("Fetching models failed: %1").arg(error)); });
}

void MainWindow::askBeforePlainHttp(const QStringList &hosts, std::function<void(bool)> answer)
{
    // A key over plain http can be read by anyone on the way.
    auto *ask = new QMessageBox(QMessageBox::Warning, tr("Send the key unencrypted?"),
                                tr("%1 is reached over plain http: the API key would cross the network unencrypted. "
                                   "Send it anyway?")
                                    .arg(hosts.join(QStringLiteral(", "))),
                                QMessageBox::Yes | QMessageBox::No, this);
    ask->setDefaultButton(QMessageBox::No);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [answer](int result) { answer(result == QMessageBox::Yes); });
    ask->open();
    say(tr("Waiting for your answer: send the key over plain http?"));
}

PlanContext MainWindow::planContext() const
{
    return PlanContext{m_settings->endpoints(), m_settings->regions(), {}, m_settingsPanel->sessionKey()};
}

bool MainWindow::startRun()
{
    if (m_session->isBusy())
        return false;
    if (const QString problem = m_settingsPanel->problem(); !problem.isEmpty()) {
        say(tr("Cannot start: %1").arg(problem));
        return false;
    }
    m_speedup->cancelForRun(); // its load would distort this run
    return m_session->start(m_settingsPanel->settings(), m_catalogModel->checkedIds(), planContext());
}

void MainWindow::onStarted(const RunPlan &plan)
{
    m_windowState->save();
    m_state->begin(plan);
    updateBanner();
    m_probe->start();
    setRunning(true);
    if (plan.load.timed()) {
        say(tr("Load test of %1: %2 models, %3 regions; %4")
                .arg(plan.simulated ? tr("the simulated provider") : plan.endpointNames())
                .arg(plan.models.size())
                .arg(plan.regions.size())
                .arg(plan.load.describe()));
        return;
    }
    say(plan.simulated ? tr("Measuring the simulated provider: %1 models, %2 regions, %3 requests.")
                             .arg(plan.models.size())
                             .arg(plan.regions.size())
                             .arg(plan.requestCount())
                       : tr("Measuring %1: %2 models, %3 requests.")
                             .arg(plan.endpointNames())
                             .arg(plan.models.size())
                             .arg(plan.requestCount()));
}

void MainWindow::stopRun()
{
    if (!m_session->isRunning())
        return;
    m_session->cancel();
    m_actions->stop()->setEnabled(false);
    say(tr("Stopping: cancelling the requests in flight…"));
}

bool MainWindow::startDemo(double timeScale, int iterations, const QStringList &models)
{
    if (models.isEmpty())
        m_catalogModel->setAllChecked(true);
    else
        m_catalogModel->setCheckedIds(models);
    RunSettings s = m_settingsPanel->settings();
    s.simulated = true;
    s.simulatedRegions.clear();
    for (const Region &r : m_catalog->regions())
        s.simulatedRegions.append(r.id);
    s.autoTimeScale = false; // the speed-up asked for, not the measured one
    s.timeScale = timeScale;
    s.iterations = iterations;
    s.warmup = 1;
    s.concurrency = 1;
    m_settingsPanel->setSettings(s);
    return startRun();
}

void MainWindow::onFinished(const RunResult &result)
{
    m_probe->stop();
    m_state->finish(result);
    m_shown = LoadedReport{result, *m_catalog};
    m_shownTitle.clear(); // the history names it; the report says when it ran
    updateBanner();       // a saved endpoint that turned out to be a Tokenmeter simulator is labelled too
    setRunning(false);
    m_progress->refresh();
    const int failed = m_state->errors();
    QString message = result.cancelled ? tr("Run stopped: %1 requests finished.").arg(result.records.size())
                                       : tr("Run finished: %1 requests.").arg(result.records.size());
    if (failed > 0)
        message += u' ' + tr("%n failed: see the Requests tab.", nullptr, failed);
    say(message);
    m_speedup->check(result, m_settingsPanel->settings().autoTimeScale);
    Q_EMIT runFinished(result);
    if (m_closeWhenStopped)
        close();
    else if (m_pendingLanguage)
        Q_EMIT languageChangeRequested(*std::exchange(m_pendingLanguage, std::nullopt));
}

void MainWindow::setRunning(bool running)
{
    m_actions->start()->setEnabled(!running);
    m_actions->exportRun()->setEnabled(!running && m_shown.has_value());
    m_actions->stop()->setEnabled(running);
    m_picker->setEnabled(!running);
    m_settingsPanel->setEnabled(!running);
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

void MainWindow::say(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showError(const QString &message)
{
    say(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Tokenmeter"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::saveState()
{
    m_windowState->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session->isRunning()) {
        // Never wait here: cancel, and close when the engine says it stopped.
        m_closeWhenStopped = true;
        stopRun();
        event->ignore();
        return;
    }
    m_session->cancel(); // keys still being read, or a question still open
    m_windowState->save();
    event->accept();
}

bool MainWindow::showRun(const LoadedReport &report, const QString &title)
{
    if (m_session->isRunning()) {
        say(tr("Stop the run first: a past run cannot be shown while one streams."));
        return false;
    }
    m_state->show(report.result);
    m_shown = report;
    m_shownTitle = title;
    m_actions->exportRun()->setEnabled(true);
    updateBanner();
    m_progress->refresh();
    say(tr("Showing %1: %n request(s)%2.", nullptr, int(report.result.records.size()))
            .arg(title, report.result.cancelled ? tr(", stopped before it finished") : QString()));
    return true;
}

void MainWindow::exportShownRun()
{
    if (!m_shown) {
        say(tr("No run to export yet: run one, or open one from the history."));
        return;
    }
    exportReport(*m_shown, m_shownTitle);
}

void MainWindow::exportReport(const LoadedReport &report, const QString &title)
{
    m_exporter->exportWithDialog(this, report, ReportOptions{m_state->ttftKind(), title});
}

void MainWindow::fetchModels()
{
    m_fetcher->fetch(m_settingsPanel->settings(), planContext());
}

void MainWindow::editCatalog()
{
    QStringList endpointIds;
    for (const Endpoint &e : m_settings->endpoints())
        endpointIds.append(e.id);
    auto *editor = new CatalogEditor(*m_catalog, endpointIds, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        m_catalogModel->replaceCatalog(editor->catalog());
        m_settings->setUserCatalog(m_catalog->overridesJson(Catalog::builtIn()));
        say(tr("Catalog saved: %n model(s).", nullptr, int(m_catalog->models().size())));
    });
    editor->open();
}

void MainWindow::editEndpoints(bool regions)
{
    auto *dialog = new EndpointsDialog(m_settings->endpoints(), m_settings->regions(), m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (regions)
        dialog->showRegionsTab();
    else
        dialog->selectEndpoint(m_settingsPanel->settings().endpoint);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<Endpoint> endpoints = dialog->endpoints();
        const QList<Region> saved = dialog->regions();
        m_settings->setEndpoints(endpoints);
        m_settings->setRegions(saved);
        m_settings->sync();
        m_settingsPanel->setSavedEndpoints(endpoints, saved);
        say(tr("Saved %n endpoint(s) and their regions; keys stay in the keychain or this session.", nullptr,
               int(endpoints.size())));
    });
    dialog->open();
}

void MainWindow::measureSpeedupIfNeeded()
{
    m_speedup->measureIfNeeded();
}

void MainWindow::measureSpeedup()
{
    if (m_session->isBusy()) {
        say(tr("The speed-up is measured when no run is going."));
        return;
    }
    m_speedup->measure();
}
