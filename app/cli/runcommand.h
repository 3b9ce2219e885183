#pragma once

#include <QStringList>

// `tokenmeter-cli run`: a benchmark run without a screen.
// `tokenmeter-cli run`, or `sweep` (the same with steps of load).
int runRunCommand(const QStringList &arguments, bool sweep);
