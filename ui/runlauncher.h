#pragma once

#include "bench/runplan.h"
#include "runsettings.h"

#include <memory>
#include <optional>

class Catalog;
class SimHost;

// Turns the user's run settings into a runnable plan: starts (or restarts at a
// new speed-up) the embedded simulated provider when the run is simulated, and
// finds the API key otherwise. No widgets, so tests drive it directly.
class RunLauncher final
{
    Q_DISABLE_COPY_MOVE(RunLauncher)

public:
    explicit RunLauncher(const Catalog *catalog);
    ~RunLauncher();

    // The plan, or nothing and *error saying what to fix.
    std::optional<RunPlan> plan(const RunSettings &settings, const QStringList &models, const QString &sessionKey,
                                QString *error);

private:
    bool ensureSimulator(double timeScale, QString *error);

    const Catalog *m_catalog;
    std::unique_ptr<SimHost> m_sim;
    double m_simScale = 0;
};
