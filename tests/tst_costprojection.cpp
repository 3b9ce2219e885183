// The cost projector: reading a routing mix, pricing it, and the strategy table
// the dashboard edits (under QAbstractItemModelTester).
#include "catalog/catalog.h"
#include "models/strategymodel.h"
#include "report/costprojection.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

class TestCostProjection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseMix_data();
    void parseMix();
    void publishedExample_data();
    void publishedExample();
    void unpricedModel();
    void editMix();
    void rejectedMix();
    void volumeAndRows();
};

void TestCostProjection::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestCostProjection::parseMix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids"); // empty: rejected
    QTest::addColumn<QList<double>>("shares");
    QTest::addColumn<QString>("error"); // part of the message
    QTest::addRow("ids and names, any case, + and ,")
        << QStringLiteral("60% deepseek-v4-flash + 30% QWEN3-8B, 10% minimax m2.5")
        << QStringList{QStringLiteral("deepseek-v4-flash"), QStringLiteral("qwen3-8b"), QStringLiteral("minimax-m2.5")}
        << QList<double>{0.6, 0.3, 0.1} << QString();
    QTest::addRow("display name") << QStringLiteral("100% DeepSeek V4 Pro")
                                  << QStringList{QStringLiteral("deepseek-v4-pro")} << QList<double>{1.0} << QString();
    QTest::addRow("decimals, ; and spaces") << QStringLiteral(" 33.5 % glm-5 ; 66.5% Kimi K2.5 ")
                                            << QStringList{QStringLiteral("glm-5"), QStringLiteral("kimi-k2.5")}
                                            << QList<double>{0.335, 0.665} << QString();
    QTest::addRow("decimal comma") << QStringLiteral("50,5% qwen3-8b + 49,5% glm-5")
                                   << QStringList{QStringLiteral("qwen3-8b"), QStringLiteral("glm-5")}
                                   << QList<double>{0.505, 0.495} << QString();
    QTest::addRow("thirds to three decimals")
        << QStringLiteral("33.333% qwen3-8b + 33.333% glm-5 + 33.334% kimi-k2.5")
        << QStringList{QStringLiteral("qwen3-8b"), QStringLiteral("glm-5"), QStringLiteral("kimi-k2.5")}
        << QList<double>{0.33333, 0.33333, 0.33334} << QString();
    QTest::addRow("short of 100 percent")
        << QStringLiteral("70% qwen3-8b") << QStringList{} << QList<double>{} << QStringLiteral("70%, not 100%");
    QTest::addRow("over 100 percent") << QStringLiteral("60% qwen3-8b + 60% glm-5") << QStringList{} << QList<double>{}
                                      << QStringLiteral("120%, not 100%");
    QTest::addRow("unknown model") << QStringLiteral("50% qwen3-8b + 50% gpt-nonexistent") << QStringList{}
                                   << QList<double>{} << QStringLiteral("No model \"gpt-nonexistent\"");
    QTest::addRow("no share") << QStringLiteral("qwen3-8b") << QStringList{} << QList<double>{}
                              << QStringLiteral("is not a share");
    QTest::addRow("zero share") << QStringLiteral("0% qwen3-8b + 100% glm-5") << QStringList{} << QList<double>{}
                                << QStringLiteral("more than 0%");
    QTest::addRow("empty") << QStringLiteral("  ") << QStringList{} << QList<double>{}
                           << QStringLiteral("The mix is empty");
}

void TestCostProjection::parseMix()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(QList<double>, shares);
    QFETCH(QString, error);
    const Catalog catalog = Catalog::builtIn();
    QString message;
    const auto mix = CostProjector::parseMix(text, catalog, &message);
    if (ids.isEmpty()) {
        QVERIFY(!mix);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(mix, qPrintable(message));
    QCOMPARE(mix->size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(mix->at(i).modelId, ids.at(i));
        QCOMPARE(mix->at(i).share, shares.at(i));
    }
    // formatMix writes what parseMix reads back.
    const auto again = CostProjector::parseMix(CostProjector::formatMix(*mix, catalog), catalog, &message);
    QVERIFY2(again, qPrintable(message));
    QCOMPARE(again->size(), ids.size());
}

void TestCostProjection::publishedExample_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("blended");
    QTest::addColumn<QString>("monthly");
    QTest::addColumn<QString>("saving");
    QTest::addRow("all GLM-5") << 0 << QStringLiteral("$1.92") << QStringLiteral("$96.00")
                               << QStringLiteral("baseline");
    QTest::addRow("all V4 Pro") << 1 << QStringLiteral("$0.78") << QStringLiteral("$39.00") << QStringLiteral("-59.4%");
    QTest::addRow("routed mix") << 2 << QStringLiteral("$0.27") << QStringLiteral("$13.40") << QStringLiteral("-86.0%");
}

void TestCostProjection::publishedExample()
{
    QFETCH(int, row);
    QFETCH(QString, blended);
    QFETCH(QString, monthly);
    QFETCH(QString, saving);
    const Catalog catalog = Catalog::builtIn();
    StrategyModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStrategies(CostProjector::publishedExample());
    model.setTokensPerMonth(50e6);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(row, StrategyModel::BlendedPrice).data().toString(), blended);
    QCOMPARE(model.index(row, StrategyModel::Monthly).data().toString(), monthly);
    QCOMPARE(model.index(row, StrategyModel::Saving).data().toString(), saving);
    const CostProjection p = CostProjector::project(model.strategies().at(row), 50e6, catalog);
    QVERIFY(p.unpriced.isEmpty());
    QCOMPARE(QString::number(*p.monthlyUsd, 'f', 2), monthly.mid(1));
}

void TestCostProjection::unpricedModel()
{
    Catalog catalog = Catalog::builtIn();
    ModelInfo mine;
    mine.id = QStringLiteral("my-llama");
    mine.name = QStringLiteral("My Llama");
    catalog.upsert(mine);
    const CostProjection p = CostProjector::project(
        {QStringLiteral("half mine"), {{QStringLiteral("qwen3-8b"), 0.5}, {QStringLiteral("my-llama"), 0.5}}}, 50e6,
        catalog);
    QVERIFY(!p.monthlyUsd); // never a cost that leaves a model out
    QCOMPARE(p.unpriced, QStringList{QStringLiteral("My Llama")});
}

void TestCostProjection::editMix()
{
    const Catalog catalog = Catalog::builtIn();
    StrategyModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStrategies(CostProjector::publishedExample());
    model.setTokensPerMonth(50e6);
    QVERIFY(model.flags(model.index(2, StrategyModel::Mix)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(2, StrategyModel::Monthly)) & Qt::ItemIsEditable));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(model.setData(model.index(2, StrategyModel::Mix), QStringLiteral("50% qwen3-8b + 50% GLM-5")));
    QCOMPARE(model.index(2, StrategyModel::Mix).data().toString(), QStringLiteral("50% Qwen3-8B + 50% GLM-5"));
    QCOMPARE(model.index(2, StrategyModel::Monthly).data().toString(), QStringLiteral("$48.25"));
    QCOMPARE(model.index(2, StrategyModel::Saving).data().toString(), QStringLiteral("-49.7%"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).toModelIndex().column() <= StrategyModel::Monthly);
    QVERIFY(changed.at(0).at(1).toModelIndex().column() >= StrategyModel::Monthly);

    // A new baseline changes every other row's saving.
    changed.clear();
    QVERIFY(model.setData(model.index(0, StrategyModel::Mix), QStringLiteral("100% deepseek-v4-pro")));
    QCOMPARE(model.index(0, StrategyModel::Monthly).data().toString(), QStringLiteral("$39.00"));
    QCOMPARE(model.index(1, StrategyModel::Saving).data().toString(), QStringLiteral("0.0%"));
    QCOMPARE(model.index(2, StrategyModel::Saving).data().toString(), QStringLiteral("+23.7%"));
    bool savingsRepainted = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex(), to = args.at(1).toModelIndex();
        savingsRepainted |= from.row() <= 2 && to.row() >= 2 && from.column() <= StrategyModel::Saving
            && to.column() >= StrategyModel::Saving;
    }
    QVERIFY(savingsRepainted);

    QVERIFY(model.setData(model.index(1, StrategyModel::Name), QStringLiteral("Pro only")));
    QCOMPARE(model.index(1, StrategyModel::Name).data().toString(), QStringLiteral("Pro only"));

    // Committing the cell's own text unchanged (Enter in the editor) keeps the mix.
    const QModelIndex mix = model.index(2, StrategyModel::Mix);
    QVERIFY(model.setData(mix, QStringLiteral("33.333% qwen3-8b + 33.333% glm-5 + 33.334% kimi-k2.5")));
    QVERIFY2(model.setData(mix, mix.data(Qt::EditRole)), qPrintable(mix.data(Qt::EditRole).toString()));
}

void TestCostProjection::rejectedMix()
{
    const Catalog catalog = Catalog::builtIn();
    StrategyModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStrategies(CostProjector::publishedExample());
    QSignalSpy rejected(&model, &StrategyModel::mixRejected);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString before = model.index(2, StrategyModel::Mix).data().toString();

    QVERIFY(!model.setData(model.index(2, StrategyModel::Mix), QStringLiteral("70% qwen3-8b")));
    QCOMPARE(rejected.count(), 1);
    const QString message = rejected.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("70%")), qPrintable(message));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(2, StrategyModel::Mix).data().toString(), before);
    QCOMPARE(model.index(2, StrategyModel::Monthly).data().toString(), QStringLiteral("$13.40"));
    QCOMPARE(model.strategies().at(2).mix.size(), 3);
    // Read-only columns refuse edits quietly.
    QVERIFY(!model.setData(model.index(2, StrategyModel::Monthly), QStringLiteral("$1.00")));
    QCOMPARE(rejected.count(), 1);
}

void TestCostProjection::volumeAndRows()
{
    const Catalog catalog = Catalog::builtIn();
    StrategyModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStrategies(CostProjector::publishedExample());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTokensPerMonth(100e6);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, StrategyModel::Monthly).data().toString(), QStringLiteral("$192.00"));
    QCOMPARE(model.index(2, StrategyModel::Saving).data().toString(), QStringLiteral("-86.0%")); // a ratio: unchanged

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addStrategy({QStringLiteral("All Qwen3-8B"), {{QStringLiteral("qwen3-8b"), 1.0}}});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(model.index(3, StrategyModel::Monthly).data().toString(), QStringLiteral("$1.00"));

    // Removing the baseline makes the next strategy the baseline, and the view hears of it.
    changed.clear();
    model.removeStrategy(0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, StrategyModel::Saving));
    QCOMPARE(model.index(0, StrategyModel::Saving).data().toString(), QStringLiteral("baseline"));
    QCOMPARE(model.index(1, StrategyModel::Saving).data().toString(), QStringLiteral("-65.6%"));
    model.removeStrategy(7); // out of range: nothing happens
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestCostProjection)
#include "tst_costprojection.moc"
