// The model picker's models: the checkable catalog and its search and filters,
// each under QAbstractItemModelTester.
#include "catalog/catalog.h"
#include "models/catalogfiltermodel.h"
#include "models/catalogmodel.h"
#include "modeltesting.h"

#include <QColor>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

using namespace ModelTesting;

namespace {

int rowOf(const QAbstractItemModel &m, const QString &id)
{
    for (int row = 0; row < m.rowCount(); ++row) {
        if (m.index(row, 0).data(CatalogModel::ModelIdRole).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestCatalogModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void catalogChecks();
    void catalogTierChecks_data();
    void catalogTierChecks();
    void catalogAddModel();
    void catalogFilter_data();
    void catalogFilter();
    void catalogFigures();
};

void TestCatalogModels::catalogChecks()
{
    Catalog catalog = Catalog::builtIn();
    CatalogModel model(&catalog);
    Tester tester(&model, kQtTest);
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.columnCount(), int(CatalogModel::ColumnCount));
    QSignalSpy changed(&model, &CatalogModel::checkedChanged);
    const auto check = [&](const QString &id, Qt::CheckState state) {
        return model.setData(model.index(rowOf(model, id), CatalogModel::Name), state, Qt::CheckStateRole);
    };
    // Checked out of catalog order, listed in catalog order.
    QVERIFY(check(QStringLiteral("glm-5"), Qt::Checked));
    QVERIFY(check(QStringLiteral("qwen3-8b"), Qt::Checked));
    QVERIFY(check(QStringLiteral("step-3.5-flash"), Qt::Checked));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(joined(model.checkedIds()), QStringLiteral("step-3.5-flash, qwen3-8b, glm-5"));

    QVERIFY(check(QStringLiteral("qwen3-8b"), Qt::Unchecked));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(joined(model.checkedIds()), QStringLiteral("step-3.5-flash, glm-5"));
    const int qwen = rowOf(model, QStringLiteral("qwen3-8b"));
    QCOMPARE(model.index(qwen, CatalogModel::Name).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Only the name column carries the check box.
    QVERIFY(!model.setData(model.index(qwen, CatalogModel::Price), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!(model.flags(model.index(qwen, CatalogModel::Price)) & Qt::ItemIsUserCheckable));
    QCOMPARE(changed.count(), 4);

    model.setAllChecked(true);
    QCOMPARE(model.checkedIds().size(), 15);
    model.setCheckedIds({QStringLiteral("kimi-k2.5"), QStringLiteral("gpt-nonexistent")});
    QCOMPARE(joined(model.checkedIds()), QStringLiteral("kimi-k2.5"));
}

void TestCatalogModels::catalogTierChecks_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("ids");
    QTest::addRow("ultra-budget, up to $0.15")
        << QStringLiteral("ultra-budget") << QStringLiteral("step-3.5-flash, qwen3-8b");
    QTest::addRow("budget, up to $0.30") << QStringLiteral("budget")
                                         << QStringLiteral("deepseek-v4-flash, hunyuan-turbos, qwen3-32b, qwen3.5-27b");
    QTest::addRow("premium, over $0.80") << QStringLiteral("premium")
                                         << QStringLiteral("minimax-m2.5, glm-5, kimi-k2.5, deepseek-r1, qwen3.5-397b");
}

void TestCatalogModels::catalogTierChecks()
{
    QFETCH(QString, tier);
    QFETCH(QString, ids);
    Catalog catalog = Catalog::builtIn();
    CatalogModel model(&catalog);
    Tester tester(&model, kQtTest);
    QSignalSpy changed(&model, &CatalogModel::checkedChanged);
    model.setTierChecked(tier, true);
    QCOMPARE(joined(model.checkedIds()), ids);
    QCOMPARE(changed.count(), 1);
    // Unchecking a tier leaves the others alone: one model of each of three tiers.
    model.setCheckedIds({QStringLiteral("deepseek-r1"), QStringLiteral("step-3.5-flash"), QStringLiteral("qwen3-32b")});
    model.setTierChecked(tier, false);
    QCOMPARE(model.checkedIds().size(), 2);
    for (const QString &id : model.checkedIds())
        QVERIFY2(!ids.contains(id), qPrintable(id));
}

void TestCatalogModels::catalogAddModel()
{
    Catalog catalog = Catalog::builtIn();
    CatalogModel model(&catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setProvider(QStringLiteral("Me"));
    Tester tester(&model, kQtTest);
    Tester filterTester(&filter, kQtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &CatalogModel::checkedChanged);
    QCOMPARE(filter.rowCount(), 0);

    ModelInfo mine;
    mine.id = QStringLiteral("my-llama");
    mine.name = QStringLiteral("My Llama");
    mine.provider = QStringLiteral("Me");
    mine.outputPricePerM = 0.05;
    mine.userDefined = true;
    model.addModel(mine);
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(range(inserted, 0), qMakePair(15, 15));
    QCOMPARE(model.index(15, CatalogModel::Name).data().toString(), QStringLiteral("My Llama"));
    QCOMPARE(model.index(15, CatalogModel::Tier).data().toString(), QStringLiteral("Ultra-budget"));
    QCOMPARE(model.index(15, CatalogModel::PublishedTtft).data().toString(), QStringLiteral("–"));
    QVERIFY(model.checkedIds().contains(QStringLiteral("my-llama")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(filter.rowCount(), 1); // the picker filtered to "Me" shows it at once

    // The same id again replaces the row; a built-in id replaces the built-in.
    mine.name = QStringLiteral("My Llama 2");
    model.addModel(mine);
    ModelInfo glm = *catalog.model(QStringLiteral("glm-5"));
    glm.outputPricePerM = 1.5;
    model.addModel(glm);
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(15, CatalogModel::Name).data().toString(), QStringLiteral("My Llama 2"));
    const int glmRow = rowOf(model, QStringLiteral("glm-5"));
    QCOMPARE(model.index(glmRow, CatalogModel::Price).data().toString(), QStringLiteral("$1.50"));
    QCOMPARE(filter.rowCount(), 1);
}

void TestCatalogModels::catalogFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("names");
    const QString any;
    QTest::addRow("text in name") << QStringLiteral("qwen3.5") << any << any
                                  << QStringLiteral("Qwen3.5-27B, Qwen3.5-397B");
    QTest::addRow("API id, any case") << QStringLiteral("MINIMAX-M") << any << any << QStringLiteral("MiniMax M2.5");
    QTest::addRow("API id only") << QStringLiteral("v4-flash") << any << any << QStringLiteral("DeepSeek V4 Flash");
    QTest::addRow("text in provider") << QStringLiteral("stepfun") << any << any << QStringLiteral("Step-3.5-Flash");
    QTest::addRow("text trimmed") << QStringLiteral("  moonshot ") << any << any << QStringLiteral("Kimi K2.5");
    QTest::addRow("nothing matches") << QStringLiteral("llama") << any << any << QString();
    QTest::addRow("provider") << any << QStringLiteral("DeepSeek") << any
                              << QStringLiteral("DeepSeek V4 Flash, DeepSeek V4 Pro, DeepSeek-R1");
    QTest::addRow("tier") << any << any << QStringLiteral("mid-range")
                          << QStringLiteral("Doubao-Seed-Lite, Hunyuan-Turbo, GLM-4-32B, DeepSeek V4 Pro");
    QTest::addRow("provider and tier") << any << QStringLiteral("Qwen") << QStringLiteral("budget")
                                       << QStringLiteral("Qwen3-32B, Qwen3.5-27B");
    QTest::addRow("text and tier") << QStringLiteral("flash") << any << QStringLiteral("budget")
                                   << QStringLiteral("DeepSeek V4 Flash");
    QTest::addRow("all three") << QStringLiteral("turbo") << QStringLiteral("Tencent") << QStringLiteral("mid-range")
                               << QStringLiteral("Hunyuan-Turbo");
}

void TestCatalogModels::catalogFilter()
{
    QFETCH(QString, text);
    QFETCH(QString, provider);
    QFETCH(QString, tier);
    QFETCH(QString, names);
    Catalog catalog = Catalog::builtIn();
    CatalogModel model(&catalog);
    CatalogFilterModel filter;
    Tester tester(&filter, kQtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 15);
    filter.setSearchText(text);
    filter.setProvider(provider);
    filter.setTierId(tier);
    QCOMPARE(column(filter, CatalogModel::Name), names);
    // Clearing the filters brings every model back.
    filter.setSearchText({});
    filter.setProvider({});
    filter.setTierId({});
    QCOMPARE(filter.rowCount(), 15);
}

void TestCatalogModels::catalogFigures()
{
    Catalog catalog = Catalog::builtIn();
    CatalogModel model(&catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    Tester tester(&filter, kQtTest);
    // Price, then the published (reference) TTFT and tokens/s.
    QCOMPARE(column(model, CatalogModel::Price).section(QStringLiteral(", "), 0, 3),
             QStringLiteral("$0.15, $0.25, $0.28, $0.01"));
    QCOMPARE(column(model, CatalogModel::PublishedTtft).section(QStringLiteral(", "), 0, 3),
             QStringLiteral("120, 180, 200, 150"));
    QCOMPARE(model.index(0, CatalogModel::PublishedTps).data().toString(), QStringLiteral("80.0"));
    const QVariant ttft = model.index(14, CatalogModel::PublishedTtft).data(CatalogModel::SortRole);
    QCOMPARE(ttft.typeId(), int(QMetaType::Double));
    QCOMPARE(ttft.toDouble(), 1200.0);
    QCOMPARE(model.index(3, CatalogModel::Price).data(CatalogModel::SortRole).toDouble(), 0.01);
    filter.sort(CatalogModel::PublishedTtft); // as text, "1200" would come before "150"
    const QString sorted = column(filter, CatalogModel::PublishedTtft);
    QVERIFY2(sorted.startsWith(QStringLiteral("120, 150, 180, 200, 220, 250")), qPrintable(sorted));
    QVERIFY2(sorted.endsWith(QStringLiteral("800, 1200")), qPrintable(sorted));
}

QTEST_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
