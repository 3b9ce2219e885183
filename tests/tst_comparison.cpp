// Comparing runs: a real shift is called beyond noise with an interval around
// it; two samples of the same thing are not; too few requests never are.
#include "report/comparison.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QList<double> sample(int n, double centre, double spread, quint64 seed)
{
    QRandomGenerator rng(seed);
    QList<double> v;
    for (int i = 0; i < n; ++i)
        v.append(centre + (rng.generateDouble() - 0.5) * 2 * spread);
    return v;
}

} // namespace

class TestComparison final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void deterministicForASeed();
};

void TestComparison::verdicts_data()
{
    QTest::addColumn<QList<double>>("before");
    QTest::addColumn<QList<double>>("after");
    QTest::addColumn<bool>("beyondNoise");
    QTest::addColumn<double>("trueShift");
    QTest::newRow("same distribution") << sample(20, 300, 30, 1) << sample(20, 300, 30, 2) << false << 0.0;
    QTest::newRow("100 ms slower") << sample(20, 300, 30, 3) << sample(20, 400, 30, 4) << true << 100.0;
    QTest::newRow("20 ms faster, tight") << sample(30, 200, 5, 5) << sample(30, 180, 5, 6) << true << -20.0;
    QTest::newRow("shift hidden in noise") << sample(10, 300, 150, 7) << sample(10, 320, 150, 8) << false << 20.0;
    QTest::newRow("too few requests") << QList<double>{300, 301} << QList<double>{900, 901} << false << 600.0;
}

void TestComparison::verdicts()
{
    QFETCH(QList<double>, before);
    QFETCH(QList<double>, after);
    QFETCH(bool, beyondNoise);
    QFETCH(double, trueShift);
    const FigureChange c = Comparison::change(before, after, 50, 42, 2000);
    QCOMPARE(c.beyondNoise, beyondNoise);
    QVERIFY(c.delta().has_value());
    if (before.size() < Comparison::kMinSamples) {
        QVERIFY(!c.ciLow && !c.ciHigh);
        return;
    }
    QVERIFY(c.ciLow && c.ciHigh && *c.ciLow <= *c.ciHigh);
    // The interval covers the true shift (with the margin of a sampled median).
    QVERIFY2(*c.ciLow - 15 <= trueShift && trueShift <= *c.ciHigh + 15,
             qPrintable(QStringLiteral("%1 .. %2 vs %3").arg(*c.ciLow).arg(*c.ciHigh).arg(trueShift)));
}

void TestComparison::deterministicForASeed()
{
    const QList<double> a = sample(15, 300, 40, 9), b = sample(15, 330, 40, 10);
    const FigureChange x = Comparison::change(a, b, 90, 7, 1000);
    const FigureChange y = Comparison::change(a, b, 90, 7, 1000);
    QCOMPARE(*x.ciLow, *y.ciLow);
    QCOMPARE(*x.ciHigh, *y.ciHigh);
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
