#pragma once

#include "runplan.h"
#include "endpoints/endpointinfo.h"
#include "runsettings.h"

#include <QHash>

#include <memory>
#include <optional>

class Catalog;
class SimHost;

// What a plan is made of besides the run settings: the saved endpoints and
// regions, and the secrets already read for them.
struct LaunchContext
{
    QList<EndpointInfo> endpoints;
    QList<VantagePoint> regions;
    QHash<QString, QString> secrets; // by keychain entry: API keys, proxy passwords
    QString sessionKey;              // typed for the chosen endpoint, this session only
};

// Turns the user's run settings into a runnable plan: starts (or restarts at a
// new speed-up) the embedded simulated provider when the run is simulated;
// otherwise sends each model to the endpoint that serves it, from every chosen
// region, with its key. No widgets, so tests drive it directly.
class RunLauncher final
{
    Q_DISABLE_COPY_MOVE(RunLauncher)

public:
    explicit RunLauncher(const Catalog *catalog);
    ~RunLauncher();

    // The plan, or nothing and *error saying what to fix.
    std::optional<RunPlan> plan(const RunSettings &settings, const QStringList &models, const LaunchContext &context,
                                QString *error);
    // The keychain entries such a plan needs (keys kept there, proxy passwords).
    QStringList secretsNeeded(const RunSettings &settings, const QStringList &models, const LaunchContext &context) const;
    // Hosts a plan would send a key to over plain http, loopback excepted.
    static QStringList plainHttpHostsWithKey(const RunPlan &plan);

private:
    bool ensureSimulator(double timeScale, QString *error);
    // The saved endpoints the models go to: the chosen one first, then those
    // that serve some model; nothing (and *error) when one is missing.
    std::optional<QList<EndpointInfo>> endpointsOf(const RunSettings &settings, const QStringList &models,
                                                   const LaunchContext &context, QString *error) const;
    QList<VantagePoint> chosenRegions(const RunSettings &settings, const LaunchContext &context) const;

    const Catalog *m_catalog;
    std::unique_ptr<SimHost> m_sim;
    double m_simScale = 0;
};
