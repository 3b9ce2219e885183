// The run's item models and proxies (leaderboard, tiers, recommendations,
// regions, requests), each under QAbstractItemModelTester while the test
// drives it the way a run does: records in, rows out.
#include "catalog/catalog.h"
#include "models/leaderboardmodel.h"
#include "models/recommendationmodel.h"
#include "models/regionmodel.h"
#include "models/requestmodel.h"
#include "models/tierproxymodel.h"
#include "modeltesting.h"
#include "plan/runplan.h"
#include "plans.h"
#include "report/leaderboard.h"
#include "report/recommendation.h"
#include "run/requestrecord.h"
#include "widgets/requestdetaildialog.h"

#include <QColor>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

using namespace ModelTesting;

namespace {

// One measured request: answer text after `ttftMs`, then 10 tokens 20 ms apart (50 tokens/s).
RequestRecord okRecord(const QString &model, const QString &region, int iteration, double ttftMs, bool warmup = false)
{
    RequestRecord r{model, region, 0, iteration, warmup, 0, 0, false, 0, {}};
    RequestTimeline &t = r.timeline;
    t.status = RequestStatus::Ok;
    t.headersUs = qint32(ttftMs * 500);
    t.firstAnyUs = t.firstContentUs = qint32(ttftMs * 1000);
    for (int i = 0; i < 10; ++i)
        t.tokenEventsUs.append(t.firstContentUs + i * 20000);
    t.endUs = t.lastTokenUs() + 5000;
    t.usageCompletionTokens = 10;
    return r;
}

RequestRecord failedRecord(const QString &model, const QString &region, int iteration)
{
    RequestRecord r{model, region, 0, iteration, false, 0, 0, false, 0, {}};
    r.timeline.status = RequestStatus::HttpError;
    r.timeline.httpStatus = 429;
    r.timeline.error = QStringLiteral("HTTP 429 from sim: rate limited");
    return r;
}

// Lanes written as "model region ttft ttft ...; model region ..." ("x": a failed request).
QList<RequestRecord> records(const QString &lanes)
{
    QList<RequestRecord> out;
    for (const QString &lane : lanes.split(u';')) {
        const QStringList f = lane.split(u' ', Qt::SkipEmptyParts);
        for (int i = 2; i < f.size(); ++i)
            out.append(f.at(i) == u"x" ? failedRecord(f.at(0), f.at(1), i - 2)
                                       : okRecord(f.at(0), f.at(1), i - 2, f.at(i).toDouble()));
    }
    return out;
}

QList<LeaderboardRow> rows(const Catalog &catalog, const QString &lanes)
{
    return Leaderboard::rowsOf(records(lanes), catalog, 1.0);
}

int columnOf(const QAbstractItemModel &m, const QString &header)
{
    for (int c = 0; c < m.columnCount(); ++c) {
        if (m.headerData(c, Qt::Horizontal).toString() == header)
            return c;
    }
    return -1;
}

QList<Region> twoRegions()
{
    return {TestPlans::savedRegion(QStringLiteral("us-east"), QStringLiteral("US East (Ohio)")),
            TestPlans::savedRegion(QStringLiteral("asia"), QStringLiteral("Asia (Singapore)"))};
}

// Three models from two regions, the most expensive first in lane order.
const QString kRun = QStringLiteral("deepseek-v4-flash us-east 1200 1200; deepseek-v4-flash asia 1100 1100; "
                                    "step-3.5-flash us-east 95 95; step-3.5-flash asia 100 100; "
                                    "qwen3-8b us-east 150 150; qwen3-8b asia 120 120");

} // namespace

class TestUiModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void leaderboardUpdatesInPlace();
    void leaderboardFigures_data();
    void leaderboardFigures();
    void tierProxyOrdersByTierThenPrice();
    void recommendationPerBand();
    void cheapestPerBand_data();
    void cheapestPerBand();
    void regionDiffs_data();
    void regionDiffs();
    void requestsAppendInBatches();
    void requestRows();
    void requestDetailSaysWhoTimedTheReads();
};

void TestUiModels::leaderboardUpdatesInPlace()
{
    const Catalog catalog = Catalog::builtIn();
    LeaderboardModel model(&catalog);
    QSortFilterProxyModel sorted;
    sorted.setSortRole(LeaderboardModel::SortRole);
    sorted.setSourceModel(&model);
    sorted.sort(LeaderboardModel::TtftP50);
    TierProxyModel tiers;
    tiers.setSourceModel(&model);
    Tester tester(&model, kQtTest), sortedTester(&sorted, kQtTest), tiersTester(&tiers, kQtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QString run = kRun;
    model.setRows(rows(catalog, run));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(range(inserted, 0), qMakePair(0, 5));
    const int step = 2; // lanes in the order first seen
    QCOMPARE(model.index(step, LeaderboardModel::TtftP50).data().toString(), QStringLiteral("95"));
    QCOMPARE(model.index(step, LeaderboardModel::N).data().toInt(), 2);
    // Sorted as numbers, not text.
    QCOMPARE(column(sorted, LeaderboardModel::TtftP50), QStringLiteral("95, 100, 120, 150, 1100, 1200"));

    // More requests of the same lanes: updated where they stand.
    run += QStringLiteral("; step-3.5-flash us-east 305 305 305; qwen3-8b asia x");
    changed.clear();
    model.setRows(rows(catalog, run));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(step, LeaderboardModel::Model).data().toString(), QStringLiteral("Step-3.5-Flash"));
    QCOMPARE(model.index(step, LeaderboardModel::TtftP50).data().toString(), QStringLiteral("305"));
    QCOMPARE(model.index(step, LeaderboardModel::N).data().toInt(), 5);
    QCOMPARE(model.index(5, LeaderboardModel::Errors).data().toInt(), 1);
    QCOMPARE(column(sorted, LeaderboardModel::TtftP50), QStringLiteral("100, 120, 150, 305, 1100, 1200"));
    sorted.sort(LeaderboardModel::Price, Qt::DescendingOrder);
    QCOMPARE(column(sorted, LeaderboardModel::Price), QStringLiteral("$0.25, $0.25, $0.15, $0.15, $0.01, $0.01"));

    // A new lane is inserted after the others.
    run += QStringLiteral("; glm-5 us-east 500 500");
    model.setRows(rows(catalog, run));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(range(inserted, 1), qMakePair(6, 6));
    QCOMPARE(model.index(6, LeaderboardModel::Model).data().toString(), QStringLiteral("GLM-5"));
    QCOMPARE(tiers.index(tiers.rowCount() - 1, 0).data().toString(), QStringLiteral("GLM-5"));

    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount() + sorted.rowCount() + tiers.rowCount(), 0);
}

void TestUiModels::leaderboardFigures_data()
{
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QString>("shown"); // TTFT p50, TTFT p90, band, n, errors, tok/s p50
    QTest::addColumn<int>("tint");      // row colour: 1 green, -1 red, 0 none
    QTest::addRow("instant") << QStringLiteral("step-3.5-flash us-east 95")
                             << QStringLiteral("95, 95, Instant, 1, 0, 50.0") << 1;
    QTest::addRow("interpolated") << QStringLiteral("qwen3-8b us-east 100 200 300")
                                  << QStringLiteral("200, 280, Fast, 3, 0, 50.0") << 0 /* blue */;
    QTest::addRow("errors left out") << QStringLiteral("glm-5 asia 1200 x 1250 x")
                                     << QStringLiteral("1225, 1245, Slow, 2, 2, 50.0") << -1;
    QTest::addRow("nothing measured") << QStringLiteral("glm-5 asia x") << QStringLiteral("–, –, , 0, 1, –") << 0;
}

void TestUiModels::leaderboardFigures()
{
    QFETCH(QString, lane);
    QFETCH(QString, shown);
    QFETCH(int, tint);
    const Catalog catalog = Catalog::builtIn();
    LeaderboardModel model(&catalog);
    Tester tester(&model, kQtTest);
    model.setRows(rows(catalog, lane));
    QCOMPARE(model.rowCount(), 1);
    QStringList cells;
    for (int c : {LeaderboardModel::TtftP50, LeaderboardModel::TtftP90, LeaderboardModel::Band, LeaderboardModel::N,
                  LeaderboardModel::Errors, LeaderboardModel::TpsP50})
        cells.append(model.index(0, c).data().toString());
    QCOMPARE(joined(cells), shown);
    // Every cell of the row is tinted with its band's colour (none without a figure).
    const QVariant bg = model.index(0, LeaderboardModel::Model).data(Qt::BackgroundRole);
    QCOMPARE(bg, model.index(0, LeaderboardModel::Cost).data(Qt::BackgroundRole));
    QCOMPARE(bg.isValid(), !shown.startsWith(u'–'));
    if (bg.isValid()) {
        QCOMPARE(bg.typeId(), int(QMetaType::QColor));
        const QColor c = bg.value<QColor>();
        QCOMPARE(c.green() > c.red() && c.green() > c.blue() ? 1 : c.red() > c.green() ? -1 : 0, tint);
    }
}

void TestUiModels::tierProxyOrdersByTierThenPrice()
{
    const Catalog catalog = Catalog::builtIn();
    LeaderboardModel model(&catalog);
    TierProxyModel tiers;
    tiers.setSourceModel(&model); // before any row, as the dashboard does
    Tester tester(&tiers, kQtTest);
    model.setRows(rows(catalog, kRun));

    QCOMPARE(tiers.columnCount(), 8);
    QStringList headers, expected;
    for (int c = 0; c < tiers.columnCount(); ++c)
        headers.append(tiers.headerData(c, Qt::Horizontal).toString());
    for (int c : {LeaderboardModel::Model, LeaderboardModel::Region, LeaderboardModel::Price, LeaderboardModel::TtftP50,
                  LeaderboardModel::TtftP90, LeaderboardModel::TpsP50, LeaderboardModel::Tier, LeaderboardModel::Band})
        expected.append(model.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, expected);

    const QString order = QStringLiteral("Qwen3-8B, Qwen3-8B, Step-3.5-Flash, Step-3.5-Flash, "
                                         "DeepSeek V4 Flash, DeepSeek V4 Flash");
    QCOMPARE(column(tiers, 0), order);
    QCOMPARE(column(tiers, 1), QStringLiteral("asia, us-east, asia, us-east, asia, us-east"));
    QCOMPARE(column(tiers, 2), QStringLiteral("$0.01, $0.01, $0.15, $0.15, $0.25, $0.25"));
    QCOMPARE(tiers.index(0, 6).data().toString(), QStringLiteral("Ultra-budget"));
    QCOMPARE(tiers.index(5, 6).data().toString(), QStringLiteral("Budget"));

    // Lanes arriving mid-run take their place: Qwen3.5-27B ($0.19) before DeepSeek V4 Flash ($0.25),
    // a model with no price last.
    model.setRows(rows(catalog,
                       QStringLiteral("my-llama us-east 90; ") + kRun
                           + QStringLiteral("; hunyuan-turbos asia 200; qwen3.5-27b asia 300")));
    QCOMPARE(column(tiers, 0),
             QStringLiteral("Qwen3-8B, Qwen3-8B, Step-3.5-Flash, Step-3.5-Flash, Qwen3.5-27B, "
                            "DeepSeek V4 Flash, DeepSeek V4 Flash, Hunyuan-TurboS, my-llama"));
}

void TestUiModels::recommendationPerBand()
{
    const Catalog catalog = Catalog::builtIn();
    RecommendationModel model(&catalog);
    Tester tester(&model, kQtTest);
    model.setRegions(twoRegions());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Cheapest from Asia (Singapore)"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Instant (p90 < 200 ms)"));
    // From US East, Qwen3-8B is cheapest but too slow for Instant; nothing is Instant from Asia.
    model.setRows(rows(catalog,
                       QStringLiteral("qwen3-8b us-east 250; step-3.5-flash us-east 120; "
                                      "deepseek-v4-flash us-east 150; qwen3-8b asia 300; "
                                      "step-3.5-flash asia 250; deepseek-v4-flash asia 210")));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Step-3.5-Flash · $0.15/M · p90 120 ms"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("none measured meets it"));
    QStringList picks; // band-major: Instant, Fast, Noticeable, Slow
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int col = 1; col < model.columnCount(); ++col)
            picks.append(model.index(row, col).data(RecommendationModel::ModelIdRole).toString());
    }
    QCOMPARE(joined(picks),
             QStringLiteral("step-3.5-flash, , qwen3-8b, qwen3-8b, qwen3-8b, qwen3-8b, qwen3-8b, qwen3-8b"));

    // A new run with one region starts empty.
    model.setRegions({twoRegions().constFirst()});
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, 1).data().toString(), QString());
}

void TestUiModels::cheapestPerBand_data()
{
    QTest::addColumn<QString>("lanes");
    QTest::addColumn<QString>("band");
    QTest::addColumn<QString>("expected"); // model id, empty for none
    const QString instant = QStringLiteral("instant");
    QTest::addRow("cheapest inside the band")
        << QStringLiteral("deepseek-v4-flash us-east 150; step-3.5-flash us-east 190") << instant
        << QStringLiteral("step-3.5-flash");
    QTest::addRow("cheaper but over the band") << QStringLiteral("qwen3-8b us-east 200; step-3.5-flash us-east 190")
                                               << instant << QStringLiteral("step-3.5-flash");
    QTest::addRow("p90 decides, not p50") << QStringLiteral("qwen3-8b us-east 100 100 100 100 900; glm-5 us-east 150")
                                          << instant << QStringLiteral("glm-5");
    QTest::addRow("price tie, lower p90 first") << QStringLiteral("qwen3-32b us-east 150; hunyuan-turbos us-east 180")
                                                << instant << QStringLiteral("qwen3-32b");
    QTest::addRow("price tie, lower p90 last") << QStringLiteral("hunyuan-turbos us-east 180; qwen3-32b us-east 150")
                                               << instant << QStringLiteral("qwen3-32b");
    QTest::addRow("only failures do not qualify")
        << QStringLiteral("qwen3-8b us-east x x; glm-5 us-east 150") << instant << QStringLiteral("glm-5");
    QTest::addRow("other region does not count") << QStringLiteral("qwen3-8b asia 100") << instant << QString();
    QTest::addRow("open-ended band takes anyone") << QStringLiteral("glm-5 us-east 5000; kimi-k2.5 us-east 100")
                                                  << QStringLiteral("slow") << QStringLiteral("glm-5");
}

void TestUiModels::cheapestPerBand()
{
    QFETCH(QString, lanes);
    QFETCH(QString, band);
    QFETCH(QString, expected);
    const Catalog catalog = Catalog::builtIn();
    const QList<BandPick> picks = Recommendation::cheapestPerBand(rows(catalog, lanes), catalog,
                                                                  {QStringLiteral("us-east")});
    QCOMPARE(picks.size(), catalog.bands().size());
    const auto it = std::find_if(picks.cbegin(), picks.cend(), [&](const BandPick &p) { return p.bandId == band; });
    QVERIFY(it != picks.cend());
    QCOMPARE(it->region, QStringLiteral("us-east"));
    QCOMPARE(it->row ? it->row->lane.model : QString(), expected);
}

void TestUiModels::regionDiffs_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("shown"); // Asia TTFT p50, Δ ms, Δ %, published Δ ms
    QTest::addRow("flash faster from asia")
        << QStringLiteral("deepseek-v4-flash") << QStringLiteral("150, -30, -16.7%, -30");
    QTest::addRow("qwen slower from asia") << QStringLiteral("qwen3-8b") << QStringLiteral("200, +50, +33.3%, -27");
    QTest::addRow("glm-5 not measured from asia") << QStringLiteral("glm-5") << QStringLiteral("–, –, –, -80");
}

void TestUiModels::regionDiffs()
{
    QFETCH(QString, model);
    QFETCH(QString, shown);
    const Catalog catalog = Catalog::builtIn();
    RegionModel regions(&catalog);
    Tester tester(&regions, kQtTest);
    const QStringList models{QStringLiteral("deepseek-v4-flash"), QStringLiteral("qwen3-8b"), QStringLiteral("glm-5")};
    regions.setPlan(models, twoRegions());
    QCOMPARE(regions.rowCount(), 3);
    QCOMPARE(regions.columnCount(), 8); // model, 2 TTFT, Δ ms, Δ %, published Δ, 2 tok/s
    QSignalSpy changed(&regions, &QAbstractItemModel::dataChanged);
    regions.setRows(rows(catalog,
                         QStringLiteral("deepseek-v4-flash us-east 180 180; deepseek-v4-flash asia 150 150; "
                                        "qwen3-8b us-east 150; qwen3-8b asia 200; glm-5 us-east 500")));
    QCOMPARE(changed.count(), 1);

    const int row = int(models.indexOf(model));
    QCOMPARE(regions.index(row, 0).data().toString(), catalog.model(model)->name);
    QStringList cells;
    for (const char *header : {"TTFT p50 · ", "Δ ms · ", "Δ % · ", "Published Δ ms · "}) {
        const int c = columnOf(regions, QString::fromUtf8(header) + QStringLiteral("Asia (Singapore)"));
        QVERIFY2(c > 0, header);
        cells.append(regions.index(row, c).data().toString());
    }
    QCOMPARE(joined(cells), shown);
}

void TestUiModels::requestsAppendInBatches()
{
    RequestModel model;
    Tester tester(&model, kQtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<RequestRecord> run = records(QStringLiteral("qwen3-8b us-east 150 160 170 180 190"));
    model.append(run, 0, 1);
    model.append(run, 2, 4);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(range(inserted, 0), qMakePair(0, 1));
    QCOMPARE(range(inserted, 1), qMakePair(2, 4));
    QCOMPARE(column(model, RequestModel::Ttft), QStringLiteral("150, 160, 170, 180, 190"));

    // The run's list was replaced (a new run): mirrored whole, not appended.
    run = records(QStringLiteral("glm-5 asia 500 510 520"));
    model.append(run, 1, 2);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(column(model, RequestModel::Ttft), QStringLiteral("500, 510, 520"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::requestRows()
{
    RequestModel model;
    Tester tester(&model, kQtTest);
    model.setNames({{QStringLiteral("qwen3-8b"), QStringLiteral("Qwen3-8B")}},
                   {{QStringLiteral("us-east"), QStringLiteral("US East (Ohio)")}});
    const QString qwen = QStringLiteral("qwen3-8b"), us = QStringLiteral("us-east");
    model.append({okRecord(qwen, us, 0, 300, true), okRecord(qwen, us, 0, 150), failedRecord(qwen, us, 1)}, 0, 2);
    QCOMPARE(column(model, RequestModel::Model), QStringLiteral("Qwen3-8B, Qwen3-8B, Qwen3-8B"));
    QCOMPARE(column(model, RequestModel::Region), QStringLiteral("US East (Ohio), US East (Ohio), US East (Ohio)"));
    QCOMPARE(column(model, RequestModel::Iteration), QStringLiteral("warm-up 1, 1, 2"));
    QVERIFY(model.index(0, RequestModel::Iteration).data(RequestModel::SortRole).toInt() < 0); // warm-ups first
    QCOMPARE(column(model, RequestModel::Status), QStringLiteral("ok, ok, HTTP error"));
    QCOMPARE(column(model, RequestModel::Ttft), QStringLiteral("300, 150, –"));
    QCOMPARE(column(model, RequestModel::Tps), QStringLiteral("50.0, 50.0, –"));
    QCOMPARE(column(model, RequestModel::Tokens), QStringLiteral("10, 10, –"));
    QCOMPARE(column(model, RequestModel::Source), QStringLiteral("usage, usage, none"));
    QCOMPARE(model.index(2, RequestModel::Error).data().toString(), QStringLiteral("HTTP 429 from sim: rate limited"));
    QVERIFY(!model.index(2, RequestModel::Ttft).data(RequestModel::SortRole).isValid());
    // Error rows stand out; good ones do not.
    QVERIFY(!model.index(1, RequestModel::Ttft).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(2, RequestModel::Ttft).data(Qt::ForegroundRole).isValid());
}

void TestUiModels::requestDetailSaysWhoTimedTheReads()
{
    const auto shown = [](ArrivalClock clock) {
        RequestRecord r;
        r.timeline.status = RequestStatus::Ok;
        r.timeline.arrivalClock = clock;
        const RequestDetailDialog dialog(r, QStringLiteral("Qwen3-8B"), QStringLiteral("US East"), 1.0);
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u'|');
    };
    QVERIFY(shown(ArrivalClock::Kernel).contains(QStringLiteral("the kernel's receive time")));
    QVERIFY(shown(ArrivalClock::ReadingThread).contains(QStringLiteral("the reading thread read the bytes")));
    QVERIFY(shown(ArrivalClock::EngineThread).contains(QStringLiteral("Qt's network stack")));
    QVERIFY(!shown(ArrivalClock::Unknown).contains(QStringLiteral("Arrival times:"))); // an older report: no claim
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
