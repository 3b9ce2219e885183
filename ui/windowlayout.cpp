#include "mainwindow.h"

#include "charts/chartdeck.h"
#include "charts/chartpanel.h"
#include "dashboardview.h"
#include "run/runstate.h"
#include "settings/appsettings.h"
#include "settings/honestspeedup.h"
#include "widgets/modelpicker.h"
#include "widgets/runsettingspanel.h"
#include "widgets/streampreview.h"
#include "windowactions.h"

#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

// The window's layout: banner, side panel (scrolling, hideable), dashboard;
// what it remembers of them; and its screenshot.

void MainWindow::buildLayout()
{
    buildBanner();
    m_main->setObjectName(QStringLiteral("main"));
    m_side = buildSidePanel();
    m_main->addWidget(m_side);
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
}

void MainWindow::restoreLayout()
{
    m_actions->sidePanel()->setChecked(m_settings->sidePanelShown());
    m_side->setVisible(m_settings->sidePanelShown());
    if (const QString name = m_settings->maximisedChart(); !name.isEmpty()) // "" would find any chart
        m_dashboard->charts()->setMaximised(m_dashboard->findChild<ChartPanel *>(name));
    connect(m_dashboard->charts(), &ChartDeck::maximisedChanged, this, [this](ChartPanel *chart) {
        m_settings->setMaximisedChart(chart ? chart->objectName() : QString());
        say(chart ? tr("Double-click the chart again to restore the others.") : QString());
    });
}

void MainWindow::connectSpeedup()
{
    m_speedup = new HonestSpeedup(m_catalog, m_settings, this);
    const auto showSpeedup = [this](double scale, const QString &note) {
        m_settingsPanel->setHonestSpeedup(scale > 0 ? std::optional<double>(scale) : std::nullopt,
                                          scale > 0 || m_speedup->isMeasuring() ? note : tr("not measured yet"));
    };
    showSpeedup(m_speedup->scale(), m_speedup->note());
    connect(m_speedup, &HonestSpeedup::changed, this, showSpeedup);
    connect(m_speedup, &HonestSpeedup::message, this, &MainWindow::say);
    connect(m_speedup, &HonestSpeedup::failed, this, &MainWindow::showError);
}

// The banner speaks of what the screen shows: the run in the charts when
// there is one (whatever endpoint is chosen for the next), else the next run.
void MainWindow::updateBanner()
{
    const bool runShown = m_state->total() > 0 || !m_state->records().isEmpty();
    const bool chosenSimulated = m_settingsPanel->settings().simulated;
    m_banner->setVisible(runShown ? m_state->isSimulated() : chosenSimulated);
    m_banner->setText(runShown && m_state->isSimulated() && !chosenSimulated
                          ? tr("The run shown was measured against the simulated provider: every figure on this screen "
                               "is simulated. The next run goes to a real endpoint.")
                          : tr("Simulated provider: every figure on this screen is simulated, not a measurement of a "
                               "real API."));
}

void MainWindow::buildBanner()
{
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true); // long in German, on a narrow window
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #f0c040; color: #1a1a1a; padding: 3px; font-weight: bold; }"));
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));
}

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
    m_sideSplitter = new QSplitter(Qt::Vertical, side);
    m_sideSplitter->setObjectName(QStringLiteral("side"));
    m_sideSplitter->setChildrenCollapsible(false);
    m_sideSplitter->addWidget(models);
    m_sideSplitter->addWidget(run);
    m_sideSplitter->addWidget(m_dashboard->preview()); // beside the picker: the charts get the width
    m_sideSplitter->setSizes({480, 250, 200});
    layout->addWidget(m_sideSplitter);
    connect(m_picker, &ModelPicker::fetchRequested, this, &MainWindow::fetchModels);
    connect(m_settingsPanel, &RunSettingsPanel::editEndpointsRequested, this, &MainWindow::editEndpoints);
    connect(m_settingsPanel, &RunSettingsPanel::changed, this, &MainWindow::updateBanner);
    connect(m_settingsPanel, &RunSettingsPanel::savedWorkloadsChanged, this,
            [this](const QList<SavedWorkload> &workloads) { m_settings->setSavedWorkloads(workloads); });
    // On a small screen the panel scrolls rather than squeezing its form.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sidePanel"));
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(side->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

bool MainWindow::saveScreenshot(const QString &path, QString *error)
{
    // The window with its open dialogs over it, as the screen shows them.
    QPixmap pixmap = grab();
    QPainter painter(&pixmap);
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (!dialog->isVisible())
            continue;
        QPoint at = dialog->pos() - pos();
        if (!rect().contains(QRect(at, dialog->size())))
            at = rect().center() - dialog->rect().center(); // no window manager placed it
        painter.drawPixmap(at, dialog->grab());
    }
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        *error = tr("Could not save the screenshot to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
