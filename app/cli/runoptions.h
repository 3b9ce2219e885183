#pragma once

#include "plan/runplan.h"
#include "report/leaderboard.h"
#include "sim/simfault.h"

#include <QString>
#include <QStringList>

class Catalog;

// What `tokenmeter-cli run` was asked to do, checked.
struct RunOptions
{
    RunPlan plan;
    bool useSimulator = true;
    QStringList regionIds; // simulated regions; filled into plan.regions once the simulator runs
    quint64 seed = 1;
    SimFault simFault;
    QString outPath;
    Leaderboard::Format format = Leaderboard::Format::Table;
    bool formatJson = false;
    Leaderboard::RankBy rankBy = Leaderboard::RankBy::Ttft;
    QString catalogPath;
    QString historyPath;     // empty: no history
    bool logRequests = false; // a line on stderr per request stored
};

// Parses the arguments of `run`. Returns false with *error (a usage message)
// when they are wrong, or with *helpText when help was asked for.
bool parseRunOptions(const QStringList &arguments, Catalog *catalog, RunOptions *out, QString *error,
                     QString *helpText);
