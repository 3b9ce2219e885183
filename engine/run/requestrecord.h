#pragma once

#include "stream/requesttimeline.h"

#include <QString>

// One request of a run: which lane and iteration it was, and its timeline.
struct RequestRecord
{
    QString model;
    QString region;
    int lane = -1;
    int iteration = 0; // 0-based, counted separately for warm-up and measured requests
    bool warmup = false;
    qint32 clientWaitUs = 0; // wait the client itself added before sending (reported, never hidden)
    RequestTimeline timeline;

    bool ok() const { return timeline.status == RequestStatus::Ok; }
};

// The key of a model/region lane in hashes and comparisons.
inline QString laneKey(const QString &model, const QString &region)
{
    return model + u'\x1f' + region;
}
