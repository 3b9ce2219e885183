#pragma once

#include "load/loadstep.h"
#include "plan/runplan.h"
#include "requestrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

// A finished (or cancelled) run: the plan it followed and every request.
struct RunResult
{
    RunPlan plan; // apiKey cleared
    QList<RequestRecord> records;
    QList<LoadStep> steps; // a timed run's or sweep's, in the order they ran; empty for a plain run
    QDateTime startedUtc;
    QDateTime finishedUtc;
    bool cancelled = false;
    bool simulated = false; // the plan said so, or a server identified itself as simulated
    // Where and with what it ran, as a loaded report recorded it; empty for a
    // run made here and now (the report then describes this machine).
    QJsonObject environment;
};

Q_DECLARE_METATYPE(RunResult)
Q_DECLARE_METATYPE(RequestRecord)
