#pragma once

#include "endpoints/endpoint.h"
#include "endpoints/region.h"
#include "load/load.h"
#include "stream/streamtarget.h"
#include "workload/workload.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class Dataset;
class SimWriteLog;

// Where one model of a run is sent, and under which id.
struct ModelRoute
{
    QString endpoint; // an id in RunPlan::endpoints
    QString apiId;    // sent as "model"; empty: the model's catalog id
};

// Everything that defines a run: models x regions x iterations, and how.
// Every model is routed to one of `endpoints`; every lane is a model from a
// region. Built by the Planner for both the dashboard and tokenmeter-cli.
struct RunPlan
{
    QList<Endpoint> endpoints; // keys and CA certificates read for the run
    QList<Region> regions;     // proxy passwords read for the run
    QStringList models;
    QHash<QString, ModelRoute> routes; // by model id, one for every model
    bool simulated = false;
    double timeScale = 1.0; // the simulated provider's speed-up; 1 = real time
    // The simulated provider's write log, for the lag of each measurement
    // (RequestTimeline::lagUs); never saved.
    std::shared_ptr<const SimWriteLog> simLog;
    // The conversations workload.datasetFile names, read before the run; never saved.
    std::shared_ptr<const Dataset> dataset;
    int iterations = 10;
    int warmup = 1;
    int lanes = 0; // model/region lanes at once; 0 = all
    static constexpr int kMaxConcurrency = 1024;
    int concurrency = 1; // requests in flight within one lane
    Load load;           // arrivals, timed steps and sweeps; closed loop by iterations when plain
    int retries = 0;     // tries again after 429, 5xx or a dropped connection, honouring Retry-After
    QString prompt = QStringLiteral("Explain recursion in 200 words"); // as typed: each request's is made from it
    int maxTokens = 150;
    Workload workload;
    quint64 promptNonce = 0; // new for every run, so no run's prompts repeat another's
    Timeouts timeouts;
    StreamLimits limits;
    bool keepText = false;
    // Send over Qt's QNetworkAccessManager (HTTP/2 where offered) rather than
    // the engine's own HTTP/1.1 transport; lanes through a proxy always do.
    bool qtTransport = false;

    // The endpoint that serves `model`, or nullptr when the plan has none for it.
    const Endpoint *endpointOf(const QString &model) const;
    // What a request for `model` sends as "model".
    QString sentId(const QString &model) const;
    // The endpoints' names, for titles and messages.
    QString endpointNames() const;
    // The plan without secrets: what a result, report or history keeps.
    RunPlan withoutSecrets() const;

    // The lane of a model from a region (model-major, as a run numbers them); -1 when either is not in the plan.
    int laneIndex(const QString &model, const QString &region) const;
    int laneCount() const { return int(models.size() * regions.size()); }
    // Streams one lane keeps open at most, as far as the plan says (an open
    // loop's depend on the server: its rate times a request's time, unknown here).
    int streamsPerLane() const;
    int requestCount() const { return laneCount() * (workload.requestsPerLane(iterations) + warmup); }
    // Empty when the plan can run, else what is wrong with it.
    QString validate() const;
};
