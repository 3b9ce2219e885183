#pragma once

#include "load.h"
#include "loadstep.h"
#include "stepsummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>

class JsonReader;

// A load (config.load), the steps as they ran and their figures (the
// report's "load" object), as JSON; read back range-checked.
namespace LoadJson {

QJsonObject toJson(const Load &load);
Load read(JsonReader &r, const QJsonObject &o, const QVariantList &at);
QJsonArray stepsJson(const QList<LoadStep> &steps);
QList<LoadStep> readSteps(JsonReader &r, const QJsonArray &a, const QVariantList &at);
// Each lane of each step: throughputs, goodput, latency percentiles, the client's lag.
QJsonArray summaryJson(const QList<StepLane> &lanes);

} // namespace LoadJson
