#pragma once

#include "endpointinfo.h"

#include <QJsonArray>
#include <QList>

// Saved endpoints and vantage points as the settings file keeps them (JSON,
// never a secret), and the ones a first launch starts with.
namespace SavedEndpoints {

QJsonArray toJson(const QList<EndpointInfo> &endpoints);
QList<EndpointInfo> endpointsFromJson(const QJsonArray &array);
QJsonArray toJson(const QList<VantagePoint> &regions);
QList<VantagePoint> regionsFromJson(const QJsonArray &array);

// Every preset, as a saved endpoint with its usual key variable.
QList<EndpointInfo> defaultEndpoints();
// This machine, direct.
QList<VantagePoint> defaultRegions();
// A new id from `name` that none of `taken` has.
QString uniqueId(const QString &name, const QStringList &taken);

} // namespace SavedEndpoints
