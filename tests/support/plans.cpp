#include "plans.h"

#include "plan/planner.h"
#include "sim/simhost.h"

Region TestPlans::region(const QString &id, const QString &name, const QUrl &baseUrl, const QString &endpoint)
{
    Region r;
    r.id = id;
    r.name = name;
    r.baseUrl = baseUrl.toString();
    r.endpoint = endpoint;
    return r;
}

Region TestPlans::savedRegion(const QString &id, const QString &name, const QString &proxy, const QString &proxyUser,
                              const QString &baseUrl, const QString &endpoint)
{
    Region r;
    r.id = id;
    r.name = name;
    r.proxy = proxy;
    r.proxyUser = proxyUser;
    r.baseUrl = baseUrl;
    r.endpoint = endpoint;
    return r;
}

RunPlan TestPlans::simulated(const SimHost &sim, const QStringList &models, const QStringList &regions,
                             double timeScale)
{
    RunPlan plan;
    plan.simulated = true;
    plan.timeScale = timeScale;
    Endpoint e;
    e.id = Planner::kSimulatedId;
    e.name = QStringLiteral("Simulated provider");
    e.baseUrl = sim.baseUrl({}).toString();
    plan.endpoints = {e};
    for (const QString &r : regions)
        plan.regions.append(region(r, r, sim.baseUrl(r), e.id));
    plan.models = models;
    for (const QString &m : models)
        plan.routes.insert(m, ModelRoute{e.id, {}});
    plan.iterations = 2;
    plan.warmup = 1;
    plan.maxTokens = 30;
    return plan;
}

RunPlan TestPlans::direct(const QUrl &baseUrl, const QStringList &models, const QString &apiKey)
{
    RunPlan plan;
    Endpoint e;
    e.id = QStringLiteral("test");
    e.name = baseUrl.host();
    e.baseUrl = baseUrl.toString();
    e.apiKey = apiKey;
    plan.endpoints = {e};
    Region local;
    local.id = QStringLiteral("local");
    local.name = QStringLiteral("This machine");
    plan.regions = {local};
    plan.models = models;
    for (const QString &m : models)
        plan.routes.insert(m, ModelRoute{e.id, {}});
    return plan;
}
