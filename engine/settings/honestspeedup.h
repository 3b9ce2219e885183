#pragma once

#include <QObject>

class AppSettings;
class Catalog;
class SpeedupCalibrator;
struct RunResult;

// The dashboard's automatic speed-up, kept honest: measured on this machine
// (SpeedupCalibrator) at the first launch or when asked, remembered in the
// settings, and lowered when a run at it lagged more than the limit.
class HonestSpeedup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HonestSpeedup)

public:
    HonestSpeedup(const Catalog *catalog, AppSettings *settings, QObject *parent = nullptr);

    // The speed-up now (0 while it is being measured or was never measured), and how it was found.
    double scale() const;
    QString note() const;
    bool isMeasuring() const;

    void measureIfNeeded();
    void measure();
    // A run is starting: a measurement going on would distort it, so it stops.
    bool cancelForRun();
    // After a run at the automatic speed-up: lowers it when the run lagged.
    void check(const RunResult &result, bool automatic);

Q_SIGNALS:
    // scale() and note() changed.
    void changed(double scale, const QString &note);
    void message(const QString &text);
    void failed(const QString &error);

private:
    AppSettings *m_settings;
    SpeedupCalibrator *m_calibrator;
};
