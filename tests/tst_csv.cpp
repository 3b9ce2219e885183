// Csv: fields as RFC 4180 quotes them, and text a spreadsheet would run as a
// formula kept as text.
#include "core/csv.h"

#include <QTest>

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void row();
};

void TestCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("glm-5") << QStringLiteral("glm-5");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("LF") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::addRow("CR") << QStringLiteral("two\rlines") << QStringLiteral("\"two\rlines\"");
    QTest::addRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::addRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::addRow("formula +") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
    QTest::addRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::addRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::addRow("formula with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                        << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::addRow("leading tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::addRow("leading CR") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::addRow("negative number") << QStringLiteral("-37.5") << QStringLiteral("-37.5");
    QTest::addRow("signed change") << QStringLiteral("+12.3") << QStringLiteral("+12.3");
    QTest::addRow("sign inside") << QStringLiteral("a-b") << QStringLiteral("a-b");
    QTest::addRow("unicode") << QStringLiteral("亚洲 (新加坡)") << QStringLiteral("亚洲 (新加坡)");
}

void TestCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Csv::field(text), expected);
}

void TestCsv::row()
{
    QCOMPARE(Csv::row({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("=x"), QStringLiteral("-1")}),
             QStringLiteral("a,\"b,c\",'=x,-1"));
    QCOMPARE(Csv::row({}), QString());
    QCOMPARE(Csv::row({QString(), QString()}), QStringLiteral(","));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
