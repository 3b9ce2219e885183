// JsonLocation: the line of a value named by its path, so that a message about
// a bad report or catalog names the line to fix.
#include "core/jsonlocation.h"

#include <QTest>

namespace {

const QByteArray kDocument = "{\n"                                                        // 1
                             "  \"schema\": \"tokenmeter.catalog/1\",\n"                  // 2
                             "  \"note\": \"braces { [ and \\\" inside\",\n"              // 3
                             "  \"models\": [\n"                                          // 4
                             "    {\"id\": \"a\", \"price\": 1},\n"                       // 5
                             "    {\n"                                                    // 6
                             "      \"id\": \"b\",\n"                                     // 7
                             "      \"price\": \"oops\",\n"                               // 8
                             "      \"nested\": {\"deep\": [1, [2, 3], {\"x\": null}]}\n" // 9
                             "    }\n"                                                    // 10
                             "  ],\n"                                                     // 11
                             "  \"empty\": {}\n"                                          // 12
                             "}\n";

} // namespace

class TestJsonLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineOf_data();
    void lineOf();
    void lineAtOffset_data();
    void lineAtOffset();
    void describe_data();
    void describe();
    void deepNestingIsBounded();
};

void TestJsonLocation::lineOf_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<int>("line");
    QTest::addRow("root") << kDocument << QVariantList{} << 1;
    QTest::addRow("top-level key") << kDocument << QVariantList{QStringLiteral("schema")} << 2;
    QTest::addRow("after a string with braces") << kDocument << QVariantList{QStringLiteral("models")} << 4;
    QTest::addRow("first array element") << kDocument << QVariantList{QStringLiteral("models"), 0} << 5;
    QTest::addRow("key of an inline object")
        << kDocument << QVariantList{QStringLiteral("models"), 0, QStringLiteral("price")} << 5;
    QTest::addRow("field on its own line")
        << kDocument << QVariantList{QStringLiteral("models"), 1, QStringLiteral("price")} << 8;
    QTest::addRow("deep inside arrays") << kDocument
                                        << QVariantList{QStringLiteral("models"), 1, QStringLiteral("nested"),
                                                        QStringLiteral("deep"),   2, QStringLiteral("x")}
                                        << 9;
    QTest::addRow("missing key: deepest found")
        << kDocument << QVariantList{QStringLiteral("models"), 1, QStringLiteral("name")} << 6;
    QTest::addRow("index past the end") << kDocument << QVariantList{QStringLiteral("models"), 7} << 4;
    QTest::addRow("index into an object") << kDocument << QVariantList{QStringLiteral("empty"), 0} << 12;
    QTest::addRow("last key") << kDocument << QVariantList{QStringLiteral("empty")} << 12;
    QTest::addRow("empty text") << QByteArray() << QVariantList{QStringLiteral("x")} << 0;
    QTest::addRow("blank text") << QByteArray(" \n\t ") << QVariantList{} << 0;
    QTest::addRow("cut off") << QByteArray("{\n\"a\": [1,\n2") << QVariantList{QStringLiteral("a"), 1} << 3;
    QTest::addRow("not JSON") << QByteArray("hello\nworld") << QVariantList{QStringLiteral("a")} << 1;
    QTest::addRow("CRLF lines") << QByteArray("{\r\n\"a\": 1,\r\n\"b\": 2\r\n}") << QVariantList{QStringLiteral("b")}
                                << 3;
}

void TestJsonLocation::lineOf()
{
    QFETCH(QByteArray, text);
    QFETCH(QVariantList, path);
    QFETCH(int, line);
    QCOMPARE(JsonLocation::lineOf(text, path), line);
}

void TestJsonLocation::lineAtOffset_data()
{
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");
    QTest::addRow("start") << qsizetype(0) << 1;
    QTest::addRow("on the first newline") << qsizetype(1) << 1;
    QTest::addRow("after it") << qsizetype(2) << 2;
    QTest::addRow("negative") << qsizetype(-5) << 1;
    QTest::addRow("past the end") << qsizetype(1'000'000) << 14;
}

void TestJsonLocation::lineAtOffset()
{
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QCOMPARE(JsonLocation::lineAtOffset(kDocument, offset), line);
}

void TestJsonLocation::describe_data()
{
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QVariantList{} << QString();
    QTest::addRow("key") << QVariantList{QStringLiteral("config")} << QStringLiteral("config");
    QTest::addRow("keys and indexes") << QVariantList{QStringLiteral("models"), 3,
                                                      QStringLiteral("output_price_usd_per_m")}
                                      << QStringLiteral("models[3].output_price_usd_per_m");
    QTest::addRow("nested arrays") << QVariantList{QStringLiteral("a"), 0, 1} << QStringLiteral("a[0][1]");
}

void TestJsonLocation::describe()
{
    QFETCH(QVariantList, path);
    QFETCH(QString, text);
    QCOMPARE(JsonLocation::describe(path), text);
}

void TestJsonLocation::deepNestingIsBounded()
{
    // A hostile file nests far deeper than any real one: the scanner gives up, never overflows its stack.
    const QByteArray deep = "{\"a\": " + QByteArray(200'000, '[') + QByteArray(200'000, ']') + ", \"b\": 1}";
    const int line = JsonLocation::lineOf(deep, {QStringLiteral("b")});
    QVERIFY(line == 1);
}

QTEST_GUILESS_MAIN(TestJsonLocation)
#include "tst_jsonlocation.moc"
