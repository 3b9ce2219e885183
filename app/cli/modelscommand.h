#pragma once

#include <QStringList>

// `tokenmeter-cli models --base-url URL`: the models an endpoint serves.
int runModelsCommand(const QStringList &arguments);
