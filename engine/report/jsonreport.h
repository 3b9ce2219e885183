#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class Catalog;
struct RequestRecord;
struct RunPlan;
struct RunResult;

// The saved form of a run: "tokenmeter.report/2", self-describing (plan and
// workload,
// environment, prices at run time, every request's timeline, aggregates) and
// never holding a secret.
namespace JsonReport {

inline constexpr char kSchema[] = "tokenmeter.report/2";
// The form before workloads, still read.
inline constexpr char kSchemaV1[] = "tokenmeter.report/1";

QJsonObject toJson(const RunResult &result, const Catalog &catalog);

// The parts of a report, for stores that write a run piece by piece (history).
QJsonObject configJson(const RunPlan &plan);
QJsonObject requestJson(const RequestRecord &record, bool keepText, double timeScale);
QJsonArray pricesJson(const QStringList &models, const Catalog &catalog);
QJsonObject environmentJson(); // this machine, now

// Writes atomically (QSaveFile): a failure leaves any previous file whole.
bool save(const QJsonObject &report, const QString &path, QString *error);

} // namespace JsonReport
