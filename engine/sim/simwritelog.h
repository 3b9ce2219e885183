#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

// When the simulated provider had each request, when it meant to send each
// token-bearing event and when it did (CLOCK_MONOTONIC ns), by the request's
// X-Request-Id: with the client's own timestamps, the lag a measurement
// carries at its time scale. Thread-safe and bounded: the newest kMaxRequests
// requests, at most kMaxWritesPerRequest events each and kMaxWrites in all.
class SimWriteLog final
{
    Q_DISABLE_COPY_MOVE(SimWriteLog)

public:
    struct Write
    {
        qint64 requestNs = 0; // when the provider had the whole request
        qint64 intendedNs = 0;
        qint64 writtenNs = 0;
    };

    static constexpr qsizetype kMaxRequests = 20000;
    static constexpr qsizetype kMaxWritesPerRequest = 4096;
    static constexpr qsizetype kMaxWrites = 1 << 20;

    SimWriteLog() = default;

    void add(const QByteArray &requestId, Write write);
    QList<Write> writes(const QByteArray &requestId) const;

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, QList<Write>> m_log;
    QList<QByteArray> m_order;
    qsizetype m_total = 0;
};
