#pragma once

#include "load/loadstep.h"
#include "requestrecord.h"

#include <QList>
#include <QMetaType>

#include <optional>

// A coalesced view of a run in progress, sent to the GUI or CLI some 25 times
// a second: never one signal per token.
struct RunSnapshot
{
    int total = 0;
    int done = 0;
    int errors = 0;
    qint64 elapsedMs = 0;
    std::optional<qint64> remainingMs; // an estimate from the lanes' pace so far
    QList<RequestRecord> finished;     // requests finished since the previous snapshot
    QList<RequestRecord> inFlight;     // partial timelines of requests still streaming
    // A timed run or sweep: the step running (0-based), how many are planned
    // (a search's: at most), and its concurrency or rate.
    int step = -1;
    int steps = 0;
    double stepValue = 0;
    QList<LoadStep> loadSteps; // every step so far, the running one last (its window still open)
    bool last = false;
};

Q_DECLARE_METATYPE(RunSnapshot)
