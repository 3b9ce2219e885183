// Comparing runs: a real shift is called beyond noise with an interval around
// it; two samples of the same thing are not; too few requests never are.
#include "catalog/catalog.h"
#include "core/format.h"
#include "plans.h"
#include "report/comparison.h"
#include "report/leaderboard.h"
#include "run/runresult.h"

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

// One lane (Qwen3-8B from US East), ten requests whose TTFT in the run's
// time is about `ttftMs`, measured at `scale`.
RunResult runOf(double ttftMs, double scale, const QString &baseUrl = QStringLiteral("http://127.0.0.1:1/v1"))
{
    RunResult r;
    r.simulated = true;
    r.plan.simulated = true;
    r.plan.timeScale = scale;
    r.plan.models = {QStringLiteral("qwen3-8b")};
    r.plan.regions = {TestPlans::region(QStringLiteral("us-east"), QStringLiteral("US East (Ohio)"), QUrl(baseUrl))};
    Endpoint e;
    e.id = e.name = QStringLiteral("lab");
    e.baseUrl = baseUrl;
    r.plan.endpoints = {e};
    for (int i = 0; i < 10; ++i) {
        RequestRecord rec;
        rec.model = r.plan.models.constFirst();
        rec.region = r.plan.regions.constFirst().id;
        rec.iteration = i;
        RequestTimeline &t = rec.timeline;
        t.status = RequestStatus::Ok;
        t.firstAnyUs = t.firstContentUs = qint32((ttftMs + i) * 1000 / scale);
        t.tokenEventsUs = {t.firstAnyUs, t.firstAnyUs + 1000};
        t.endUs = t.firstAnyUs + 2000;
        r.records.append(rec);
    }
    return r;
}

} // namespace

class TestComparison final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void deterministicForASeed();
    void likeForLikeRunsUseDisplayNames();
    void differentTimeScalesAreNeverPlainlyBeyondNoise();
    void differentEndpointsAreNamed();
    void differentWorkloadsAreNamed();
    void numbersNeverReadMinusZero();
    void differentOutputLengthsAreNamed_data();
    void differentOutputLengthsAreNamed();
    void textSpeedIsCompared();
    void lanesOfDifferentLengthsAreFlagged();
};

namespace {

// Every request of `run` answered `tokens` tokens of `chars` characters of answer text
// in events 1 ms apart after the first.
void answered(RunResult *run, qint64 tokens, qint64 chars, const QString &model = {})
{
    for (RequestRecord &r : run->records) {
        if (!model.isEmpty() && r.model != model)
            continue;
        RequestTimeline &t = r.timeline;
        t.usageCompletionTokens = tokens;
        t.firstKind = TokenKind::Answer;
        t.answer = TextFlow{chars, 4, t.firstContentUs, t.firstContentUs + 1000};
    }
}

} // namespace

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

void TestComparison::likeForLikeRunsUseDisplayNames()
{
    const Catalog catalog = Catalog::builtIn();
    const RunComparison c = Comparison::compareRuns(runOf(150, 1), runOf(200, 1), &catalog);
    QVERIFY2(c.likeForLike(), qPrintable(c.caveats.join(u'\n')));
    QCOMPARE(c.lanes.size(), 1);
    QCOMPARE(c.lanes.constFirst().modelName, QStringLiteral("Qwen3-8B"));
    QCOMPARE(c.lanes.constFirst().regionName, QStringLiteral("US East (Ohio)"));
    QVERIFY(c.lanes.constFirst().ttftP50.beyondNoise);
    QCOMPARE(Comparison::verdict(c.lanes.constFirst().ttftP50, c.likeForLike()), QStringLiteral("yes"));
}

void TestComparison::differentTimeScalesAreNeverPlainlyBeyondNoise()
{
    const Catalog catalog = Catalog::builtIn();
    const RunComparison c = Comparison::compareRuns(runOf(150, 1), runOf(200, 10), &catalog);
    QVERIFY(!c.likeForLike());
    QVERIFY2(c.caveats.join(u' ').contains(QStringLiteral("at 1x speed-up, B at 10x")),
             qPrintable(c.caveats.join(u'\n')));
    const FigureChange &p50 = c.lanes.constFirst().ttftP50;
    QVERIFY(p50.beyondNoise);
    QVERIFY(qAbs(*p50.delta() - 50) < 1); // figures in the run's time: the scale is undone
    QCOMPARE(Comparison::verdict(p50, c.likeForLike()), QStringLiteral("yes, but read the caution above"));
}

void TestComparison::differentEndpointsAreNamed()
{
    RunResult a = runOf(150, 1), b = runOf(150, 1, QStringLiteral("http://127.0.0.2:1/v1"));
    a.simulated = b.simulated = a.plan.simulated = b.plan.simulated = false;
    QVERIFY(Comparison::caveats(a, a).isEmpty());
    const QStringList caveats = Comparison::caveats(a, b);
    QCOMPARE(caveats.size(), 1);
    QVERIFY2(caveats.constFirst().contains(QStringLiteral("the endpoints differ")), qPrintable(caveats.constFirst()));
    b.simulated = true;
    QVERIFY(Comparison::caveats(a, b).constFirst().contains(QStringLiteral("simulated")));
}

// A RAG run against a long-context one, or a warm cache against a cold one,
// measure different work, whatever their prompts say.
void TestComparison::differentWorkloadsAreNamed()
{
    RunResult a = runOf(150, 1), b = runOf(150, 1);
    QVERIFY(Comparison::caveats(a, b).isEmpty());
    a.plan.workload.inputTokens = 2000;
    b.plan.workload.inputTokens = 16000;
    QStringList caveats = Comparison::caveats(a, b);
    QCOMPARE(caveats.size(), 1);
    QVERIFY2(caveats.constFirst().contains(QStringLiteral("different workloads")), qPrintable(caveats.constFirst()));
    b.plan.workload.inputTokens = 2000;
    b.plan.workload.cache = Workload::Cache::Warm;
    QCOMPARE(Comparison::caveats(a, b).size(), 1);
}

void TestComparison::numbersNeverReadMinusZero()
{
    QCOMPARE(Format::signedMs(-0.3), QStringLiteral("0"));
    QCOMPARE(Format::signedMs(0.6), QStringLiteral("+1"));
    QCOMPARE(Format::ms(-0.4), QStringLiteral("0"));
    QCOMPARE(Format::percent(-0.04, true), QStringLiteral("0.0%"));
    QCOMPARE(Format::percent(12.34, true), QStringLiteral("+12.3%"));
    // A fraction of a cent keeps two significant digits.
    QCOMPARE(Format::usd(0.000032), QStringLiteral("$0.000032"));
    QCOMPARE(Format::usd(0.0123), QStringLiteral("$0.0123"));
    QCOMPARE(Format::usd(2.5), QStringLiteral("$2.50"));
    QCOMPARE(Format::usd(0), QStringLiteral("$0.00"));
}

void TestComparison::differentOutputLengthsAreNamed_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<bool>("named");
    QTest::newRow("same length") << qint64(150) << qint64(150) << false;
    QTest::newRow("within 20%") << qint64(150) << qint64(170) << false;
    QTest::newRow("A 80, B 150") << qint64(80) << qint64(150) << true;
    QTest::newRow("A 150, B 100") << qint64(150) << qint64(100) << true;
}

void TestComparison::differentOutputLengthsAreNamed()
{
    QFETCH(qint64, before);
    QFETCH(qint64, after);
    QFETCH(bool, named);
    RunResult a = runOf(300, 1), b = runOf(300, 1);
    answered(&a, before, 500);
    answered(&b, after, 500);
    const Catalog catalog = Catalog::builtIn();
    const RunComparison c = Comparison::compareRuns(a, b, &catalog);
    QCOMPARE(c.lanes.size(), 1);
    QCOMPARE(c.lanes.constFirst().outputTokensP50.before, std::optional<double>(double(before)));
    QCOMPARE(c.lanes.constFirst().outputTokensP50.after, std::optional<double>(double(after)));
    const QString caveats = c.caveats.join(u'\n');
    QCOMPARE(caveats.contains(QStringLiteral("Output lengths")), named);
    if (named) {
        QVERIFY2(caveats.contains(QStringLiteral("Qwen3-8B US East (Ohio) (A %1, B %2 tokens)").arg(before).arg(after)),
                 qPrintable(caveats));
        QVERIFY(!c.likeForLike());
    }
}

void TestComparison::textSpeedIsCompared()
{
    RunResult a = runOf(300, 1), b = runOf(300, 1);
    answered(&a, 150, 404); // 400 characters after the first event's 4, in 1 ms: 400,000/s
    answered(&b, 150, 204);
    const RunComparison c = Comparison::compareRuns(a, b, nullptr);
    QCOMPARE(c.lanes.size(), 1);
    const FigureChange &chars = c.lanes.constFirst().charsPerSP50;
    QVERIFY(chars.before && chars.after);
    QCOMPARE(qRound(*chars.before), 400000);
    QCOMPARE(qRound(*chars.after), 200000);
    QVERIFY2(chars.beyondNoise, "every request halved its text speed");
    QVERIFY(c.likeForLike()); // same lengths, same work
}

void TestComparison::lanesOfDifferentLengthsAreFlagged()
{
    RunResult run = runOf(300, 1);
    RunResult other = runOf(300, 1);
    for (RequestRecord &r : other.records)
        r.model = QStringLiteral("glm-5");
    run.plan.models.append(QStringLiteral("glm-5"));
    run.records.append(other.records);
    answered(&run, 80, 300, QStringLiteral("qwen3-8b"));
    answered(&run, 150, 600, QStringLiteral("glm-5"));
    const Catalog catalog = Catalog::builtIn();
    const QString notes = Leaderboard(run, catalog, Leaderboard::RankBy::Ttft).notes().join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("Output lengths differ by more than 20% between lanes (p50 80 tokens for "
                                           "qwen3-8b us-east, 150 for glm-5 us-east)")),
             qPrintable(notes));
    answered(&run, 140, 600, QStringLiteral("qwen3-8b"));
    const QString close = Leaderboard(run, catalog, Leaderboard::RankBy::Ttft).notes().join(u'\n');
    QVERIFY2(!close.contains(QStringLiteral("Output lengths")), qPrintable(close));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
