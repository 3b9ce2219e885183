#pragma once

#include <QJsonObject>
#include <QString>

class Catalog;
struct RunResult;

// The saved form of a run: "tokenmeter.report/1", self-describing (plan,
// environment, prices at run time, every request's timeline, aggregates) and
// never holding a secret.
namespace JsonReport {

inline constexpr char kSchema[] = "tokenmeter.report/1";

QJsonObject toJson(const RunResult &result, const Catalog &catalog);

// Writes atomically (QSaveFile): a failure leaves any previous file whole.
bool save(const QJsonObject &report, const QString &path, QString *error);

} // namespace JsonReport
