#pragma once

#include "endpoints/endpoint.h"
#include "endpoints/region.h"
#include "runplan.h"
#include "runsettings.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class Catalog;
class QObject;
class SecretStore;
class SimHost;

// What a plan is made of besides the run settings: the saved endpoints and
// regions, and the secrets read for them.
struct PlanContext
{
    QList<Endpoint> endpoints;
    QList<Region> regions;
    QHash<QString, QString> secrets; // by keychain entry: API keys, proxy passwords
    QString sessionKey;              // typed for the chosen endpoint, this session only
};

// An endpoint's model listing: which endpoint, asked from which region.
struct ListingTarget
{
    Endpoint endpoint;
    Region region;
    bool simulated = false;
};

// The one planner both faces call: run settings, the models picked, the saved
// endpoints and regions and their secrets become a RunPlan. It starts (or
// restarts at a new speed-up, seed or fault) the embedded simulated provider
// when the run is simulated; otherwise it sends each model to the endpoint
// that serves it, from every chosen region, with its key.
class Planner final
{
    Q_DISABLE_COPY_MOVE(Planner)

public:
    static inline const QString kSimulatedId = QStringLiteral("simulated");

    explicit Planner(const Catalog *catalog);
    ~Planner();

    // The plan, or nothing and *error saying what to fix.
    std::optional<RunPlan> plan(const RunSettings &settings, const QStringList &models, const PlanContext &context,
                                QString *error);
    // The keychain entries such a plan needs (keys kept there, proxy passwords).
    QStringList secretsNeeded(const RunSettings &settings, const QStringList &models, const PlanContext &context) const;
    // Reads what secretsNeeded() names from `store` into the context; `done`
    // runs on `receiver`'s thread (never if it is destroyed first) with the
    // context, or nothing and a readable error.
    void readSecrets(SecretStore *store, const RunSettings &settings, const QStringList &models, PlanContext context,
                     QObject *receiver,
                     std::function<void(std::optional<PlanContext> context, QString error)> done) const;
    // readSecrets(), then plan(): `done` gets the plan or a readable error.
    void prepare(SecretStore *store, const RunSettings &settings, const QStringList &models, PlanContext context,
                 QObject *receiver, std::function<void(std::optional<RunPlan> plan, QString error)> done);
    // Where to ask the chosen endpoint for its models: the endpoint with its
    // key, from the first chosen region.
    std::optional<ListingTarget> listing(const RunSettings &settings, const PlanContext &context, QString *error);
    // The running simulated provider, or nullptr.
    const SimHost *simulator() const { return m_sim.get(); }

    // Hosts a plan would send a key to over plain http, loopback excepted.
    static QStringList plainHttpHostsWithKey(const RunPlan &plan);

private:
    bool ensureSimulator(const RunSettings &settings, QString *error);
    std::optional<RunPlan> simulatedPlan(const RunSettings &settings, const QStringList &models, QString *error);
    std::optional<RunPlan> realPlan(const RunSettings &settings, const QStringList &models, const PlanContext &context,
                                    QString *error) const;
    // The saved endpoints the models go to: the chosen one first, then those
    // that serve some model; nothing (and *error) when one is missing.
    std::optional<QList<Endpoint>> endpointsOf(const RunSettings &settings, const QStringList &models,
                                               const PlanContext &context, QString *error) const;
    std::optional<QList<Region>> chosenRegions(const RunSettings &settings, const PlanContext &context,
                                               QString *error) const;

    const Catalog *m_catalog;
    std::unique_ptr<SimHost> m_sim;
    double m_simScale = 0;
    quint64 m_simSeed = 0;
    SimFault m_simFault;
};
