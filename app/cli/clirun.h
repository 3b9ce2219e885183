#pragma once

#include "history/historywriter.h"
#include "progressprinter.h"
#include "run/runcontroller.h"
#include "runoptions.h"
#include "signalwatcher.h"

#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

class Catalog;

// One `tokenmeter-cli run` from a ready plan to its exit code: progress on
// stderr, every request into the history as it finishes, the leaderboard or
// report on stdout at the end, and Ctrl+C cancelling cleanly.
class CliRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRun)

public:
    CliRun(const RunOptions &options, const Catalog *catalog, QObject *parent = nullptr);

    // Starts the run; QCoreApplication::exit() gets the exit code when it ends.
    void start(const RunPlan &plan);
    // A plan that could not be made: the message, and exit code 2.
    void fail(const QString &error);

private:
    void announce(const RunPlan &plan);
    void beginHistory(const RunPlan &plan);
    void onRequestFinished(const RequestRecord &record);
    void onFinished(const RunResult &result);
    void printErrors(const RunResult &result);

    const RunOptions &m_options;
    const Catalog *m_catalog;
    QTextStream m_out;
    QTextStream m_err;
    RunController m_controller;
    ProgressPrinter m_progress;
    SignalWatcher m_watcher;
    std::unique_ptr<HistoryWriter> m_history; // null: the run is not kept
    std::optional<qint64> m_historyRun;
    RunPlan m_plan;
    int m_exitCode = 0;
};
