#pragma once

#include "requestrecord.h"
#include "runplan.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

// A finished (or cancelled) run: the plan it followed and every request.
struct RunResult
{
    RunPlan plan; // apiKey cleared
    QList<RequestRecord> records;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    bool cancelled = false;
    bool simulated = false; // the plan said so, or a server identified itself as simulated
};

Q_DECLARE_METATYPE(RunResult)
Q_DECLARE_METATYPE(RequestRecord)
