#pragma once

#include "progressprinter.h"
#include "run/runsession.h"
#include "runoptions.h"
#include "signalwatcher.h"

#include <QObject>
#include <QTextStream>

class Catalog;
class SecretStore;

// One `tokenmeter-cli run` on the terminal: progress on stderr, the
// leaderboard or report on stdout at the end, Ctrl+C cancelling cleanly, and
// the exit code once the history has the run.
class CliRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRun)

public:
    CliRun(const RunOptions &options, const Catalog *catalog, SecretStore *secrets, QObject *parent = nullptr);

    // Plans (reading keys first) and starts; QCoreApplication::exit() gets
    // the exit code when the run is over.
    void start();
    void setTimeScale(double scale) { m_options.settings.timeScale = scale; }

private:
    void connectHistory();
    void announce(const RunPlan &plan);
    void onFinished(const RunResult &result);
    void printErrors(const RunResult &result);

    RunOptions m_options;
    const Catalog *m_catalog;
    QTextStream m_out;
    QTextStream m_err;
    RunSession m_session;
    ProgressPrinter m_progress;
    SignalWatcher m_watcher;
    bool m_historyStarted = false;
    int m_exitCode = 0;
};
