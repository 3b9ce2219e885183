#pragma once

#include "load.h"
#include "loadstep.h"
#include "run/statistics.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct RequestMetrics;
struct RequestRecord;
struct RunPlan;
struct RunResult;

// One lane's figures in one step of a timed run or sweep. Latencies are the
// step's measured requests' (sent after its warm-up); throughputs count what
// finished within its measured window, whatever step sent it.
struct StepLane
{
    int step = 0;
    double value = 0; // the step's concurrency or rate
    bool complete = false;
    QString model;
    QString region;
    double windowS = 0;
    int sent = 0;        // measured requests
    int ok = 0;          // of those, succeeded
    int errors = 0;      // failed and not tried again, 429s included
    int rateLimited = 0; // of the errors, HTTP 429
    double offeredPerS = 0;
    double requestsPerS = 0;
    double outputTokensPerS = 0;
    double goodputPerS = 0;          // requests/s that met every SLO
    Distribution ttftMs;             // first token of any kind, from the send
    Distribution ttftFromScheduleMs; // open loop: from when it was due
    Distribution itlMs;              // every gap, pooled
    Distribution e2eMs;
    Distribution lagMs;      // the client's own: schedule lag (open loop) or wait before sending
    bool unreliable = false; // the client could not keep its schedule
    QStringList broken;      // the SLOs the step broke, with the figure ("ttft_p90 612 ms > 500 ms")

    bool meetsSlos() const { return broken.isEmpty() && ok > 0; }
    double errorShare() const { return sent > 0 ? double(errors) / sent : 0; }
};

namespace StepSummary {

// Every lane of every step, step-major in the order the steps ran.
QList<StepLane> of(const RunResult &result);
// `metrics`, when given, are the records' figures already derived (index for index).
QList<StepLane> of(const QList<LoadStep> &steps, const QList<RequestRecord> &records, const RunPlan &plan,
                   const QList<RequestMetrics> *metrics = nullptr);
// Whether every lane of `step` met the SLOs.
bool stepMeets(const QList<StepLane> &lanes, int step);
// A lane's steps (in the order of their load), and the step where it breaks:
// the first that breaks an SLO when there are SLOs, else the first whose TTFT
// p90 is more than twice the lowest load's or whose errors exceed 5%.
std::optional<int> knee(QList<StepLane> laneSteps, bool bySlos);
// The run as if it were step `step` alone: its requests and its window.
RunResult onlyStep(const RunResult &result, int step);
// The lanes of `all` (model, region) in order of first appearance, each lane's steps in order of their load.
QList<QList<StepLane>> byLane(const QList<StepLane> &all);

} // namespace StepSummary
