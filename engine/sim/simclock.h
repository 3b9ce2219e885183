#pragma once

#include <QHash>
#include <QObject>

#include <functional>
#include <map>

class QSocketNotifier;
class QTimer;

// Wakes the simulated provider's connections at their due times, to the
// microsecond: on Linux one timerfd, armed at the earliest due time on
// CLOCK_MONOTONIC (MonoClock), behind a single notifier. A QTimer counts in
// whole milliseconds, so an event would go out up to half a millisecond off
// its time, and a time scale multiplies that into every figure. Elsewhere a
// precise QTimer, rounded up to whole milliseconds: late by about a
// millisecond at most, never early.
// Lives on the simulator's thread.
class SimClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimClock)

public:
    explicit SimClock(QObject *parent = nullptr);
    ~SimClock() override;

    // Calls `onDue` once, at `dueNs` (MonoClock) or as soon after as the
    // thread is free; replaces whatever `key` had waiting. Forgotten when
    // `key` is destroyed.
    void wakeAt(QObject *key, qint64 dueNs, std::function<void()> onDue);
    void cancel(const QObject *key); // nothing is called for `key` until its next wakeAt
    bool isPrecise() const { return m_fd >= 0; }

private:
    using Queue = std::multimap<qint64, const QObject *>;
    struct Entry
    {
        Queue::iterator at; // valid while queued
        bool queued = false;
        std::function<void()> onDue;
    };
    void onFired();
    void forget(const QObject *key);
    void arm();

    Queue m_queue;
    QHash<const QObject *, Entry> m_entries;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_fallback = nullptr;
    bool m_firing = false; // handing out: armed once, after
};
