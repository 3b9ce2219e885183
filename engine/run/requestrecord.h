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
    qint32 clientWaitUs = 0;   // wait the client itself added before sending (reported, never hidden)
    int attempt = 0;           // 0: the first try; n: the nth retry of this iteration
    bool retried = false;      // this attempt failed and was tried again: kept and shown, never an error
    int inputTargetTokens = 0; // the synthetic prompt's input length; 0: the prompt as given
    RequestTimeline timeline;
    int step = 0;           // the step of a timed run or sweep it belongs to
    qint64 scheduledNs = 0; // open loop: when it was due (CLOCK_MONOTONIC); 0: sent when the last one ended
    // Open loop: how late the client sent it (its send time minus its scheduled
    // time, wall microseconds, within half a millisecond early); -1 without a schedule.
    qint32 scheduleLagUs = -1;

    bool ok() const { return timeline.status == RequestStatus::Ok; }
    // Failed, and not tried again: what error counts count.
    bool failed() const { return isFailure(timeline.status) && !retried; }
    // What a retry may mend: a rate limit, an overloaded or failing server, a connection it dropped.
    bool retryable() const
    {
        const int http = timeline.httpStatus;
        return (timeline.status == RequestStatus::HttpError
                && (http == 429 || http == 500 || http == 502 || http == 503 || http == 504))
            || timeline.status == RequestStatus::ConnectionReset;
    }
};

// The key of a model/region lane in hashes and comparisons.
inline QString laneKey(const QString &model, const QString &region)
{
    return model + u'\x1f' + region;
}
