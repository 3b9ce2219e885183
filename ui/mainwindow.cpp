#include "mainwindow.h"

#include "settings/appsettings.h"
#include "run/runcontroller.h"
#include "catalog/catalog.h"
#include "dashboardview.h"
#include "history/historystore.h"
#include "history/historywriter.h"
#include "models/catalogmodel.h"
#include "models/strategymodel.h"
#include "plan/planner.h"
#include "secrets/secretbatch.h"
#include "secrets/secretstore.h"
#include "run/runstate.h"
#include "core/stallprobe.h"
#include "core/format.h"
#include "stream/dialect.h"
#include "stream/modellister.h"
#include "widgets/catalogeditor.h"
#include "widgets/endpointsdialog.h"
#include "widgets/historypanel.h"
#include "widgets/modelpicker.h"
#include "widgets/runsettingspanel.h"
#include "widgets/streampreview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Catalog *catalog, AppSettings *settings, HistoryStore *history, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_history(history)
    , m_catalogModel(new CatalogModel(catalog, this))
    , m_strategies(new StrategyModel(catalog, this))
    , m_state(new RunState(catalog, this))
    , m_controller(new RunController(this))
    , m_planner(std::make_unique<Planner>(catalog))
    , m_probe(new StallProbe(this))
    , m_picker(nullptr)
    , m_settingsPanel(new RunSettingsPanel(catalog, this))
    , m_dashboard(new DashboardView(catalog, m_state, m_strategies, this))
    , m_main(new QSplitter(Qt::Horizontal, this))
    , m_banner(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
{
    m_secrets = new SecretStore(QStringLiteral("tokenmeter"), this);
    setWindowTitle(tr("Tokenmeter"));
    setWindowIcon(QIcon(QStringLiteral(":/tokenmeter/icons/tokenmeter.svg")));
    QString catalogError; // shown once the window is built
    if (const QByteArray saved = settings->userCatalog(); !saved.isEmpty()) {
        Catalog edited = *catalog;
        QString error;
        if (edited.load(saved, tr("the saved catalog"), &error))
            m_catalogModel->replaceCatalog(edited);
        else if (const QString aside = settings->keepUserCatalogAside(); !aside.isEmpty())
            catalogError = tr("Your saved catalog changes could not be read and are not applied (kept as %1): %2").arg(aside, error);
        else
            catalogError = tr("Your saved catalog changes could not be read and are not applied: %1").arg(error);
    }
    m_picker = new ModelPicker(catalog, m_catalogModel, this);

    m_banner->setText(tr("Simulated provider: every figure on this screen is simulated, not a measurement of a real API."));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #f0c040; color: #1a1a1a; padding: 3px; font-weight: bold; }"));
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));

    m_main->setObjectName(QStringLiteral("main"));
    m_main->addWidget(buildSidePanel());
    m_main->addWidget(m_dashboard);
    m_main->setStretchFactor(1, 1);
    m_main->setSizes({470, 1130});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_main, 1);
    setCentralWidget(central);

    if (m_history && m_history->isOpen()) {
        // Runs are written on the history's own thread; the panel reads.
        m_historyWriter = new HistoryWriter(m_history->path(), this);
        m_historyPanel = new HistoryPanel(m_history, this);
        m_dashboard->addTab(m_historyPanel, tr("History"));
        connect(m_historyPanel, &HistoryPanel::openRequested, this, &MainWindow::showRun);
        connect(m_historyPanel, &HistoryPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    }
    buildActions();
    buildToolBar();
    restoreState();

    connect(m_picker, &ModelPicker::fetchRequested, this, &MainWindow::fetchModels);
    connect(m_settingsPanel, &RunSettingsPanel::editEndpointsRequested, this, &MainWindow::editEndpoints);
    connect(m_controller, &RunController::snapshotReady, m_state, &RunState::apply);
    connect(m_controller, &RunController::finished, this, &MainWindow::onFinished);
    if (m_historyWriter) {
        connect(m_controller, &RunController::requestFinished, m_historyWriter, &HistoryWriter::addRequest);
        connect(m_historyWriter, &HistoryWriter::failed, this, [this](const QString &error) {
            showError(tr("This run is not kept in the history: %1").arg(error));
        });
        connect(m_historyWriter, &HistoryWriter::runFinished, this, [this] {
            if (m_historyPanel)
                m_historyPanel->reload();
        });
    }
    connect(m_state, &RunState::refreshed, this, &MainWindow::updateProgress);
    connect(m_settingsPanel, &RunSettingsPanel::changed, this, [this] {
        if (!m_state->isRunning())
            m_banner->setVisible(m_settingsPanel->settings().simulated);
    });
    m_banner->setVisible(m_settingsPanel->settings().simulated);
    setRunning(false);
    if (!settings->loadError().isEmpty())
        showError(settings->loadError());
    else if (!catalogError.isEmpty())
        showError(catalogError);
    else
        statusBar()->showMessage(tr("Pick models and press Start (F5)."));
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildSidePanel()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *models = new QGroupBox(tr("Models"), side);
    auto *modelsLayout = new QVBoxLayout(models);
    modelsLayout->setContentsMargins(4, 4, 4, 4);
    modelsLayout->addWidget(m_picker);
    auto *run = new QGroupBox(tr("Run"), side);
    auto *runLayout = new QVBoxLayout(run);
    runLayout->setContentsMargins(4, 4, 4, 4);
    runLayout->addWidget(m_settingsPanel);
    auto *split = new QSplitter(Qt::Vertical, side);
    split->setObjectName(QStringLiteral("side"));
    split->setChildrenCollapsible(false);
    split->addWidget(models);
    split->addWidget(run);
    split->addWidget(m_dashboard->preview()); // beside the picker: the charts get the width
    split->setSizes({480, 250, 200});
    m_sideSplitter = split;
    layout->addWidget(split);
    return side;
}

void MainWindow::buildActions()
{
    m_start = new QAction(tr("&Start run"), this);
    m_start->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_start->setToolTip(tr("Start a run with the picked models (F5)"));
    connect(m_start, &QAction::triggered, this, &MainWindow::startRun);
    m_stop = new QAction(tr("S&top"), this);
    m_stop->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_stop->setToolTip(tr("Cancel the run; finished requests are kept (Shift+F5)"));
    connect(m_stop, &QAction::triggered, this, &MainWindow::stopRun);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Save &screenshot…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save screenshot"), QStringLiteral("tokenmeter.png"),
                                                          tr("PNG image (*.png)"));
        QString error;
        if (!path.isEmpty() && !saveScreenshot(path, &error))
            showError(error);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_start);
    run->addAction(m_stop);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Find model"), QKeySequence::Find, m_picker, &ModelPicker::focusSearch);
    const QStringList tabs{tr("Which model for which job"), tr("Regions"), tr("Requests"), tr("Cost projector"), tr("History")};
    for (int i = 0; i < tabs.size(); ++i) {
        view->addAction(tabs.at(i), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                        [this, i] { m_dashboard->showTab(i); });
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Catalog…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this, &MainWindow::editCatalog);
    settings->addSeparator();
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QList<QPair<QString, QString>> languages{{QString(), tr("System language")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(m_settings->language() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            m_settings->setLanguage(code);
            statusBar()->showMessage(tr("The language changes when Tokenmeter starts again."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tokenmeter"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Tokenmeter"),
                                    tr("<b>Tokenmeter %1</b><p>Measures how fast LLM APIs really stream: time to "
                                       "first token, tokens per second and their spread, against prices.</p>"
                                       "<p>Published figures are the reference study's, never Tokenmeter's "
                                       "measurements; figures from the built-in provider are simulated.</p>")
                                        .arg(QStringLiteral(TOKENMETER_VERSION)),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
        statusBar()->showMessage(tr("Catalog saved: %n model(s).", nullptr, int(m_catalog->models().size())));
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
        statusBar()->showMessage(tr("Saved %n endpoint(s) and their regions; keys stay in the keychain or this session.",
                                    nullptr, int(endpoints.size())));
    });
    dialog->open();
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("runToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_start);
    bar->addAction(m_stop);
    bar->addSeparator();
    m_progress->setMinimumWidth(260);
    m_progress->setMaximumWidth(420);
    m_progress->setFormat(tr("%v of %m requests"));
    bar->addWidget(m_progress);
    auto *gap = new QWidget(bar);
    gap->setFixedWidth(8);
    bar->addWidget(gap);
    bar->addWidget(m_progressText);
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings->windowGeometry());
    QMainWindow::restoreState(m_settings->windowState());
    m_main->restoreState(m_settings->splitterState(m_main->objectName()));
    m_sideSplitter->restoreState(m_settings->splitterState(m_sideSplitter->objectName()));
    for (QSplitter *s : m_dashboard->splitters())
        s->restoreState(m_settings->splitterState(s->objectName()));
    // First launch: every model, ready to race.
    m_catalogModel->setCheckedIds(m_settings->checkedModels().value_or(QStringList()));
    if (!m_settings->checkedModels())
        m_catalogModel->setAllChecked(true);
    m_settingsPanel->setSavedEndpoints(m_settings->endpoints(), m_settings->regions());
    m_settingsPanel->setSettings(m_settings->runSettings());
    if (const auto strategies = m_settings->strategies())
        m_strategies->setStrategies(*strategies);
    else
        m_strategies->setStrategies(CostProjector::publishedExample());
    m_strategies->setTokensPerMonth(m_settings->tokensPerMonth());
}

void MainWindow::saveState()
{
    m_settings->setWindowLayout(saveGeometry(), QMainWindow::saveState());
    m_settings->setSplitterState(m_main->objectName(), m_main->saveState());
    m_settings->setSplitterState(m_sideSplitter->objectName(), m_sideSplitter->saveState());
    for (QSplitter *s : m_dashboard->splitters())
        m_settings->setSplitterState(s->objectName(), s->saveState());
    m_settings->setCheckedModels(m_catalogModel->checkedIds());
    m_settings->setRunSettings(m_settingsPanel->settings());
    m_settings->setUserCatalog(m_catalog->overridesJson(Catalog::builtIn()));
    m_settings->setStrategies(m_strategies->strategies());
    m_settings->setTokensPerMonth(m_strategies->tokensPerMonth());
    m_settings->sync();
}

PlanContext MainWindow::planContext() const
{
    return PlanContext{m_settings->endpoints(), m_settings->regions(), {}, m_settingsPanel->sessionKey()};
}

bool MainWindow::withSecrets(const QString &purpose, const QStringList &models,
                             std::function<bool(const PlanContext &)> then)
{
    PlanContext context = planContext();
    const QStringList needed = m_planner->secretsNeeded(m_settingsPanel->settings(), models, context);
    if (needed.isEmpty())
        return then(context);
    // The keychain answers asynchronously (it may even ask the user to unlock it).
    statusBar()->showMessage(tr("Reading keys from the keychain…"));
    SecretBatch::read(m_secrets, needed, this,
                      [this, context, purpose, then](const QHash<QString, QString> &secrets, const QStringList &problems) mutable {
                          if (!problems.isEmpty()) {
                              showError(tr("%1: %2").arg(purpose, problems.join(QStringLiteral("; "))));
                              return;
                          }
                          context.secrets = secrets;
                          then(context);
                      });
    return true;
}

bool MainWindow::startRun()
{
    if (m_controller->isRunning())
        return false;
    return withSecrets(tr("Cannot start the run"), m_catalogModel->checkedIds(),
                       [this](const PlanContext &context) { return launch(context); });
}

bool MainWindow::launch(const PlanContext &context)
{
    if (m_controller->isRunning())
        return false;
    QString error;
    const std::optional<RunPlan> plan = m_planner->plan(m_settingsPanel->settings(), m_catalogModel->checkedIds(),
                                                        context, &error);
    QStringList plainHosts = plan ? Planner::plainHttpHostsWithKey(*plan) : QStringList();
    plainHosts.removeIf([this](const QString &host) { return m_plainHttpHosts.contains(host); });
    if (!plainHosts.isEmpty()) {
        // A key over plain http can be read by anyone on the way: ask first.
        auto *ask = new QMessageBox(QMessageBox::Warning, tr("Send the key unencrypted?"),
                                    tr("%1 is reached over plain http: the API key would cross the network unencrypted. "
                                       "Send it anyway?").arg(plainHosts.join(QStringLiteral(", "))),
                                    QMessageBox::Yes | QMessageBox::No, this);
        ask->setDefaultButton(QMessageBox::No);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QMessageBox::accepted, this, [this, plainHosts, context] {
            m_plainHttpHosts += plainHosts;
            launch(context);
        });
        ask->open();
        statusBar()->showMessage(tr("Waiting for your answer: send the key over plain http?"));
        return false;
    }
    if (!plan || !m_controller->start(*plan, &error)) {
        showError(tr("Cannot start the run: %1").arg(error));
        return false;
    }
    saveState();
    m_state->begin(*plan);
    if (m_historyWriter)
        m_historyWriter->beginRun(*plan, *m_catalog, QDateTime::currentDateTimeUtc());
    m_banner->setVisible(plan->simulated);
    m_probe->start();
    setRunning(true);
    statusBar()->showMessage(plan->simulated
                                 ? tr("Measuring the simulated provider: %1 models, %2 regions, %3 requests.")
                                       .arg(plan->models.size()).arg(plan->regions.size()).arg(plan->requestCount())
                                 : tr("Measuring %1: %2 models, %3 requests.")
                                       .arg(plan->endpointNames()).arg(plan->models.size()).arg(plan->requestCount()));
    return true;
}

void MainWindow::stopRun()
{
    if (!m_controller->isRunning())
        return;
    m_controller->cancel();
    m_stop->setEnabled(false);
    statusBar()->showMessage(tr("Stopping: cancelling the requests in flight…"));
}

bool MainWindow::startDemo(double timeScale, int iterations)
{
    m_catalogModel->setAllChecked(true);
    RunSettings s = m_settingsPanel->settings();
    s.simulated = true;
    s.simulatedRegions.clear();
    for (const Region &r : m_catalog->regions())
        s.simulatedRegions.append(r.id);
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
    if (m_historyWriter)
        m_historyWriter->finishRun(result);
    m_state->finish(result);
    // A saved endpoint that turned out to be a tokenmeter simulator is labelled too.
    m_banner->setVisible(result.simulated);
    setRunning(false);
    updateProgress();
    const int failed = m_state->errors();
    QString message = result.cancelled ? tr("Run stopped: %1 requests finished.").arg(result.records.size())
                                       : tr("Run finished: %1 requests.").arg(result.records.size());
    if (failed > 0)
        message += u' ' + tr("%n failed: see the Requests tab.", nullptr, failed);
    message += u' ' + tr("GUI thread longest stall: %1 ms.").arg(Format::ms(m_probe->longestStallMs()));
    statusBar()->showMessage(message);
    Q_EMIT runFinished(result);
    if (m_closeWhenStopped)
        close();
}

void MainWindow::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_picker->setEnabled(!running);
    m_settingsPanel->setEnabled(!running);
}

void MainWindow::updateProgress()
{
    const int total = m_state->total();
    const int done = int(m_state->records().size());
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(done);
    QStringList parts;
    parts.append(tr("%n error(s)", nullptr, m_state->errors()));
    if (m_state->isRunning()) {
        parts.append(tr("%n in flight", nullptr, int(m_state->inFlight().size())));
        if (const auto left = m_state->remainingMs())
            parts.append(tr("about %1 s left").arg(Format::integer((*left + 999) / 1000)));
    }
    m_progressText->setText(parts.join(QStringLiteral(" · ")));
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Tokenmeter"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::saveScreenshot(const QString &path, QString *error)
{
    const QPixmap pixmap = grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        *error = tr("Could not save the screenshot to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isRunning()) {
        // Never wait here: cancel, and close when the engine says it stopped.
        m_closeWhenStopped = true;
        stopRun();
        event->ignore();
        return;
    }
    saveState();
    event->accept();
}

bool MainWindow::showRun(const LoadedReport &report, const QString &title)
{
    if (m_controller->isRunning()) {
        statusBar()->showMessage(tr("Stop the run first: a past run cannot be shown while one streams."));
        return false;
    }
    m_state->show(report.result);
    m_banner->setVisible(report.result.simulated);
    updateProgress();
    statusBar()->showMessage(tr("Showing %1: %n request(s)%2.", nullptr, int(report.result.records.size()))
                                 .arg(title, report.result.cancelled ? tr(", the run did not finish") : QString()));
    return true;
}

void MainWindow::fetchModels()
{
    // Only the chosen endpoint's key (and the regions' proxy passwords) are needed.
    withSecrets(tr("Cannot ask the endpoint for its models"), {}, [this](const PlanContext &context) {
        fetchModelsWith(context);
        return true;
    });
}

void MainWindow::fetchModelsWith(const PlanContext &context)
{
    QString error;
    const std::optional<ListingTarget> listing = m_planner->listing(m_settingsPanel->settings(), context, &error);
    if (!listing) {
        showError(tr("Cannot ask the endpoint for its models: %1").arg(error));
        return;
    }
    StreamTarget target;
    target.baseUrl = listing->region.urlFor(listing->endpoint);
    target.apiKey = listing->endpoint.apiKey;
    target.dialect = &Dialect::forProtocol(listing->endpoint.protocol);
    target.caCertificates = listing->endpoint.caCertificates;
    target.headers = listing->endpoint.headers;
    target.timeouts.totalS = 30;
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxy(listing->region.networkProxy().value_or(QNetworkProxy(QNetworkProxy::DefaultProxy)));
    auto *lister = new ModelLister(manager, target, manager);
    const QString provider = listing->simulated ? tr("Simulated") : listing->endpoint.name;
    connect(lister, &ModelLister::finished, this, [this, manager, provider](const QStringList &models, const QString &listError) {
        manager->deleteLater();
        if (!listError.isEmpty()) {
            showError(tr("Fetching models failed: %1").arg(listError));
            return;
        }
        m_picker->offerModels(models, provider);
    });
    statusBar()->showMessage(tr("Asking %1 for its models…").arg(target.baseUrl.toDisplayString()));
    lister->start();
}
