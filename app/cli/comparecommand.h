#pragma once

#include <QStringList>

// `tokenmeter-cli compare A.json B.json`: what changed, and whether beyond noise.
int runCompareCommand(const QStringList &arguments);
