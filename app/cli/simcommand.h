#pragma once

#include <QStringList>

// `tokenmeter-cli sim`: the simulated provider on its own, for other tools.
int runSimCommand(const QStringList &arguments);
