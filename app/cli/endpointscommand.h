#pragma once

#include <QStringList>

// `tokenmeter-cli endpoints list|show NAME` and `tokenmeter-cli regions list`:
// what the dashboard saved, never a key or a header's value.
int runEndpointsCommand(const QStringList &arguments);
int runRegionsCommand(const QStringList &arguments);
