#include "stallprobe.h"

#include <algorithm>
#include <cstdio>

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    // TOKENMETER_STALL_LOG=1 prints every stall over 15 ms, to find its cause.
    m_log = qEnvironmentVariableIntValue("TOKENMETER_STALL_LOG") != 0;
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const double lateMs = double(now - m_lastNs) / 1e6 - kTickMs;
        m_lastNs = now;
        ++m_ticks;
        m_longestMs = std::max(m_longestMs, lateMs);
        if (lateMs > 50)
            ++m_over50;
        if (m_log && lateMs > 15)
            std::fprintf(stderr, "stall %.1f ms at %.3f s\n", lateMs, double(now) / 1e9);
    });
}

void StallProbe::start()
{
    m_longestMs = 0;
    m_ticks = 0;
    m_over50 = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}
