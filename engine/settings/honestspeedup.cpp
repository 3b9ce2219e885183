#include "honestspeedup.h"

#include "run/measurementlag.h"
#include "run/runresult.h"
#include "run/speedupcalibrator.h"
#include "settings/appsettings.h"

HonestSpeedup::HonestSpeedup(const Catalog *catalog, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_calibrator(new SpeedupCalibrator(catalog, this))
{
    connect(m_calibrator, &SpeedupCalibrator::trying, this, [this](double scale) {
        Q_EMIT message(
            tr("Measuring the highest honest speed-up of the simulated provider on this machine: trying %1×…")
                .arg(scale));
    });
    connect(m_calibrator, &SpeedupCalibrator::finished, this, [this](double scale, const QStringList &log) {
        m_settings->setHonestSpeedup(scale, log.join(u'\n'));
        Q_EMIT changed(this->scale(), note());
        Q_EMIT message(
            tr("Speed-up measured: %1× is the highest at which the simulated figures stay honest here.").arg(scale));
    });
    connect(m_calibrator, &SpeedupCalibrator::failed, this,
            [this](const QString &error) { Q_EMIT failed(tr("Measuring the speed-up failed: %1").arg(error)); });
}

double HonestSpeedup::scale() const
{
    return m_calibrator->isRunning() ? 0 : m_settings->honestSpeedup().value_or(0);
}

bool HonestSpeedup::isMeasuring() const
{
    return m_calibrator->isRunning();
}

QString HonestSpeedup::note() const
{
    return m_calibrator->isRunning() ? QString() : m_settings->honestSpeedupNote();
}

void HonestSpeedup::measureIfNeeded()
{
    if (!m_settings->honestSpeedup())
        measure();
}

void HonestSpeedup::measure()
{
    m_calibrator->start();
    Q_EMIT changed(scale(), note());
}

bool HonestSpeedup::cancelForRun()
{
    if (!m_calibrator->isRunning())
        return false;
    m_calibrator->cancel();
    Q_EMIT changed(scale(), note());
    Q_EMIT message(tr("Measuring the speed-up was stopped for this run; it is measured again at the next launch."));
    return true;
}

void HonestSpeedup::check(const RunResult &result, bool automatic)
{
    if (!result.plan.simulated || !automatic || result.plan.timeScale <= 1)
        return;
    const std::optional<MeasurementLag> lag = MeasurementLag::of(result.records, result.plan.timeScale);
    if (!lag || !lag->exceeds())
        return;
    // The next lower step: this run showed the machine cannot keep up.
    double lower = 1;
    for (const double c : SpeedupCalibrator::candidates())
        lower = c < result.plan.timeScale ? c : lower;
    m_settings->setHonestSpeedup(lower, lag->text());
    Q_EMIT changed(scale(), note());
    Q_EMIT message(tr("This run lagged at %1× (see the notes); the automatic speed-up is now %2×.")
                       .arg(result.plan.timeScale)
                       .arg(lower));
}
