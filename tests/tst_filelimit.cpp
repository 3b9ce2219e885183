// A run of many streams within the open-file limit: raised where the system
// allows it, refused with a clear message where it does not, never a crash.
#include "core/filelimit.h"
#include "plans.h"

#include <QTest>

#include <sys/resource.h>

class TestFileLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void raisesTheSoftLimitToTheHardOne();
    void refusesMoreStreamsThanTheLimitAllows();

private:
    rlimit m_saved{};
};

void TestFileLimit::init()
{
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &m_saved), 0);
}

void TestFileLimit::cleanup()
{
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &m_saved), 0);
}

void TestFileLimit::raisesTheSoftLimitToTheHardOne()
{
    if (m_saved.rlim_max != RLIM_INFINITY && m_saved.rlim_max <= 512)
        QSKIP("the hard limit leaves nothing to raise");
    rlimit low = m_saved;
    low.rlim_cur = 256;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
    QCOMPARE(FileLimit::current(), 256);
    const long long raised = FileLimit::raise();
    QVERIFY2(raised > 256, qPrintable(QString::number(raised)));
    QCOMPARE(FileLimit::current(), raised);
}

void TestFileLimit::refusesMoreStreamsThanTheLimitAllows()
{
    rlimit low = m_saved;
    low.rlim_cur = 512;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
    RunPlan plan = TestPlans::direct(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), {QStringLiteral("m")});
    plan.iterations = 1024;
    plan.concurrency = 1024;
    // (512 - 128) descriptors, 7 for every 6 streams.
    QCOMPARE(FileLimit::maxStreams(false), 329);
    const QString problem = plan.validate();
    QVERIFY2(problem.contains(QLatin1String("1024 streams at once")) && problem.contains(QLatin1String("at most 329")),
             qPrintable(problem));
    plan.concurrency = 300;
    QCOMPARE(plan.validate(), QString());
    // Only what a lane can have in flight counts: 2 requests, whatever the concurrency.
    plan.iterations = 1;
    plan.warmup = 1;
    plan.concurrency = 1024;
    QCOMPARE(plan.validate(), QString());
    // The simulated provider's sockets are this process's too.
    plan.simulated = true;
    QCOMPARE(FileLimit::maxStreams(true), 177);
}

QTEST_GUILESS_MAIN(TestFileLimit)
#include "tst_filelimit.moc"
