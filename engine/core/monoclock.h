#pragma once

#include <QtGlobal>

#include <chrono>
#include <limits>

// The one clock every timestamp in Tokenmeter comes from: CLOCK_MONOTONIC on
// Linux (the clock QElapsedTimer and std::chrono::steady_clock use), in
// nanoseconds, so other processes on the machine can line their logs up with ours.
namespace MonoClock {

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Offset in microseconds from `originNs`, saturated to the 32-bit range
// (about 35 minutes): long enough for any single request.
inline qint32 offsetUs(qint64 originNs, qint64 nowNsValue)
{
    const qint64 us = (nowNsValue - originNs) / 1000;
    return static_cast<qint32>(qBound<qint64>(0, us, qint64(std::numeric_limits<qint32>::max())));
}

} // namespace MonoClock
