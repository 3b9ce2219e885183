#pragma once

#include <QString>

// Who timed a response's reads, best first: the kernel as the bytes arrived
// (plain TCP on Linux, ReceiveTime), the engine's reading thread right before
// each read (TLS), or the engine thread when Qt's network stack handed the
// bytes over (QNetworkAccessManager: proxies, HTTP/2).
enum class ArrivalClock : quint8 { Unknown, EngineThread, ReadingThread, Kernel };

inline QString arrivalClockId(ArrivalClock clock)
{
    switch (clock) {
    case ArrivalClock::Kernel:
        return QStringLiteral("kernel");
    case ArrivalClock::ReadingThread:
        return QStringLiteral("reading_thread");
    case ArrivalClock::EngineThread:
        return QStringLiteral("engine_thread");
    case ArrivalClock::Unknown:
        break;
    }
    return {};
}

// Unknown for anything else, "" included.
inline ArrivalClock arrivalClockFromId(const QString &id)
{
    for (const ArrivalClock c : {ArrivalClock::Kernel, ArrivalClock::ReadingThread, ArrivalClock::EngineThread}) {
        if (id == arrivalClockId(c))
            return c;
    }
    return ArrivalClock::Unknown;
}
