#include "core/monoclock.h"
#include "sim/simclock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

#include <memory>

// The simulated provider's clock: calls come at or after their due times
// (never early, whatever the timer's resolution), in due order; a new time
// replaces the old; a cancelled or destroyed key is never called.
class TestSimClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsInDueOrderNeverEarly();
    void aNewTimeReplacesTheOld();
    void cancelledAndDestroyedKeysAreNotCalled();
    void aCallMayScheduleAgain();
};

namespace {

// Runs the event loop until `done` or 10 s have passed.
bool spinUntil(const std::function<bool()> &done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 10'000)
        QTest::qWait(1);
    return done();
}

} // namespace

void TestSimClock::callsInDueOrderNeverEarly()
{
    SimClock clock;
#ifdef Q_OS_LINUX
    QVERIFY2(clock.isPrecise(), "no timerfd: the millisecond fallback would round every event");
#endif
    QObject a, b, c;
    const qint64 start = MonoClock::nowNs();
    // Due times off the millisecond grid, where a QTimer would round.
    const qint64 dueA = start + 7'300'000, dueB = start + 2'600'000, dueC = start + 4'900'000;
    QList<char> order;
    QList<qint64> early; // how early each call came (<= 0: on time or late)
    auto note = [&](char name, qint64 due) {
        return [&order, &early, name, due] {
            order.append(name);
            early.append(due - MonoClock::nowNs());
        };
    };
    clock.wakeAt(&a, dueA, note('a', dueA));
    clock.wakeAt(&b, dueB, note('b', dueB));
    clock.wakeAt(&c, dueC, note('c', dueC));
    QVERIFY(spinUntil([&] { return order.size() == 3; }));
    QCOMPARE(order, (QList<char>{'b', 'c', 'a'}));
    for (const qint64 ns : std::as_const(early))
        QVERIFY2(ns <= 0, qPrintable(QStringLiteral("called %1 us early").arg(ns / 1000.0)));
}

void TestSimClock::aNewTimeReplacesTheOld()
{
    SimClock clock;
    QObject key;
    int first = 0, second = 0;
    const qint64 now = MonoClock::nowNs();
    clock.wakeAt(&key, now + 2'000'000, [&] { ++first; });
    clock.wakeAt(&key, now + 4'000'000, [&] { ++second; });
    QVERIFY(spinUntil([&] { return second > 0; }));
    QTest::qWait(20);
    QCOMPARE(first, 0);
    QCOMPARE(second, 1);
}

void TestSimClock::cancelledAndDestroyedKeysAreNotCalled()
{
    SimClock clock;
    QObject kept, cancelled;
    auto destroyed = std::make_unique<QObject>();
    int calls = 0, wrong = 0;
    const qint64 now = MonoClock::nowNs();
    clock.wakeAt(&cancelled, now + 1'000'000, [&] { ++wrong; });
    clock.wakeAt(destroyed.get(), now + 1'000'000, [&] { ++wrong; });
    clock.wakeAt(&kept, now + 3'000'000, [&] { ++calls; });
    clock.cancel(&cancelled);
    destroyed.reset();
    QVERIFY(spinUntil([&] { return calls > 0; }));
    QTest::qWait(20);
    QCOMPARE(wrong, 0);
    QCOMPARE(calls, 1);
}

void TestSimClock::aCallMayScheduleAgain()
{
    SimClock clock;
    QObject key;
    int calls = 0;
    std::function<void()> tick = [&] {
        if (++calls < 5)
            clock.wakeAt(&key, MonoClock::nowNs() + 500'000, tick);
    };
    clock.wakeAt(&key, MonoClock::nowNs(), tick);
    QVERIFY(spinUntil([&] { return calls == 5; }));
    QTest::qWait(20);
    QCOMPARE(calls, 5);
}

QTEST_GUILESS_MAIN(TestSimClock)
#include "tst_simclock.moc"
