#include "core/monoclock.h"
#include "kernelstamps.h"
#include "net/plainsockets.h"
#include "net/receivetime.h"

#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <unistd.h>

// Reads are timed by when their bytes arrived, not by when the reading thread
// got to them; a kernel stamp that cannot be trusted is not used.
class TestReceiveTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsAKernelStampIntoMonoClock();
    void refusesStampsThatCannotBeTrue();
    void aLateReadIsTimedByArrival();
};

void TestReceiveTime::turnsAKernelStampIntoMonoClock()
{
    const qint64 realNow = 1'800'000'000'000'000'000LL;
    const qint64 monoNow = 5'000'000'000LL;
    // Arrived 3 ms before the read: 3 ms before now on the monotonic clock too.
    QCOMPARE(ReceiveTime::toMonoNs(realNow - 3'000'000, realNow, monoNow), std::optional<qint64>(monoNow - 3'000'000));
    // A few nanoseconds "in the future" is the clocks read apart: now.
    QCOMPARE(ReceiveTime::toMonoNs(realNow + 500, realNow, monoNow), std::optional<qint64>(monoNow));
}

void TestReceiveTime::refusesStampsThatCannotBeTrue()
{
    const qint64 realNow = 1'800'000'000'000'000'000LL;
    const qint64 monoNow = 5'000'000'000LL;
    QCOMPARE(ReceiveTime::toMonoNs(0, realNow, monoNow), std::nullopt);                     // no stamp
    QCOMPARE(ReceiveTime::toMonoNs(realNow + 2'000'000, realNow, monoNow), std::nullopt);   // clock set back
    QCOMPARE(ReceiveTime::toMonoNs(realNow - ReceiveTime::kMaxAgeNs - 1, realNow, monoNow), // clock set on
             std::nullopt);
}

void TestReceiveTime::aLateReadIsTimedByArrival()
{
    if (!KernelStamps::waitUntilOn())
        QSKIP("this kernel does not stamp loopback segments: reads are timed by the reading thread");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<SocketEvent> events;
    std::unique_ptr<SocketInbox> inbox;
    inbox = std::make_unique<SocketInbox>([&] {
        QMetaObject::invokeMethod(
            this, [&] { events += inbox->takeAll(); }, Qt::QueuedConnection);
    });
    PlainSockets sockets(inbox.get());
    QVERIFY(sockets.isValid());
    sockets.open(1, SocketTarget{QStringLiteral("127.0.0.1"), server.serverPort(), false, {}},
                 std::make_shared<std::atomic<qint64>>(0));
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);

    // The bytes arrive now; this thread, the reading thread here, looks 300 ms later.
    const qint64 writtenNs = MonoClock::nowNs();
    QCOMPARE(::write(int(peer->socketDescriptor()), "data: x\n\n", 9), ssize_t(9));
    QThread::msleep(300);
    const qint64 lookedNs = MonoClock::nowNs();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                         [](const SocketEvent &e) { return e.kind == SocketEvent::Kind::Data; }),
                             5000);
    const auto data = std::find_if(events.cbegin(), events.cend(),
                                   [](const SocketEvent &e) { return e.kind == SocketEvent::Kind::Data; });
    QCOMPARE(data->bytes, QByteArray("data: x\n\n"));
    const double afterWriteMs = double(data->atNs - writtenNs) / 1e6;
    qInfo("timed %.3f ms after the write; read %.1f ms after it", afterWriteMs, double(lookedNs - writtenNs) / 1e6);
    // Never before the write (the clocks are converted, not guessed), and well
    // before the read: a reading-thread stamp would say 300 ms or more.
    QVERIFY2(afterWriteMs >= -0.2, qPrintable(QString::number(afterWriteMs)));
    QVERIFY2(afterWriteMs < 150, qPrintable(QString::number(afterWriteMs)));
}

QTEST_GUILESS_MAIN(TestReceiveTime)
#include "tst_receivetime.moc"
