#pragma once

#include "stepsummary.h"

#include <QHash>
#include <QString>
#include <QStringList>

class Catalog;
struct RunResult;

// A timed run's or sweep's steps as a table (terminal, CSV, Markdown), and
// what they say: each lane's knee, a search's answer, the steps whose client
// could not keep its schedule.
class StepTable
{
public:
    // `metrics`: the records' figures, when already derived.
    StepTable(const RunResult &result, const Catalog &catalog, const QList<RequestMetrics> *metrics = nullptr);

    const QList<StepLane> &lanes() const { return m_lanes; }
    QString table() const;
    QString csv() const;
    QString markdown() const;
    QStringList notes() const;
    // The table's columns and cells (the terminal table's).
    QStringList header() const;
    QList<QStringList> rows() const;

    // What a step's value is: "concurrency 8", "4.5 req/s".
    static QString valueText(const Load &load, double value);

private:
    // `lane`: one lane's steps in order of load, as StepSummary::byLane gives them.
    QString kneeNote(const QString &who, const QList<StepLane> &lane, bool bySlos) const;

    QList<StepLane> m_lanes;
    Load m_load;
    double m_timeScale = 1;
    bool m_simulated = false;
    QHash<QString, QString> m_names; // model id -> display name
};
