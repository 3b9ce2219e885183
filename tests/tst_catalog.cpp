#include "catalog/catalog.h"
#include "catalogcompare.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The built-in catalog as a user left it: a seed model edited, one of their own added.
Catalog editedCatalog()
{
    Catalog c = Catalog::builtIn();
    ModelInfo glm = *c.model(QStringLiteral("glm-5"));
    glm.outputPricePerM = 1.5;
    glm.inputPricePerM = 0.4;
    glm.priceAsOf = QDate(2026, 6, 1);
    glm.apiId = QStringLiteral("z-ai/glm-5");
    glm.endpoint = QStringLiteral("openrouter");
    glm.publishedTokensPerS.reset(); // a cleared figure must stay cleared
    c.upsert(glm);
    ModelInfo mine;
    mine.id = QStringLiteral("my-llama");
    mine.name = QStringLiteral("Llama (local)");
    mine.provider = QStringLiteral("Me");
    mine.inputPricePerM = 0;
    mine.publishedTtftMs = 90;
    mine.regionTtft.insert(QStringLiteral("asia"), RegionFigure{75.5, FigureSource::User});
    mine.regionTtft.insert(QStringLiteral("us-east"), RegionFigure{91, FigureSource::MainTable});
    mine.reasoning = true;
    mine.simTokensPerEvent = 3;
    mine.simSlots = 4;
    mine.simFullBatchSpeed = 0.7;
    mine.userDefined = true;
    c.upsert(mine);
    return c;
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInHasTheStudy();
    void publishedFigures_data();
    void publishedFigures();
    void regionFigures_data();
    void regionFigures();
    void tiers_data();
    void tiers();
    void bands_data();
    void bands();
    void userFileOverridesAndAdds();
    void brokenUserFile_data();
    void brokenUserFile();
    void missingUserFile();
    void newFieldsAreRead();
    void wholeCatalogRoundTrips();
    void overridesHoldOnlyTheChanges();
    void unchangedCatalogHasNoOverrides();
    void removeOnlyUserModels();
    void largeCatalogsMergeByIdAndTooLargeOnesAreRefused();
};

void TestCatalog::builtInHasTheStudy()
{
    const Catalog c = Catalog::builtIn();
    QCOMPARE(c.models().size(), 15);
    QCOMPARE(c.tiers().size(), 4);
    QCOMPARE(c.bands().size(), 4);
    QCOMPARE(c.regions().size(), 2);
    QCOMPARE(c.regions().at(0).id, QStringLiteral("us-east"));
    for (const ModelInfo &m : c.models()) {
        QVERIFY2(!m.inputPricePerM.has_value(), qPrintable(m.id)); // never invented
        QVERIFY2(m.outputPricePerM.has_value(), qPrintable(m.id));
        QVERIFY2(!m.userDefined, qPrintable(m.id));
        QCOMPARE(m.priceAsOf, QDate(2026, 5, 20)); // the study's test date
    }
    QVERIFY(c.model(QStringLiteral("deepseek-r1"))->reasoning);
    QVERIFY(c.model(QStringLiteral("kimi-k2.5"))->reasoning);
    QVERIFY(!c.model(QStringLiteral("glm-5"))->reasoning);
    QVERIFY(!c.model(QStringLiteral("gpt-nonexistent")));
}

void TestCatalog::publishedFigures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("ttft");
    QTest::addColumn<double>("tps");
    QTest::addColumn<double>("price");
    QTest::addRow("step") << QStringLiteral("step-3.5-flash") << 120.0 << 80.0 << 0.15;
    QTest::addRow("qwen3-8b") << QStringLiteral("qwen3-8b") << 150.0 << 70.0 << 0.01;
    QTest::addRow("glm-5") << QStringLiteral("glm-5") << 500.0 << 25.0 << 1.92;
    QTest::addRow("r1") << QStringLiteral("deepseek-r1") << 800.0 << 15.0 << 2.50;
    QTest::addRow("397b") << QStringLiteral("qwen3.5-397b") << 1200.0 << 10.0 << 2.34;
}

void TestCatalog::publishedFigures()
{
    QFETCH(QString, id);
    QFETCH(double, ttft);
    QFETCH(double, tps);
    QFETCH(double, price);
    const Catalog c = Catalog::builtIn();
    const ModelInfo *m = c.model(id);
    QVERIFY(m);
    QCOMPARE(*m->publishedTtftMs, ttft);
    QCOMPARE(*m->publishedTokensPerS, tps);
    QCOMPARE(*m->outputPricePerM, price);
}

void TestCatalog::regionFigures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("asia");
    QTest::addColumn<int>("source");
    QTest::addRow("flash published") << QStringLiteral("deepseek-v4-flash") << 150.0 << int(FigureSource::Published);
    QTest::addRow("kimi published") << QStringLiteral("kimi-k2.5") << 480.0 << int(FigureSource::Published);
    QTest::addRow("qwen derived 18 percent") << QStringLiteral("qwen3-8b") << 123.0 << int(FigureSource::Derived);
    QTest::addRow("glm-4 derived 18 percent") << QStringLiteral("glm-4-32b") << 246.0 << int(FigureSource::Derived);
    QTest::addRow("tencent unchanged") << QStringLiteral("hunyuan-turbo") << 280.0 << int(FigureSource::Derived);
}

void TestCatalog::regionFigures()
{
    QFETCH(QString, id);
    QFETCH(double, asia);
    QFETCH(int, source);
    const Catalog c = Catalog::builtIn();
    const ModelInfo *m = c.model(id);
    QVERIFY(m);
    QCOMPARE(*m->referenceTtftMs(QStringLiteral("asia")), asia);
    QCOMPARE(int(m->regionTtft.value(QStringLiteral("asia")).source), source);
    QCOMPARE(m->referenceTtftMs(QStringLiteral("us-east")), m->publishedTtftMs);
}

void TestCatalog::tiers_data()
{
    QTest::addColumn<double>("price");
    QTest::addColumn<QString>("tier");
    QTest::addRow("0.01") << 0.01 << QStringLiteral("ultra-budget");
    QTest::addRow("0.15 is still ultra-budget") << 0.15 << QStringLiteral("ultra-budget");
    QTest::addRow("0.19") << 0.19 << QStringLiteral("budget");
    QTest::addRow("0.30 is still budget") << 0.30 << QStringLiteral("budget");
    QTest::addRow("0.40") << 0.40 << QStringLiteral("mid-range");
    QTest::addRow("0.80 is still mid-range") << 0.80 << QStringLiteral("mid-range");
    QTest::addRow("0.81") << 0.81 << QStringLiteral("premium");
    QTest::addRow("3.00") << 3.00 << QStringLiteral("premium");
}

void TestCatalog::tiers()
{
    QFETCH(double, price);
    QFETCH(QString, tier);
    const Catalog c = Catalog::builtIn();
    QCOMPARE(c.tierFor(price)->id, tier);
    QVERIFY(!c.tierFor(std::nullopt));
}

void TestCatalog::bands_data()
{
    QTest::addColumn<double>("ttft");
    QTest::addColumn<QString>("band");
    QTest::addRow("150") << 150.0 << QStringLiteral("instant");
    QTest::addRow("199.9") << 199.9 << QStringLiteral("instant");
    QTest::addRow("200 starts fast") << 200.0 << QStringLiteral("fast");
    QTest::addRow("399") << 399.0 << QStringLiteral("fast");
    QTest::addRow("400 starts noticeable") << 400.0 << QStringLiteral("noticeable");
    QTest::addRow("800 is slow") << 800.0 << QStringLiteral("slow");
    QTest::addRow("5000") << 5000.0 << QStringLiteral("slow");
}

void TestCatalog::bands()
{
    QFETCH(double, ttft);
    QFETCH(QString, band);
    const Catalog c = Catalog::builtIn();
    QCOMPARE(c.bandFor(ttft)->id, band);
}

void TestCatalog::userFileOverridesAndAdds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"json({"models": [
        {"id": "glm-5", "output_price_usd_per_m": 1.5, "input_price_usd_per_m": 0.4},
        {"id": "my-local-llama", "name": "Llama (local)", "provider": "Me"}
    ]})json");
    f.close();
    Catalog c = Catalog::builtIn();
    QString error;
    QVERIFY2(c.mergeFile(path, &error), qPrintable(error));
    QCOMPARE(c.models().size(), 16);
    const ModelInfo *glm = c.model(QStringLiteral("glm-5"));
    QCOMPARE(*glm->outputPricePerM, 1.5);
    QCOMPARE(*glm->inputPricePerM, 0.4);
    QCOMPARE(*glm->publishedTtftMs, 500.0); // untouched fields stay
    const ModelInfo *mine = c.model(QStringLiteral("my-local-llama"));
    QVERIFY(mine);
    QVERIFY(mine->userDefined);
    QCOMPARE(mine->name, QStringLiteral("Llama (local)"));
    QVERIFY(!mine->outputPricePerM);
    QVERIFY(!c.tierFor(mine->outputPricePerM));
}

void TestCatalog::brokenUserFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // file:line: field: problem
    QTest::addRow("not json") << QByteArray("{\n  \"models\": [\n    {\"id\": \"x\",,}\n  ]\n}")
                              << QStringLiteral("bad.json:3: not valid JSON");
    QTest::addRow("price is a string") << QByteArray(
        "{\n  \"models\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\",\n     \"output_price_usd_per_m\": \"cheap\"}\n  ]\n}")
                                       << QStringLiteral(
                                              "bad.json:5: models[1].output_price_usd_per_m: expected a number");
    QTest::addRow("negative price") << QByteArray("{\"models\": [{\"id\": \"a\", \"output_price_usd_per_m\": -1}]}")
                                    << QStringLiteral(
                                           "bad.json:1: models[0].output_price_usd_per_m: -1 is out of range");
    QTest::addRow("missing id") << QByteArray("{\n\"models\": [\n{\"name\": \"no id\"}\n]}")
                                << QStringLiteral("bad.json:3: models[0].id: missing");
    QTest::addRow("models not an array") << QByteArray("{\"models\": {}}")
                                         << QStringLiteral("bad.json:1: models: expected an array");
    QTest::addRow("empty file") << QByteArray("  \n") << QStringLiteral("bad.json: the file is empty");
    QTest::addRow("top level array") << QByteArray("[1, 2]") << QStringLiteral("bad.json:1: expected a JSON object");
    QTest::addRow("price date not a date")
        << QByteArray("{\"models\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\", \"price_as_of\": \"2026-13-01\"}]}")
        << QStringLiteral("bad.json:3: models[1].price_as_of: \"2026-13-01\" is not a date of the form YYYY-MM-DD");
    QTest::addRow("price date in words")
        << QByteArray("{\"models\": [{\"id\": \"a\", \"price_as_of\": \"20 May 2026\"}]}")
        << QStringLiteral("bad.json:1: models[0].price_as_of: \"20 May 2026\" is not a date");
    QTest::addRow("price date without leading zeros")
        << QByteArray("{\"models\": [{\"id\": \"a\", \"price_as_of\": \"2026-5-20\"}]}")
        << QStringLiteral("bad.json:1: models[0].price_as_of: \"2026-5-20\" is not a date");
    QTest::addRow("price date a number") << QByteArray("{\"models\": [{\"id\": \"a\", \"price_as_of\": 20260520}]}")
                                         << QStringLiteral("bad.json:1: models[0].price_as_of: expected a string");
    QTest::addRow("api id a number") << QByteArray("{\"models\": [{\"id\": \"a\", \"api_id\": 7}]}")
                                     << QStringLiteral("bad.json:1: models[0].api_id: expected a string");
    QTest::addRow("tier bound wrong type")
        << QByteArray("{\"tiers\": [{\"id\": \"t\", \"name\": \"T\", \"max_usd_per_m\": true}]}")
        << QStringLiteral("bad.json:1: tiers[0].max_usd_per_m: expected a number");
}

void TestCatalog::brokenUserFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    Catalog c = Catalog::builtIn();
    QString error;
    QVERIFY(!c.mergeFile(path, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    // The built-in catalog still stands, whole.
    QCOMPARE(c.models().size(), 15);
    QCOMPARE(c.tiers().size(), 4);
}

void TestCatalog::missingUserFile()
{
    Catalog c = Catalog::builtIn();
    QString error;
    QVERIFY(!c.mergeFile(QStringLiteral("/nonexistent/catalog.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/catalog.json")), qPrintable(error));
    QCOMPARE(c.models().size(), 15);
}

void TestCatalog::newFieldsAreRead()
{
    Catalog c = Catalog::builtIn();
    QString error;
    QVERIFY2(c.load(R"json({"models": [
        {"id": "glm-5", "api_id": "z-ai/glm-5", "endpoint": "openrouter", "price_as_of": "2026-06-01"},
        {"id": "qwen3-8b", "price_as_of": null},
        {"id": "mine"}
    ]})json",
                    QStringLiteral("mine.json"), &error),
             qPrintable(error));
    const ModelInfo *glm = c.model(QStringLiteral("glm-5"));
    QCOMPARE(glm->apiId, QStringLiteral("z-ai/glm-5"));
    QCOMPARE(glm->sentId(), QStringLiteral("z-ai/glm-5"));
    QCOMPARE(glm->endpoint, QStringLiteral("openrouter"));
    QCOMPARE(glm->priceAsOf, QDate(2026, 6, 1));
    QVERIFY(!c.model(QStringLiteral("qwen3-8b"))->priceAsOf.isValid()); // null: no longer known
    const ModelInfo *mine = c.model(QStringLiteral("mine"));
    QCOMPARE(mine->sentId(), QStringLiteral("mine"));
    QVERIFY(mine->endpoint.isEmpty());
    QVERIFY(!mine->priceAsOf.isValid());
}

void TestCatalog::wholeCatalogRoundTrips()
{
    Catalog c = editedCatalog();
    QString error;
    QVERIFY2(c.load(R"json({"tiers": [{"id": "cheap", "name": "Cheap", "max_usd_per_m": 0.5},
                                      {"id": "dear", "name": "Dear", "max_usd_per_m": null}],
                            "regions": [{"id": "eu", "name": "Frankfurt"}]})json",
                    QStringLiteral("tiers.json"), &error),
             qPrintable(error));
    const QByteArray json = c.toJson();
    QCOMPARE(parsed(json).value(QStringLiteral("schema")).toString(), QStringLiteral("tokenmeter.catalog/1"));

    Catalog back = Catalog::builtIn();
    QVERIFY2(back.load(json, QStringLiteral("export.json"), &error), qPrintable(error));
    QCOMPARE(CatalogCompare::difference(back, c), QString());
    QCOMPARE(back.tiers().size(), 2);
    QCOMPARE(back.regions().at(0).name, QStringLiteral("Frankfurt"));
    QVERIFY(!back.model(QStringLiteral("glm-5"))->publishedTokensPerS);
    QCOMPARE(back.model(QStringLiteral("my-llama"))->regionTtft.value(QStringLiteral("asia")).ttftMs, 75.5);

    // The document stands alone: read into an empty catalog, it writes itself again.
    Catalog alone;
    QVERIFY2(alone.load(json, QStringLiteral("export.json"), &error), qPrintable(error));
    QCOMPARE(alone.toJson(), json);
}

void TestCatalog::overridesHoldOnlyTheChanges()
{
    const Catalog seed = Catalog::builtIn();
    const Catalog c = editedCatalog();
    const QByteArray json = c.overridesJson(seed);
    const QJsonObject doc = parsed(json);
    QVERIFY(!doc.contains(QStringLiteral("tiers"))); // unchanged lists are left to the seed
    QVERIFY(!doc.contains(QStringLiteral("regions")));
    const QJsonArray models = doc.value(QStringLiteral("models")).toArray();
    QCOMPARE(models.size(), 2);
    QStringList glmKeys = models.at(0).toObject().keys();
    glmKeys.sort();
    QCOMPARE(glmKeys.join(u','),
             QStringLiteral("api_id,endpoint,id,input_price_usd_per_m,output_price_usd_per_m,"
                            "price_as_of,published"));
    QCOMPARE(models.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("my-llama"));

    Catalog back = Catalog::builtIn();
    QString error;
    QVERIFY2(back.load(json, QStringLiteral("settings"), &error), qPrintable(error));
    QCOMPARE(CatalogCompare::difference(back, c), QString());
}

void TestCatalog::unchangedCatalogHasNoOverrides()
{
    const Catalog seed = Catalog::builtIn();
    Catalog c = Catalog::builtIn();
    ModelInfo glm = *c.model(QStringLiteral("glm-5"));
    const ModelInfo original = glm;
    glm.outputPricePerM = 9;
    c.upsert(glm);
    c.upsert(original); // edited and put back: nothing to keep
    const QJsonObject doc = parsed(c.overridesJson(seed));
    QCOMPARE(doc.value(QStringLiteral("models")).toArray().size(), 0);
    QCOMPARE(doc.keys().join(u','), QStringLiteral("models,schema"));
}

void TestCatalog::removeOnlyUserModels()
{
    Catalog c = editedCatalog();
    QVERIFY(!c.remove(QStringLiteral("glm-5"))); // the seed stays
    QVERIFY(c.model(QStringLiteral("glm-5")));
    QVERIFY(!c.remove(QStringLiteral("no-such-model")));
    QVERIFY(c.remove(QStringLiteral("my-llama")));
    QVERIFY(!c.model(QStringLiteral("my-llama")));
    QCOMPARE(c.models().size(), 15);
}

void TestCatalog::largeCatalogsMergeByIdAndTooLargeOnesAreRefused()
{
    // 20,000 models, every tenth one named twice (the second overrides its price).
    QJsonArray models;
    for (int i = 0; i < 20000; ++i) {
        models.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("m%1").arg(i)},
                                  {QStringLiteral("output_price_usd_per_m"), 1.0}});
        if (i % 10 == 0)
            models.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("m%1").arg(i)},
                                      {QStringLiteral("output_price_usd_per_m"), 2.0}});
    }
    models.append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("glm-5")}, {QStringLiteral("output_price_usd_per_m"), 9.0}});
    Catalog c = Catalog::builtIn();
    QString error;
    QVERIFY2(c.load(QJsonDocument(QJsonObject{{QStringLiteral("models"), models}}).toJson(), QStringLiteral("big.json"),
                    &error),
             qPrintable(error));
    QCOMPARE(c.models().size(), 15 + 20000);
    QCOMPARE(*c.model(QStringLiteral("m19990"))->outputPricePerM, 2.0);
    QCOMPARE(*c.model(QStringLiteral("m19991"))->outputPricePerM, 1.0);
    QCOMPARE(*c.model(QStringLiteral("glm-5"))->outputPricePerM, 9.0); // a seed model, overridden in place
    QVERIFY(c.remove(QStringLiteral("m5")));
    QVERIFY(!c.model(QStringLiteral("m5")));
    QCOMPARE(c.model(QStringLiteral("m6"))->id, QStringLiteral("m6")); // the index follows the removal

    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    QFile f(huge);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(Catalog::kMaxBytes + 1));
    f.close();
    QVERIFY(!c.mergeFile(huge, &error));
    QVERIFY2(error.contains(QStringLiteral("huge.json")) && error.contains(QStringLiteral("MiB")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
