#pragma once

#include <QList>
#include <QtGlobal>

// One step of a timed run or sweep as it ran: its concurrency or rate, and
// when it was measured (CLOCK_MONOTONIC nanoseconds, as request timelines).
struct LoadStep
{
    int index = 0;
    double value = 0; // concurrency, or requests/s per lane
    qint64 startNs = 0;
    qint64 windowStartNs = 0; // after the warm-up
    qint64 windowEndNs = 0;   // no request was sent after it
    bool complete = false;    // measured for its whole time, not stopped

    double windowS() const { return double(windowEndNs - windowStartNs) / 1e9; }
};
