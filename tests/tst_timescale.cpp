// The honest speed-up: the speed-up this machine measures as honest gives
// the same TTFT p50s as real time, within MeasurementLag's limit (plus the
// wander of measuring at real time). A wall-clock test (ctest label
// "fidelity"); a sanitized or loaded machine lags more, so its calibration
// picks a lower speed-up (1x at worst) and the check holds.
#include "catalog/catalog.h"
#include "plan/planner.h"
#include "run/lanesummary.h"
#include "run/measurementlag.h"
#include "run/runcontroller.h"
#include "run/speedupcalibrator.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// The largest lag of a run's measured requests, in real milliseconds.
double largestLagMs(const QList<RequestRecord> &records)
{
    qint32 largest = 0;
    for (const RequestRecord &r : records) {
        if (!r.warmup && r.ok() && r.timeline.lagUs)
            largest = qMax(largest, *r.timeline.lagUs);
    }
    return largest / 1000.0;
}

} // namespace

class TestTimeScale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void honestSpeedupKeepsTheFigures();

private:
    RunResult run(double scale);

    const Catalog m_catalog = Catalog::builtIn();
    Planner m_planner{&m_catalog};
};

RunResult TestTimeScale::run(double scale)
{
    RunSettings s;
    s.simulated = true;
    s.timeScale = scale;
    s.iterations = 9;
    s.warmup = 1;
    s.maxTokens = 30;
    s.simSeed = 7;
    const QStringList models{QStringLiteral("step-3.5-flash"), QStringLiteral("glm-4-32b"), QStringLiteral("qwen3-8b"),
                             QStringLiteral("deepseek-r1")};
    QString error;
    const std::optional<RunPlan> plan = m_planner.plan(s, models, {}, &error);
    if (!plan) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    if (!controller.start(*plan, &error) || !finished.wait(120'000)) {
        qWarning("the run at %gx did not finish: %s", scale, qPrintable(error));
        return {};
    }
    return finished.constFirst().constFirst().value<RunResult>();
}

void TestTimeScale::honestSpeedupKeepsTheFigures()
{
    SpeedupCalibrator calibrator(&m_catalog);
    QSignalSpy done(&calibrator, &SpeedupCalibrator::finished);
    QSignalSpy failed(&calibrator, &SpeedupCalibrator::failed);
    calibrator.start();
    QVERIFY2(done.wait(240'000),
             failed.isEmpty() ? "calibration took over 240 s"
                              : qPrintable(failed.constFirst().constFirst().toString()));
    const double honest = done.constFirst().at(0).toDouble();
    qInfo("honest speed-up on this machine: %gx (%s)", honest,
          qPrintable(done.constFirst().at(1).toStringList().join(QStringLiteral("; "))));
    QVERIFY(honest >= 1);

    const RunResult real = run(1);
    const RunResult fast = run(honest);
    QCOMPARE(real.records.size(), 4 * 2 * 10);
    QCOMPARE(fast.records.size(), real.records.size());
    const std::optional<MeasurementLag> lag = MeasurementLag::of(fast.records, honest);
    QVERIFY(lag);
    qInfo("%s", qPrintable(lag->text()));

    const auto free = [](const QString &) { return ModelPrice{}; };
    const QList<LaneSummary> a = LaneSummary::summarize(real.records, free, 1);
    const QList<LaneSummary> b = LaneSummary::summarize(fast.records, free, honest);
    QCOMPARE(a.size(), 8);
    QCOMPARE(b.size(), a.size());
    // The same seed plans the same first-token times, so any difference is lag:
    // a lane's p50 at Nx minus its p50 at 1x is the sped-up run's real-time lag
    // times (N - 1), which the limit bounds, plus the difference of two
    // real-time lags. Lag is never negative, so that difference is at most the
    // larger of the two runs' largest lags: two runs at 1x on a loaded,
    // sanitized machine differ by that much with no speed-up at all.
    const double wanderMs = qMax(largestLagMs(real.records), largestLagMs(fast.records));
    qInfo("largest real-time lag of the two runs: %.1f ms", wanderMs);
    const double limit = lag->limitP50Ms() + wanderMs;
    QHash<QString, const LaneSummary *> fastLanes;
    for (const LaneSummary &lane : b)
        fastLanes.insert(laneKey(lane.model, lane.region), &lane);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const LaneSummary *same = fastLanes.value(laneKey(a[i].model, a[i].region));
        QVERIFY(same);
        const double at1 = a[i].ttft(TtftKind::FirstToken).p50;
        const double atN = same->ttft(TtftKind::FirstToken).p50;
        qInfo("%s %s: TTFT p50 %.1f ms at 1x, %.1f ms at %gx", qPrintable(a[i].model), qPrintable(a[i].region), at1,
              atN, honest);
        QVERIFY2(qAbs(atN - at1) <= limit,
                 qPrintable(QStringLiteral("%1 %2: %3 ms at 1x, %4 ms at %5x (limit %6 ms)")
                                .arg(a[i].model, a[i].region)
                                .arg(at1)
                                .arg(atN)
                                .arg(honest)
                                .arg(limit)));
    }
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
