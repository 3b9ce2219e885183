#pragma once

#include "catalog/modelinfo.h"

#include <QHash>
#include <QList>
#include <QString>

// The simulated provider's capacity at work: for each deployment (a model in
// a region), when each decode slot frees and when each waiting request will
// start. Requests are served first come, first served; a script is planned
// whole on arrival, so a request's queue wait and its batch are known then.
// All times are simulated microseconds (the time scale already applied).
class SimLoad
{
public:
    struct Admission
    {
        bool rejected = false; // the queue is full: answer 429
        int retryAfterS = 1;   // when a rejected client may try again (real seconds)
        int slot = -1;
        qint64 queueUs = 0;        // waited for a slot, before prefill
        double decodeFactor = 1.0; // of the model's decode speed, for the batch it joins
        int batch = 1;             // requests decoding at its start, itself included
    };

    // Where a request arriving at `nowUs` starts. `graceUs` counts a slot that
    // frees that soon as free: the client may read an answer's end a moment
    // before its planned time and send the next at once.
    Admission admit(const QString &deployment, const SimCapacity &capacity, qint64 nowUs, qint64 graceUs,
                    double timeScale);
    // The admitted request holds its slot until `freeAtUs`.
    void occupy(const QString &deployment, int slot, qint64 freeAtUs);

private:
    struct Deployment
    {
        QList<qint64> freeAt;   // per slot
        QList<qint64> startsAt; // of requests still waiting, in arrival order
    };
    QHash<QString, Deployment> m_deployments;
};
