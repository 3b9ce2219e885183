// The reproduction: all 15 models of the study from both regions, measured
// through the whole engine against the simulated provider, give back the
// study's published TTFT and tokens/s. A wall-clock test (ctest label
// "fidelity") whose bounds allow for a sanitized build.
#include "catalog/catalog.h"
#include "fidelity.h"
#include "plans.h"
#include "run/lanesummary.h"
#include "run/runcontroller.h"
#include "sim/simhost.h"

#include <QSignalSpy>
#include <QTest>

class TestReproduction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reproducesThePublishedFigures();
};

void TestReproduction::reproducesThePublishedFigures()
{
    const Catalog catalog = Catalog::builtIn();
    const double scale = Fidelity::kTimeScale;
    SimHost sim;
    QString error;
    QVERIFY2(sim.start(catalog, QHostAddress::LocalHost, 0, scale, 1, {}, &error), qPrintable(error));
    QStringList models;
    for (const ModelInfo &m : catalog.models())
        models.append(m.id);
    const RunPlan plan = TestPlans::simulated(sim, models, {QStringLiteral("us-east"), QStringLiteral("asia")}, scale);
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY2(controller.start(plan, &error), qPrintable(error));
    QVERIFY2(finished.wait(120'000), "the run did not finish within 120 s");
    const RunResult result = finished.constFirst().constFirst().value<RunResult>();
    QCOMPARE(result.records.size(), 15 * 2 * 3);
    const auto lanes = LaneSummary::summarize(
        result.records, [](const QString &) { return ModelPrice{}; }, scale);
    QCOMPARE(lanes.size(), 15 * 2);
    for (const LaneSummary &lane : lanes) {
        const ModelInfo *m = catalog.model(lane.model);
        const double ttft = lane.ttftAnyMs.p50;
        const double published = *m->referenceTtftMs(lane.region);
        QVERIFY2(qAbs(ttft / published - 1) < Fidelity::kTolerance,
                 qPrintable(
                     QStringLiteral("%1 %2: TTFT %3 vs %4").arg(lane.model, lane.region).arg(ttft).arg(published)));
        const double tps = lane.tokensPerS.p50;
        QVERIFY2(qAbs(tps / *m->publishedTokensPerS - 1) < Fidelity::kTolerance,
                 qPrintable(
                     QStringLiteral("%1: %2 tokens/s vs %3").arg(lane.model).arg(tps).arg(*m->publishedTokensPerS)));
    }
}

QTEST_GUILESS_MAIN(TestReproduction)
#include "tst_reproduction.moc"
