#pragma once

#include <QStringList>

// `tokenmeter-cli report FILE.json`: a saved report re-exported.
int runReportCommand(const QStringList &arguments);
// `tokenmeter-cli history list|show|export`: the runs kept in the history.
int runHistoryCommand(const QStringList &arguments);
