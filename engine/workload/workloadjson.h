#pragma once

#include "workload.h"

#include <QJsonObject>
#include <QVariantList>

class JsonReader;

// A workload as a report's config holds it ("workload"). A prompt read from a
// file is named with its SHA-256, never quoted. Reports of before workloads
// (tokenmeter.report/1) have none: every request of theirs sent the prompt as
// given, one prefix repeated, which `older` says.
namespace WorkloadJson {

QJsonObject toJson(const Workload &workload);
Workload read(JsonReader &reader, const QJsonObject &workload, const QVariantList &at);
Workload older(const QString &prompt, int maxTokens);

} // namespace WorkloadJson
