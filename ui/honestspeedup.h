#pragma once

#include <QObject>

class AppSettings;
class Catalog;
class RunSettingsPanel;
class SpeedupCalibrator;
struct RunResult;

// The run panel's "Auto" speed-up, kept honest: measured on this machine
// (SpeedupCalibrator) at the first launch or when asked, remembered, shown in
// the panel, and lowered when a run at it lagged more than the limit.
class HonestSpeedup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HonestSpeedup)

public:
    HonestSpeedup(const Catalog *catalog, AppSettings *settings, RunSettingsPanel *panel, QObject *parent = nullptr);

    void measureIfNeeded();
    void measure();
    // A run is starting: a measurement going on would distort it, so it stops.
    bool cancelForRun();
    // After a run at the automatic speed-up: lowers it when the run lagged.
    void check(const RunResult &result);

Q_SIGNALS:
    void message(const QString &text);
    void failed(const QString &error);

private:
    void show(std::optional<double> scale, const QString &note);

    AppSettings *m_settings;
    RunSettingsPanel *m_panel;
    SpeedupCalibrator *m_calibrator;
};
