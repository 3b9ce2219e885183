#pragma once

#include "endpoint.h"
#include "region.h"

#include <QJsonArray>
#include <QList>

// Saved endpoints and vantage points as the settings file keeps them (JSON,
// never a secret), and the ones a first launch starts with.
namespace SavedEndpoints {

QJsonArray toJson(const QList<Endpoint> &endpoints);
QList<Endpoint> endpointsFromJson(const QJsonArray &array);
QJsonArray toJson(const QList<Region> &regions);
QList<Region> regionsFromJson(const QJsonArray &array);

// Every preset, as a saved endpoint with its usual key variable.
QList<Endpoint> defaultEndpoints();
// This machine, direct.
QList<Region> defaultRegions();
// A new id from `name` that none of `taken` has.
QString uniqueId(const QString &name, const QStringList &taken);

} // namespace SavedEndpoints
