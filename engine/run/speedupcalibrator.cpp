#include "speedupcalibrator.h"

#include "catalog/catalog.h"
#include "measurementlag.h"
#include "runcontroller.h"

#include <QCoreApplication>

namespace {

// This file's strings, in the "SpeedupCalibrator" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SpeedupCalibrator)
};

// The default run's shape (every lane at once, streaming), shorter: a few
// requests per lane, short answers.
RunSettings calibrationSettings(double scale)
{
    RunSettings s;
    s.simulated = true;
    s.timeScale = scale;
    s.iterations = 2;
    s.warmup = 1;
    s.maxTokens = 40;
    s.simSeed = 1;
    return s;
}

} // namespace

QList<double> SpeedupCalibrator::candidates()
{
    return {1.5, 2, 3, 5, 10, 20};
}

SpeedupCalibrator::SpeedupCalibrator(const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_planner(catalog)
    , m_controller(new RunController(this))
{
    connect(m_controller, &RunController::finished, this, &SpeedupCalibrator::onRunFinished);
}

SpeedupCalibrator::~SpeedupCalibrator() = default;

void SpeedupCalibrator::start()
{
    if (m_running)
        return;
    m_running = true;
    m_left = candidates();
    m_best = 1;
    m_log.clear();
    tryNext();
}

void SpeedupCalibrator::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_left.clear();
    m_controller->cancel();
}

void SpeedupCalibrator::tryNext()
{
    if (m_left.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_best, m_log);
        return;
    }
    m_trying = m_left.takeFirst();
    QStringList models;
    for (const ModelInfo &m : m_catalog->models())
        models.append(m.id);
    QString error;
    const std::optional<RunPlan> plan = m_planner.plan(calibrationSettings(m_trying), models, {}, &error);
    if (!plan || !m_controller->start(*plan, &error)) {
        m_running = false;
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT trying(m_trying);
}

void SpeedupCalibrator::onRunFinished(const RunResult &result)
{
    if (!m_running)
        return; // cancelled
    const std::optional<MeasurementLag> lag = MeasurementLag::of(result.records, result.plan.timeScale);
    if (!lag) {
        m_running = false;
        Q_EMIT failed(Tr::tr("the simulated provider's write log was empty at %1x").arg(m_trying));
        return;
    }
    m_log.append(lag->text());
    if (lag->exceeds()) {
        m_left.clear(); // rising: every faster one would lag more
    } else {
        m_best = m_trying;
    }
    tryNext();
}
