#pragma once

#include "run/lanesummary.h"

#include <QObject>

#include <functional>

class AppSettings;
class QAction;
class QMainWindow;
class QToolBar;

// The window's menus and the run tool bar: File, Run, View, Settings, Help,
// with their shortcuts. What each action does is the window's business.
class WindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActions)

public:
    struct Handlers
    {
        std::function<void()> start;
        std::function<void()> stop;
        std::function<void()> saveScreenshot;
        std::function<void()> exportRun;
        std::function<void(TtftKind)> setTtftKind;
        std::function<void()> findModel;
        std::function<void(bool shown)> showSidePanel;
        std::function<void(int tab)> showTab;
        std::function<void()> editCatalog;
        std::function<void()> measureSpeedup;
        std::function<void(const QString &language)> changeLanguage;
        std::function<void(const QString &message)> say; // a line in the status bar
    };

    WindowActions(QMainWindow *window, AppSettings *settings, Handlers handlers);

    QAction *start() const { return m_start; }
    QAction *stop() const { return m_stop; }
    QAction *exportRun() const { return m_export; }
    // Checks the View menu's TTFT choice.
    void showTtftKind(TtftKind kind);
    QAction *sidePanel() const { return m_sidePanel; }
    QToolBar *toolBar() const { return m_toolBar; }

private:
    void buildFileMenu();
    void buildViewMenu();
    void buildSettingsMenu();
    void buildHelpMenu();

    QMainWindow *m_window;
    AppSettings *m_settings;
    Handlers m_handlers;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_export = nullptr;
    QAction *m_sidePanel = nullptr;
    QList<QAction *> m_ttftKinds; // first token, first answer text
    QToolBar *m_toolBar;
};
