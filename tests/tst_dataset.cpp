// Dataset: JSON Lines of OpenAI or ShareGPT conversations read as what is
// sent (cut to the last user turn), lines with nothing usable counted, bad
// files refused with a message naming the file and the line, and a seeded
// draw of conversations that every lane shares.
#include "stream/dialect.h"
#include "testutil.h"
#include "workload/dataset.h"
#include "workload/promptmaker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

class TestDataset final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBothFormats_data();
    void readsBothFormats();
    void countsSkippedLines();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void lineCapIsExact();
    void acceptsCrLfAndByteOrderMark();
    void keepsTheSystemAndLatestTurns();
    void keepsAtMostMaxConversations();
    void indexForIsSeededAndSpread();
    void nameAndSha256();
    void promptsShareAConversationAcrossLanes();
    void dialectsSendTheConversation();
    void markerRidesOnATurnEveryDialectSends();

private:
    static QString data(const QString &name) { return QStringLiteral(TOKENMETER_TEST_DATA "/datasets/") + name; }
    QString write(const QString &name, const QByteArray &bytes);
    static QStringList turns(const Dataset &dataset, qsizetype index);
    static QByteArray userLine(const QByteArray &text);

    QTemporaryDir m_dir;
};

QString TestDataset::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// "role: content" for each turn.
QStringList TestDataset::turns(const Dataset &dataset, qsizetype index)
{
    QStringList out;
    for (const ChatMessage &m : dataset.conversation(index))
        out.append(m.role + QStringLiteral(": ") + m.content);
    return out;
}

QByteArray TestDataset::userLine(const QByteArray &text)
{
    return R"({"messages":[{"role":"user","content":")" + text + R"("}]})";
}

void TestDataset::readsBothFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("expected");
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::addRow("OpenAI: cut after the last user turn")
        << s("openai.jsonl") << 0
        << QStringList{s("system: You are terse."), s("user: Name a prime."), s("assistant: 7"), s("user: Another?")};
    QTest::addRow("OpenAI: developer is system, text parts joined, image left out")
        << s("openai.jsonl") << 1 << QStringList{s("system: Answer in French."), s("user: What is this?\nBe brief.")};
    QTest::addRow("OpenAI: tool turns and a tool call without text dropped")
        << s("openai.jsonl") << 2
        << QStringList{s("user: Weather in Paris?"), s("assistant: 12 C and rain."), s("user: And tomorrow?")};
    QTest::addRow("ShareGPT: human and gpt, cut")
        << s("sharegpt.jsonl") << 0 << QStringList{s("system: You are a poet."), s("user: A haiku on rain.")};
    QTest::addRow("ShareGPT: user and assistant too")
        << s("sharegpt.jsonl") << 1 << QStringList{s("user: Hi"), s("assistant: Hello!"), s("user: Count to three.")};
}

void TestDataset::readsBothFormats()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QStringList, expected);
    QString error;
    const std::optional<Dataset> dataset = Dataset::read(data(file), &error);
    QVERIFY2(dataset, qPrintable(error));
    QCOMPARE(turns(*dataset, index), expected);
    qsizetype chars = 0;
    for (const QString &turn : expected)
        chars += turn.size() - turn.indexOf(u':') - 2;
    QCOMPARE(dataset->chars(index), chars);
}

void TestDataset::countsSkippedLines()
{
    QString error;
    const std::optional<Dataset> openAi = Dataset::read(data(QStringLiteral("openai.jsonl")), &error);
    QVERIFY2(openAi, qPrintable(error));
    QCOMPARE(openAi->size(), 3);
    // No user turn, blank text, no "messages", an unknown role, an array, "messages" not a list; the blank line is not
    // counted.
    QCOMPARE(openAi->skipped(), 6);
    QCOMPARE(openAi->truncated(), 0);
    const std::optional<Dataset> shareGpt = Dataset::read(data(QStringLiteral("sharegpt.jsonl")), &error);
    QVERIFY2(shareGpt, qPrintable(error));
    QCOMPARE(shareGpt->size(), 2);
    QCOMPARE(shareGpt->skipped(), 1);
}

void TestDataset::refusesBadFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::addRow("not JSON") << data(QStringLiteral("malformed.jsonl"))
                              << QStringLiteral("malformed.jsonl:3: not JSON");
    QTest::addRow("a JSON array")
        << data(QStringLiteral("array.json"))
        << QStringLiteral(
               "array.json is a JSON array, not JSON Lines: one conversation per line (jq -c '.[]' converts it)");
    QTest::addRow("a JSON array on one line")
        << write(QStringLiteral("one-line-array.json"), "[" + userLine("Hi") + "]\n")
        << QStringLiteral("one-line-array.json is a JSON array");
    QTest::addRow("no user turn") << data(QStringLiteral("no-user.jsonl"))
                                  << QStringLiteral("no-user.jsonl holds no usable conversation: 2 line(s) skipped");
    QTest::addRow("empty") << write(QStringLiteral("empty.jsonl"), {}) << QStringLiteral("empty.jsonl is empty");
    QTest::addRow("blank lines") << write(QStringLiteral("blank.jsonl"), "\n  \n\r\n")
                                 << QStringLiteral("blank.jsonl is empty");
    QTest::addRow("Latin-1") << write(QStringLiteral("latin1.jsonl"),
                                      userLine("ok") + '\n' + userLine("caf\xe9") + '\n')
                             << QStringLiteral("latin1.jsonl is not UTF-8 text (line 2)");
    QTest::addRow("missing") << m_dir.filePath(QStringLiteral("missing.jsonl"))
                             << QStringLiteral("cannot read the dataset");
}

void TestDataset::refusesBadFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!Dataset::read(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestDataset::lineCapIsExact()
{
    const QByteArray head = userLine("");
    const QByteArray fits = userLine(QByteArray(Dataset::kMaxLineBytes - head.size(), 'x'));
    QCOMPARE(fits.size(), Dataset::kMaxLineBytes);
    QString error;
    const std::optional<Dataset> dataset = Dataset::read(write(QStringLiteral("fits.jsonl"), fits + "\r\n"), &error);
    QVERIFY2(dataset, qPrintable(error));
    QCOMPARE(dataset->chars(0), Dataset::kMaxLineBytes - head.size());

    const QByteArray over = userLine(QByteArray(Dataset::kMaxLineBytes - head.size() + 1, 'x'));
    for (const QByteArray &end : {QByteArray("\n"), QByteArray()}) {
        QVERIFY(!Dataset::read(write(QStringLiteral("long.jsonl"), userLine("Hi") + '\n' + over + end), &error));
        QVERIFY2(error.contains(QStringLiteral("long.jsonl:2: the line is longer than 4 MB")), qPrintable(error));
    }
    QVERIFY(!Dataset::read(write(QStringLiteral("longer.jsonl"), QByteArray(3 * Dataset::kMaxLineBytes, ' ')), &error));
    QVERIFY2(error.contains(QStringLiteral("longer.jsonl:1: the line is longer")), qPrintable(error));
}

void TestDataset::acceptsCrLfAndByteOrderMark()
{
    QString error;
    const QString path = write(QStringLiteral("windows.jsonl"),
                               "\xEF\xBB\xBF" + userLine("One") + "\r\n\r\n" + userLine("Two"));
    const std::optional<Dataset> dataset = Dataset::read(path, &error);
    QVERIFY2(dataset, qPrintable(error));
    QCOMPARE(dataset->size(), 2);
    QCOMPARE(turns(*dataset, 0), QStringList{QStringLiteral("user: One")});
    QCOMPARE(turns(*dataset, 1), QStringList{QStringLiteral("user: Two")});
}

void TestDataset::keepsTheSystemAndLatestTurns()
{
    QByteArray line = R"({"messages":[{"role":"system","content":"Rules."})";
    for (int i = 0; i < 300; ++i)
        line += R"(,{"role":")" + QByteArray(i % 2 ? "assistant" : "user") + R"(","content":"t)" + QByteArray::number(i)
            + R"("})";
    line += "]}\n";
    QString error;
    const std::optional<Dataset> dataset = Dataset::read(write(QStringLiteral("long-chat.jsonl"), line), &error);
    QVERIFY2(dataset, qPrintable(error));
    const QList<ChatMessage> &kept = dataset->conversation(0);
    QCOMPARE(kept.size(), Dataset::kMaxMessages);
    QCOMPARE(kept.constFirst().content, QStringLiteral("Rules."));
    QCOMPARE(kept.constLast().role, QStringLiteral("user"));
    QCOMPARE(kept.constLast().content, QStringLiteral("t298")); // t299 was the assistant's answer
    QCOMPARE(kept.at(1).content, QStringLiteral("t44"));        // 255 latest turns: t44 to t298
}

void TestDataset::keepsAtMostMaxConversations()
{
    QByteArray bytes;
    const QByteArray line = userLine("Hi") + '\n';
    bytes.reserve(line.size() * (Dataset::kMaxConversations + 3));
    for (qsizetype i = 0; i < Dataset::kMaxConversations + 3; ++i)
        bytes += line;
    QString error;
    const std::optional<Dataset> dataset = Dataset::read(write(QStringLiteral("many.jsonl"), bytes), &error);
    QVERIFY2(dataset, qPrintable(error));
    QCOMPARE(dataset->size(), Dataset::kMaxConversations);
    QCOMPARE(dataset->truncated(), 3);
    QCOMPARE(dataset->skipped(), 0);
}

void TestDataset::indexForIsSeededAndSpread()
{
    QString error;
    const std::optional<Dataset> dataset = Dataset::read(data(QStringLiteral("fifty.jsonl")), &error);
    QVERIFY2(dataset, qPrintable(error));
    QCOMPARE(dataset->size(), 50);
    const std::optional<Dataset> again = Dataset::read(data(QStringLiteral("fifty.jsonl")), &error);
    QVERIFY2(again, qPrintable(error));
    const quint64 seed = 0x5eed;
    QSet<qsizetype> measured, warmup;
    int sameAsWarmup = 0, sameAsOtherSeed = 0;
    for (int i = 0; i < 1000; ++i) {
        const qsizetype m = dataset->indexFor(seed, false, i);
        const qsizetype w = dataset->indexFor(seed, true, i);
        QVERIFY(m >= 0 && m < 50);
        QVERIFY(w >= 0 && w < 50);
        QCOMPARE(dataset->indexFor(seed, false, i), m); // every lane asks again and gets the same one
        QCOMPARE(again->indexFor(seed, false, i), m);   // and so does another run with this seed
        measured.insert(m);
        warmup.insert(w);
        sameAsWarmup += m == w;
        sameAsOtherSeed += m == dataset->indexFor(seed + 1, false, i);
    }
    QCOMPARE(measured.size(), 50); // 1,000 draws of 50 miss none
    QCOMPARE(warmup.size(), 50);
    QVERIFY2(sameAsWarmup < 60, qPrintable(QString::number(sameAsWarmup))); // about 20 by chance
    QVERIFY2(sameAsOtherSeed < 60, qPrintable(QString::number(sameAsOtherSeed)));
    for (const int i : {-1, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()}) {
        const qsizetype index = dataset->indexFor(~quint64(0), i % 2 != 0, i);
        QVERIFY(index >= 0 && index < 50);
    }
}

void TestDataset::nameAndSha256()
{
    QString error;
    const std::optional<Dataset> dataset = Dataset::read(data(QStringLiteral("sharegpt.jsonl")), &error);
    QVERIFY2(dataset, qPrintable(error));
    QCOMPARE(dataset->name(), QStringLiteral("sharegpt.jsonl"));
    const QByteArray bytes = TestUtil::readData(QStringLiteral("datasets/sharegpt.jsonl"));
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(dataset->sha256(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(dataset->sha256().size(), 64);
    // The hash is of the bytes as they are: a byte order mark and line ends count.
    const QString plain = write(QStringLiteral("plain.jsonl"), userLine("One") + '\n');
    const QString marked = write(QStringLiteral("marked.jsonl"), "\xEF\xBB\xBF" + userLine("One") + "\r\n");
    QVERIFY(Dataset::read(plain, &error)->sha256() != Dataset::read(marked, &error)->sha256());
}

// Each request sends a whole conversation: the nth request of every lane the
// same one, its marker first (no shared prefix) or last (a warm cache).
void TestDataset::promptsShareAConversationAcrossLanes()
{
    QString error;
    const std::optional<Dataset> read = Dataset::read(data(QStringLiteral("fifty.jsonl")), &error);
    QVERIFY2(read, qPrintable(error));
    const auto dataset = std::make_shared<const Dataset>(*read);
    Workload w;
    w.profile = QStringLiteral("custom");
    w.datasetFile = dataset->name();
    w.datasetSeed = 42;
    const PromptMaker unique(w, QStringLiteral("ignored"), 0xabcdef, dataset);
    for (int i = 0; i < 20; ++i) {
        const PromptMaker::Prompt a = unique.make(0, false, i), b = unique.make(3, false, i);
        const QList<ChatMessage> &sent = dataset->conversation(dataset->indexFor(42, false, i));
        QCOMPARE(a.messages.size(), sent.size());
        QCOMPARE(a.messages.constLast().role, QStringLiteral("user"));
        QCOMPARE(a.text, a.messages.constLast().content);
        QVERIFY(a.messages.constFirst().content.startsWith(QStringLiteral("Request ")));
        QVERIFY(a.messages.constFirst().content.endsWith(sent.constFirst().content));
        QVERIFY(a.messages.constFirst().content != b.messages.constFirst().content); // each lane's own marker
        for (qsizetype m = 1; m < sent.size(); ++m)
            QCOMPARE(b.messages.at(m).content, sent.at(m).content);
    }
    w.cache = Workload::Cache::Warm;
    const PromptMaker warm(w, QStringLiteral("ignored"), 0xabcdef, dataset);
    const PromptMaker::Prompt p = warm.make(1, false, 5);
    const QList<ChatMessage> &sent = dataset->conversation(dataset->indexFor(42, false, 5));
    QCOMPARE(p.messages.constFirst().content,
             sent.size() > 1 ? sent.constFirst().content : p.messages.constFirst().content);
    QVERIFY(p.messages.constLast().content.startsWith(sent.constLast().content));
    QVERIFY(p.messages.constLast().content.contains(QStringLiteral("Request ")));
}

// A conversation that opens with the assistant: the marker goes on the first
// user turn, which Anthropic keeps (it drops leading assistant turns).
void TestDataset::markerRidesOnATurnEveryDialectSends()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("assistant-first.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"conversations":[{"from":"gpt","value":"Hello, how can I help?"},{"from":"human","value":"Hi."}]})");
    f.close();
    QString error;
    const std::optional<Dataset> read = Dataset::read(path, &error);
    QVERIFY2(read, qPrintable(error));
    const auto dataset = std::make_shared<const Dataset>(*read);
    Workload w;
    w.datasetFile = dataset->name();
    const PromptMaker::Prompt p = PromptMaker(w, QString(), 0x1234, dataset).make(0, false, 0);
    QCOMPARE(p.messages.size(), 2);
    QCOMPARE(p.messages.at(0).content, QStringLiteral("Hello, how can I help?"));
    QVERIFY(p.messages.at(1).content.startsWith(QStringLiteral("Request ")));
    ChatRequest request;
    request.messages = p.messages;
    const QJsonObject body
        = QJsonDocument::fromJson(Dialect::forProtocol(QStringLiteral("anthropic")).requestBody(request)).object();
    const QJsonArray sent = body.value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.at(0).toObject().value(QStringLiteral("content")).toString().startsWith(QStringLiteral("Request ")));
}

// OpenAI-compatible servers get the turns as they are; Anthropic gets system
// turns apart and user and assistant turns alternating from a user turn.
void TestDataset::dialectsSendTheConversation()
{
    ChatRequest request;
    request.model = QStringLiteral("m");
    request.prompt = QStringLiteral("Say it plainly.");
    request.messages = {{QStringLiteral("system"), QStringLiteral("Be terse.")},
                        {QStringLiteral("assistant"), QStringLiteral("Hello!")},
                        {QStringLiteral("user"), QStringLiteral("What is a monad?")},
                        {QStringLiteral("user"), QStringLiteral("In one line.")},
                        {QStringLiteral("assistant"), QStringLiteral("A monoid of endofunctors.")},
                        {QStringLiteral("user"), QStringLiteral("Say it plainly.")}};
    const QJsonObject openai
        = QJsonDocument::fromJson(Dialect::forProtocol(QStringLiteral("openai")).requestBody(request)).object();
    const QJsonArray o = openai.value(QStringLiteral("messages")).toArray();
    QCOMPARE(o.size(), 6);
    QCOMPARE(o.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QCOMPARE(o.at(5).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Say it plainly."));

    const QJsonObject anthropic
        = QJsonDocument::fromJson(Dialect::forProtocol(QStringLiteral("anthropic")).requestBody(request)).object();
    QCOMPARE(anthropic.value(QStringLiteral("system")).toString(), QStringLiteral("Be terse."));
    const QJsonArray a = anthropic.value(QStringLiteral("messages")).toArray();
    QStringList roles;
    for (const QJsonValue &m : a)
        roles << m.toObject().value(QStringLiteral("role")).toString();
    QCOMPARE(roles, (QStringList{QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("user")}));
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("What is a monad?\n\nIn one line."));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
