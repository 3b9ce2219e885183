#pragma once

#include "plan/runplan.h"

#include <QStringList>
#include <QUrl>

class SimHost;

// Plans for tests that drive the engine directly, without the Planner.
namespace TestPlans {

// A region that sends to `baseUrl` (every endpoint's, or `endpoint`'s).
Region region(const QString &id, const QString &name, const QUrl &baseUrl, const QString &endpoint = {});
// A saved region as the settings keep it: through a proxy, or with a base URL of its own.
Region savedRegion(const QString &id, const QString &name, const QString &proxy = {}, const QString &proxyUser = {},
                   const QString &baseUrl = {}, const QString &endpoint = {});
// `models` from the simulated provider at `sim`, from its `regions`.
RunPlan simulated(const SimHost &sim, const QStringList &models, const QStringList &regions, double timeScale);
// Every model to one OpenAI-compatible endpoint at `baseUrl`, from this machine.
RunPlan direct(const QUrl &baseUrl, const QStringList &models, const QString &apiKey = {});

} // namespace TestPlans
