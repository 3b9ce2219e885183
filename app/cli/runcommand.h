#pragma once

#include <QStringList>

// `tokenmeter-cli run`: a benchmark run without a screen.
int runRunCommand(const QStringList &arguments);
