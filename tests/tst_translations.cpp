// The German and Chinese translations are complete and consistent, and the
// dashboard's build carries them.
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

QString tsPath(const QString &language)
{
    return QStringLiteral(TOKENMETER_TEST_DATA "/../../translations/tokenmeter_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void builtIn_data();
    void builtIn();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QFile file(tsPath(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append(QStringLiteral("%1: %2").arg(type, source));
            else if (text.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: %1").arg(source));
            else if (placeholders(text) != placeholders(source))
                problems.append(QStringLiteral("placeholders differ: %1 -> %2").arg(source, text));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 200, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::builtIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("startRun");
    QTest::addColumn<QString>("noSwitch"); // what a server breaking HTTP reads as, from the engine's parser
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Lauf &starten")
                        << QStringLiteral("ein Protokollwechsel wird nicht unterstützt");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("开始运行(&S)")
                           << QStringLiteral("不支持切换协议");
}

void TestTranslations::builtIn()
{
    QFETCH(QString, language);
    QFETCH(QString, startRun);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/tokenmeter_%1.qm").arg(language)), "the .qm is not compiled in");
    QCOMPARE(translator.translate("WindowActions", "&Start run"), startRun);
    QFETCH(QString, noSwitch);
    QCOMPARE(translator.translate("HttpResponseParser", "switching protocols is not supported"), noSwitch);
    QVERIFY(Translations::available().contains(language));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
