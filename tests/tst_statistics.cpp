#include "run/lanesummary.h"
#include "run/requestmetrics.h"
#include "run/requestrecord.h"
#include "run/statistics.h"

#include <QTest>

class TestStatistics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distribution_data();
    void distribution();
    void metricsWithUsage();
    void metricsWithoutUsageAreEstimated();
    void metricsOfAStreamThatNeverStarted();
    void reasoningCountsForAnyNotForAnswer();
    void timeScaleConvertsToSimulatedTime();
    void laneSummaryExcludesWarmupsAndErrors();
    void costFromUsageAndPrices();
};

void TestStatistics::distribution_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("stddev");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p90");
    QTest::addColumn<double>("p99");
    // Expected figures are numpy.percentile (linear) and numpy.std(ddof=1).
    QTest::addRow("one") << QList<double>{42} << 42.0 << 0.0 << 42.0 << 42.0 << 42.0;
    QTest::addRow("two") << QList<double>{10, 20} << 15.0 << 7.0710678 << 15.0 << 19.0 << 19.9;
    QTest::addRow("unsorted five") << QList<double>{5, 1, 4, 2, 3} << 3.0 << 1.5811388 << 3.0 << 4.6 << 4.96;
    QTest::addRow("ten") << QList<double>{120, 130, 125, 400, 118, 122, 127, 119, 121, 900} << 228.2 << 251.64163
                         << 123.5 << 450.0 << 855.0;
}

void TestStatistics::distribution()
{
    QFETCH(QList<double>, values);
    QFETCH(double, mean);
    QFETCH(double, stddev);
    QFETCH(double, p50);
    QFETCH(double, p90);
    QFETCH(double, p99);
    const Distribution d = Distribution::of(values);
    QCOMPARE(d.n, int(values.size()));
    QVERIFY(qAbs(d.mean - mean) < 1e-6);
    QVERIFY2(qAbs(d.stddev - stddev) < 1e-4, qPrintable(QString::number(d.stddev)));
    QVERIFY2(qAbs(d.p50 - p50) < 1e-9, qPrintable(QString::number(d.p50)));
    QVERIFY2(qAbs(d.p90 - p90) < 1e-9, qPrintable(QString::number(d.p90)));
    QVERIFY2(qAbs(d.p99 - p99) < 1e-9, qPrintable(QString::number(d.p99)));
    QCOMPARE(d.min, *std::min_element(values.cbegin(), values.cend()));
    QCOMPARE(d.max, *std::max_element(values.cbegin(), values.cend()));
    QVERIFY(Distribution::of({}).isEmpty());
}

static RequestTimeline timeline(QList<qint32> tokenEventsUs, std::optional<qint64> usage)
{
    RequestTimeline t;
    t.status = RequestStatus::Ok;
    t.headersUs = 50'000;
    t.tokenEventsUs = tokenEventsUs;
    t.firstAnyUs = tokenEventsUs.value(0, -1);
    t.firstContentUs = t.firstAnyUs;
    t.endUs = tokenEventsUs.isEmpty() ? 60'000 : tokenEventsUs.constLast() + 1'000;
    t.usageCompletionTokens = usage;
    return t;
}

void TestStatistics::metricsWithUsage()
{
    // 11 tokens in 3 events (several tokens per event): speed counts tokens, not events.
    const RequestMetrics m = RequestMetrics::from(timeline({200'000, 700'000, 1'200'000}, 11));
    QCOMPARE(*m.ttftMs, 200.0);
    QCOMPARE(*m.outputTokens, 11);
    QCOMPARE(m.tokenSource, TokenSource::Usage);
    QCOMPARE(*m.tokensPerS, 10.0); // (11 - 1) / 1.0 s
    QCOMPARE(m.itl->meanMs, 500.0);
    QCOMPARE(m.itl->maxMs, 500.0);
    QCOMPARE(*m.e2eMs, 1201.0);
    QCOMPARE(*m.headersMs, 50.0);
}

void TestStatistics::metricsWithoutUsageAreEstimated()
{
    const RequestMetrics m = RequestMetrics::from(timeline({100'000, 150'000, 200'000, 400'000}, std::nullopt));
    QCOMPARE(*m.outputTokens, 4);
    QCOMPARE(m.tokenSource, TokenSource::Events);
    QCOMPARE(tokenSourceId(m.tokenSource), QStringLiteral("events"));
    QCOMPARE(*m.tokensPerS, 10.0); // 3 tokens over 0.3 s
    QCOMPARE(m.itl->maxMs, 200.0); // the longest stall
}

void TestStatistics::metricsOfAStreamThatNeverStarted()
{
    RequestTimeline t;
    t.status = RequestStatus::HttpError;
    t.headersUs = 30'000;
    t.endUs = 31'000;
    const RequestMetrics m = RequestMetrics::from(t);
    QVERIFY(!m.ttftMs);
    QVERIFY(!m.ttftAnyMs);
    QVERIFY(!m.outputTokens); // unknown, not 0
    QCOMPARE(m.tokenSource, TokenSource::None);
    QVERIFY(!m.tokensPerS);
    QVERIFY(!m.itl);
    // One token: no speed can be measured.
    QVERIFY(!RequestMetrics::from(timeline({100'000}, 1)).tokensPerS);
}

void TestStatistics::reasoningCountsForAnyNotForAnswer()
{
    RequestTimeline t = timeline({300'000, 400'000, 900'000, 1'000'000}, 4);
    t.firstContentUs = 900'000;
    const RequestMetrics m = RequestMetrics::from(t);
    QCOMPARE(*m.ttftAnyMs, 300.0);
    QCOMPARE(*m.ttftMs, 900.0);
    QCOMPARE(*m.tokensPerS, 3 / 0.7); // speed from the first token of any kind
}

void TestStatistics::timeScaleConvertsToSimulatedTime()
{
    const RequestMetrics m = RequestMetrics::from(timeline({20'000, 120'000}, 2), 10.0);
    QCOMPARE(*m.ttftMs, 200.0);
    QCOMPARE(*m.tokensPerS, 1.0); // 1 token over 1 simulated second
    QCOMPARE(m.itl->meanMs, 1000.0);
}

static RequestRecord record(const QString &model, bool warmup, RequestTimeline t)
{
    RequestRecord r;
    r.model = model;
    r.region = QStringLiteral("us-east");
    r.warmup = warmup;
    r.timeline = std::move(t);
    return r;
}

void TestStatistics::laneSummaryExcludesWarmupsAndErrors()
{
    RequestTimeline failed;
    failed.status = RequestStatus::HttpError;
    RequestTimeline cancelled;
    cancelled.status = RequestStatus::Cancelled;
    const QList<RequestRecord> records{
        record(QStringLiteral("m"), true, timeline({5'000'000, 6'000'000}, 2)), // a slow warm-up
        record(QStringLiteral("m"), false, timeline({100'000, 200'000}, 2)),
        record(QStringLiteral("m"), false, timeline({300'000, 400'000}, 2)),
        record(QStringLiteral("m"), false, failed),
        record(QStringLiteral("m"), false, cancelled),
        record(QStringLiteral("other"), false, timeline({50'000, 60'000}, 2)),
    };
    const auto lanes = LaneSummary::summarize(records, [](const QString &) { return ModelPrice{}; });
    QCOMPARE(lanes.size(), 2);
    const LaneSummary &m = lanes.at(0);
    QCOMPARE(m.model, QStringLiteral("m"));
    QCOMPARE(m.n, 2);
    QCOMPARE(m.errors, 1); // a cancelled request is not the provider's error
    QCOMPARE(m.warmups, 1);
    QCOMPARE(m.ttftMs.n, 2);
    QCOMPARE(m.ttftMs.max, 300.0); // the 5 s warm-up is not in it
    QCOMPARE(m.ttftMs.p50, 200.0);
    QCOMPARE(m.itlMs.n, 2);
    QVERIFY(!m.costUsd); // no price: no cost, not $0
}

void TestStatistics::costFromUsageAndPrices()
{
    RequestTimeline t = timeline({100'000, 200'000}, 1'000'000);
    t.usagePromptTokens = 2'000'000;
    const QList<RequestRecord> records{record(QStringLiteral("m"), true, t), record(QStringLiteral("m"), false, t)};
    auto lanes = LaneSummary::summarize(records, [](const QString &) { return ModelPrice{std::nullopt, 1.92}; });
    QCOMPARE(*lanes.at(0).costUsd, 2 * 1.92); // warm-ups were paid for too
    QVERIFY(!lanes.at(0).costCoversInput);
    lanes = LaneSummary::summarize(records, [](const QString &) { return ModelPrice{0.5, 1.92}; });
    QCOMPARE(*lanes.at(0).costUsd, 2 * 1.92 + 2 * 2 * 0.5);
    QVERIFY(lanes.at(0).costCoversInput);
    QCOMPARE(lanes.at(0).outputTokens, 2'000'000);
    QVERIFY(!lanes.at(0).tokensEstimated);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
