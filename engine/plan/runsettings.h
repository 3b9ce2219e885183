#pragma once

#include "load/load.h"
#include "sim/simfault.h"
#include "stream/streamtarget.h"
#include "workload/workload.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Dataset;

// What the user chose for the next run, in the dashboard's run panel or on
// tokenmeter-cli's command line: the Planner turns it into a RunPlan. The
// dashboard keeps it in its settings; it never holds a secret.
struct RunSettings
{
    bool simulated = true; // the embedded simulated provider
    QString endpoint;      // otherwise a saved endpoint, by id: models the catalog sends nowhere else go there
    QStringList simulatedRegions{QStringLiteral("us-east"), QStringLiteral("asia")}; // the simulated provider's
    QStringList regions{QStringLiteral("local")}; // saved regions a real run leaves from
    double timeScale = 1.0;                       // the simulated provider's speed-up
    bool autoTimeScale = false;     // the dashboard picks the highest honest speed-up measured on this machine
    std::optional<quint64> simSeed; // the simulated provider's jitter; a new one each start when unset
    SimFault simFault;              // faults the simulated provider injects into every answer
    QString prompt = QStringLiteral("Explain recursion in 200 words");
    int maxTokens = 150;
    Workload workload; // the study's unless a profile or option says otherwise
    // The dataset workload.datasetFile names, once read (off the GUI thread); never saved.
    std::shared_ptr<const Dataset> dataset;
    QString datasetPath; // where the dashboard reads it from again on its next start
    int iterations = 10;
    int warmup = 1;
    int lanes = 0; // model/region lanes at once; 0 = all
    int concurrency = 1;
    Load load;       // open loop, timed steps, sweeps and SLOs
    int retries = 0; // of a request that met 429, 5xx or a dropped connection
    Timeouts timeouts;
    bool keepText = false;
    bool qtTransport = false; // QNetworkAccessManager rather than the engine's HTTP/1.1 transport
    bool askForUsage = true;  // false: never send stream_options, whatever the endpoint says
    StreamLimits limits;      // what one request may take in
};
