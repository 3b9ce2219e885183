#include "simclock.h"

#include "core/monoclock.h"

#include <QSocketNotifier>
#include <QTimer>

#include <limits>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <unistd.h>
#endif

namespace {

// What one wake-up hands out at most before the event loop gets a turn (an
// endless answer rescheduling itself in the past cannot hold the thread).
constexpr int kCallsPerWake = 4096;

} // namespace

SimClock::SimClock(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    m_fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd >= 0) {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &SimClock::onFired);
        return;
    }
#endif
    m_fallback = new QTimer(this);
    m_fallback->setSingleShot(true);
    m_fallback->setTimerType(Qt::PreciseTimer);
    connect(m_fallback, &QTimer::timeout, this, &SimClock::onFired);
}

SimClock::~SimClock()
{
#ifdef Q_OS_LINUX
    delete m_notifier; // off the event loop before its descriptor goes
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void SimClock::wakeAt(QObject *key, qint64 dueNs, std::function<void()> onDue)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        it = m_entries.insert(key, Entry{});
        connect(key, &QObject::destroyed, this, [this, key] { forget(key); });
    } else if (it->queued) {
        m_queue.erase(it->at);
    }
    it->at = m_queue.emplace(dueNs, key);
    it->queued = true;
    it->onDue = std::move(onDue);
    arm();
}

void SimClock::cancel(const QObject *key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end() || !it->queued)
        return;
    m_queue.erase(it->at);
    it->queued = false;
    it->onDue = nullptr;
    arm();
}

void SimClock::forget(const QObject *key)
{
    cancel(key);
    m_entries.remove(key);
}

void SimClock::onFired()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        quint64 expirations = 0;
        if (::read(m_fd, &expirations, sizeof expirations) < 0) {
            // EAGAIN: re-armed since it fired; what is due is handed out all the same.
        }
    }
#endif
    const qint64 nowNs = MonoClock::nowNs();
    m_firing = true;
    for (int calls = 0; calls < kCallsPerWake && !m_queue.empty() && m_queue.begin()->first <= nowNs; ++calls) {
        Entry &entry = m_entries[m_queue.begin()->second];
        m_queue.erase(m_queue.begin());
        entry.queued = false;
        const std::function<void()> onDue = std::exchange(entry.onDue, nullptr);
        onDue(); // may schedule this key (or others) again; `entry` may be gone
    }
    m_firing = false;
    arm();
}

void SimClock::arm()
{
    if (m_firing)
        return;
    if (m_queue.empty()) {
#ifdef Q_OS_LINUX
        if (m_fd >= 0) {
            const itimerspec off{};
            timerfd_settime(m_fd, 0, &off, nullptr);
            return;
        }
#endif
        m_fallback->stop();
        return;
    }
    const qint64 dueNs = qMax<qint64>(1, m_queue.begin()->first); // 0 would disarm a timerfd
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        itimerspec at{};
        at.it_value.tv_sec = time_t(dueNs / 1'000'000'000);
        at.it_value.tv_nsec = long(dueNs % 1'000'000'000);
        timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &at, nullptr);
        return;
    }
#endif
    const qint64 waitNs = qMax<qint64>(0, dueNs - MonoClock::nowNs());
    m_fallback->start(int(qMin<qint64>((waitNs + 999'999) / 1'000'000, std::numeric_limits<int>::max())));
}
