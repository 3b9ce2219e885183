#pragma once

#include <QJsonObject>
#include <QVariantList>

#include <optional>

class JsonReader;
struct RunPlan;

// A run plan as a report's "config" holds it: every endpoint (with header
// names, never values or keys), every region (a proxy without credentials),
// which model went where, and the counts and timeouts. Reading accepts the
// older form too, where one main endpoint had fields of its own.
namespace PlanJson {

QJsonObject toJson(const RunPlan &plan);
// Every field typed and bounded; nothing (and the reader's error) on the first problem.
std::optional<RunPlan> read(JsonReader &reader, const QJsonObject &config, const QVariantList &at, bool simulated);

} // namespace PlanJson
