#pragma once

#include "plan/planner.h"
#include "runresult.h"

#include <QObject>
#include <QStringList>

class Catalog;
class RunController;

// Measures, on this machine, the highest speed-up at which the simulated
// provider's figures stay honest: short runs of the default workload (every
// model, both simulated regions) at rising speed-ups, until what the speed-up
// adds to the measurement lag moves a TTFT by more than MeasurementLag's
// limit. The answer is the last speed-up that passed (1 when none did: real
// time is always honest). Runs on the engine's thread; never waits.
class SpeedupCalibrator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeedupCalibrator)

public:
    static QList<double> candidates(); // rising: 1.5, 2, 3, 5, 10, 20

    explicit SpeedupCalibrator(const Catalog *catalog, QObject *parent = nullptr);
    ~SpeedupCalibrator() override;

    void start();
    void cancel(); // finished() is not sent
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void trying(double scale);
    // The highest honest speed-up, and what was measured at each one tried.
    void finished(double scale, const QStringList &log);
    void failed(const QString &error);

private:
    void tryNext();
    void onRunFinished(const RunResult &result);

    const Catalog *m_catalog;
    Planner m_planner;
    RunController *m_controller;
    QList<double> m_left;
    double m_best = 1;
    double m_trying = 1;
    QStringList m_log;
    bool m_running = false;
};
