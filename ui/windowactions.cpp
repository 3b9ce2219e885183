#include "windowactions.h"

#include "settings/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

WindowActions::WindowActions(QMainWindow *window, AppSettings *settings, Handlers handlers)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_handlers(std::move(handlers))
    , m_start(new QAction(tr("&Start run"), this))
    , m_stop(new QAction(tr("S&top"), this))
{
    m_start->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_start->setToolTip(tr("Start a run with the picked models (F5)"));
    connect(m_start, &QAction::triggered, this, [this] { m_handlers.start(); });
    m_stop->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_stop->setToolTip(tr("Cancel the run; finished requests are kept (Shift+F5)"));
    connect(m_stop, &QAction::triggered, this, [this] { m_handlers.stop(); });

    buildFileMenu();
    QMenu *run = m_window->menuBar()->addMenu(tr("&Run"));
    run->addAction(m_start);
    run->addAction(m_stop);
    buildViewMenu();
    buildSettingsMenu();
    buildHelpMenu();

    m_toolBar = m_window->addToolBar(tr("Run"));
    m_toolBar->setObjectName(QStringLiteral("runToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_start);
    m_toolBar->addAction(m_stop);
    m_toolBar->addSeparator();
}

void WindowActions::buildFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    m_export = file->addAction(tr("&Export run…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                               [this] { m_handlers.exportRun(); });
    m_export->setToolTip(tr("Save the run shown as PDF, HTML, Markdown, CSV or JSON"));
    file->addAction(tr("Save &screenshot…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                    [this] { m_handlers.saveScreenshot(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void WindowActions::buildViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Find model"), QKeySequence::Find, this, [this] { m_handlers.findModel(); });
    m_sidePanel = view->addAction(tr("&Side panel"));
    m_sidePanel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_sidePanel->setCheckable(true);
    m_sidePanel->setChecked(true);
    m_sidePanel->setToolTip(tr("Shows or hides the models, run settings and stream preview; the charts take the room"));
    connect(m_sidePanel, &QAction::toggled, this, [this](bool on) { m_handlers.showSidePanel(on); });
    const QStringList tabs{tr("Which model for which job"),
                           tr("Price tiers"),
                           tr("Regions"),
                           tr("Requests"),
                           tr("Cost projector"),
                           tr("Load steps"),
                           tr("History")};
    for (int i = 0; i < tabs.size(); ++i) {
        view->addAction(tabs.at(i), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                        [this, i] { m_handlers.showTab(i); });
    }
    view->addSeparator();
    QMenu *ttft = view->addMenu(tr("&TTFT means"));
    auto *group = new QActionGroup(this);
    const QList<QPair<TtftKind, QString>> kinds{{TtftKind::FirstToken, tr("First token of any kind (as published)")},
                                                {TtftKind::FirstText, tr("First answer text")}};
    for (const auto &[kind, text] : kinds) {
        QAction *a = ttft->addAction(text);
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, kind = kind] { m_handlers.setTtftKind(kind); });
        m_ttftKinds.append(a);
    }
}

void WindowActions::showTtftKind(TtftKind kind)
{
    m_ttftKinds.at(kind == TtftKind::FirstToken ? 0 : 1)->setChecked(true);
}

void WindowActions::buildSettingsMenu()
{
    QMenu *settings = m_window->menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Catalog…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this,
                        [this] { m_handlers.editCatalog(); });
    settings->addAction(tr("Measure the honest &speed-up again"), this, [this] { m_handlers.measureSpeedup(); });
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
        connect(a, &QAction::triggered, this, [this, code = code] {
            m_settings->setLanguage(code);
            m_handlers.changeLanguage(code);
        });
    }
}

void WindowActions::buildHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tokenmeter"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Tokenmeter"),
                                    tr("<b>Tokenmeter %1</b><p>Measures how fast LLM APIs really stream: time to "
                                       "first token, tokens per second and their spread, against prices.</p>"
                                       "<p>Published figures are the reference study's, never Tokenmeter's "
                                       "measurements; figures from the built-in provider are simulated.</p>")
                                        .arg(QStringLiteral(TOKENMETER_VERSION)),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}
