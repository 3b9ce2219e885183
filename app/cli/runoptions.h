#pragma once

#include "plan/planner.h"
#include "plan/runsettings.h"
#include "report/leaderboard.h"

#include <QString>
#include <QStringList>

class Catalog;
struct CliSetup;
class QCommandLineParser;

// What `tokenmeter-cli run` was asked to do, checked: run settings and the
// endpoints and regions to plan with (the saved ones, and those the command
// line describes), and what to do with the result.
struct RunOptions
{
    RunSettings settings;
    QStringList models; // every catalog model when none were named
    PlanContext context;
    QString outPath;
    Leaderboard::Format format = Leaderboard::Format::Table;
    bool formatJson = false;
    bool dryRun = false; // print the plan, run nothing
    Leaderboard::RankBy rankBy = Leaderboard::RankBy::Ttft;
    QString historyPath;      // empty: no history
    bool logRequests = false; // a line on stderr per request stored
    bool sweep = false;       // `sweep`: steps of load, with their table and knee
};

// The options `run` takes.
// The options `run` takes, or `sweep` (its --concurrency and --rate are lists).
void addRunOptions(QCommandLineParser *parser, bool sweep);
// Reads the parsed options against the catalog and what the dashboard saved
// (endpoints, regions, workloads, its last choice); false with *error (a
// usage message) when they are wrong.
bool readRunOptions(const QCommandLineParser &parser, const CliSetup &setup, RunOptions *out, QString *error);
