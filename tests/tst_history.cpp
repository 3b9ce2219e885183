// The run history: requests are kept as they finish, so killing the CLI with
// SIGKILL loses only what was in flight; runs can be listed, renamed, tagged,
// imported, exported and deleted.
#include "catalog/catalog.h"
#include "history/historystore.h"
#include "history/historywriter.h"
#include "plans.h"
#include "report/jsonreport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(TOKENMETER_CLI);

RunResult tinyRun()
{
    RunResult r;
    r.plan.models = {QStringLiteral("qwen3-8b")};
    r.plan.regions = {TestPlans::region(QStringLiteral("tokyo"), QStringLiteral("Tokyo box"),
                                        QUrl(QStringLiteral("https://api.example.com/v1")))};
    r.plan.iterations = 2;
    r.startedUtc = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    r.finishedUtc = r.startedUtc.addSecs(30);
    for (int i = 0; i < 3; ++i) {
        RequestRecord rec;
        rec.model = r.plan.models.constFirst();
        rec.region = QStringLiteral("tokyo");
        rec.lane = 0;
        rec.iteration = i == 0 ? 0 : i - 1;
        rec.warmup = i == 0;
        rec.timeline.requestId = "tiny-" + QByteArray::number(i);
        rec.timeline.status = RequestStatus::Ok;
        rec.timeline.headersUs = 90'000;
        rec.timeline.firstAnyUs = rec.timeline.firstContentUs = 120'000 + i * 1000;
        rec.timeline.tokenEventsUs = {rec.timeline.firstAnyUs, rec.timeline.firstAnyUs + 20'000,
                                      rec.timeline.firstAnyUs + 40'000};
        rec.timeline.endUs = rec.timeline.firstAnyUs + 41'000;
        rec.timeline.usageCompletionTokens = 3;
        r.records.append(rec);
    }
    return r;
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sigkillLosesOnlyRequestsInFlight();
    void writerKeepsOrderAndNeverBlocksTheCaller();
    void importRenameTagSearchDelete();
    void refusesNewerOrForeignFiles();
    void writesOnlyItsOwnDatabases();
    void readOnlyHistoryIsListed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("history.sqlite"));
}

void TestHistory::sigkillLosesOnlyRequestsInFlight()
{
    QProcess cli;
    cli.setProgram(kCli);
    cli.setArguments({QStringLiteral("run"), QStringLiteral("--models"),
                      QStringLiteral("qwen3-8b,step-3.5-flash,glm-5"), QStringLiteral("--regions"),
                      QStringLiteral("us-east,asia"), QStringLiteral("--iterations"), QStringLiteral("50"),
                      QStringLiteral("--time-scale"), QStringLiteral("10"), QStringLiteral("--history"), m_db,
                      QStringLiteral("--log-requests")});
    cli.start();
    QVERIFY(cli.waitForStarted(10000));
    QSet<QString> stored;
    QByteArray buffer;
    for (int i = 0; i < 300 && stored.size() < 12; ++i) { // at most 30 s
        cli.waitForReadyRead(100);
        buffer += cli.readAllStandardError();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line.startsWith("stored "))
                stored.insert(QString::fromLatin1(line.mid(7)));
        }
    }
    QVERIFY2(stored.size() >= 12, "the CLI did not store requests");
    cli.kill(); // SIGKILL: no chance to finish anything
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    buffer += cli.readAllStandardError(); // lines written before the kill count too
    for (const QByteArray &line : buffer.split('\n')) {
        if (line.startsWith("stored "))
            stored.insert(QString::fromLatin1(line.mid(7)));
    }

    HistoryStore history;
    QString error;
    QVERIFY2(history.open(m_db, &error), qPrintable(error));
    const QList<HistoryRun> runs = history.runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.constFirst().state, HistoryRun::State::Interrupted);
    const std::optional<LoadedReport> report = history.load(runs.constFirst().id, &error);
    QVERIFY2(report, qPrintable(error));
    QSet<QString> kept;
    for (const RequestRecord &r : report->result.records) {
        kept.insert(QString::fromLatin1(r.timeline.requestId));
        QVERIFY(r.timeline.status != RequestStatus::Pending);
    }
    for (const QString &id : std::as_const(stored))
        QVERIFY2(kept.contains(id),
                 qPrintable(QStringLiteral("request %1 finished but is not in the history").arg(id)));
    QVERIFY(report->result.cancelled); // an interrupted run never reads as complete

    // The CLI lists and exports it.
    QProcess list;
    list.start(kCli, {QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--history"), m_db});
    QVERIFY(list.waitForFinished(10000));
    QVERIFY2(list.readAllStandardOutput().contains("interrupted"), "history list does not say interrupted");
    QProcess exported;
    exported.start(kCli,
                   {QStringLiteral("history"), QStringLiteral("export"), QString::number(runs.constFirst().id),
                    QStringLiteral("--history"), m_db});
    QVERIFY(exported.waitForFinished(10000));
    QCOMPARE(exported.exitCode(), 0);
    const std::optional<LoadedReport> again = ReportReader::parse(exported.readAllStandardOutput(),
                                                                  QStringLiteral("export"), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->result.records.size(), report->result.records.size());
}

void TestHistory::writerKeepsOrderAndNeverBlocksTheCaller()
{
    {
        HistoryStore create; // the tables exist before another program locks the file
        QString error;
        QVERIFY2(create.open(m_db, &error), qPrintable(error));
    }
    // Another program holds the database: the writer waits, the caller does not.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
    other.setDatabaseName(m_db);
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    const RunResult run = tinyRun();
    RunResult many = run;
    many.records.clear();
    for (int i = 0; i < 200; ++i) {
        RequestRecord r = run.records.at(1);
        r.iteration = i;
        r.timeline.requestId = "req-" + QByteArray::number(i);
        many.records.append(r);
    }
    {
        HistoryWriter writer(m_db);
        QSignalSpy stored(&writer, &HistoryWriter::stored);
        QSignalSpy finished(&writer, &HistoryWriter::runFinished);
        QSignalSpy failed(&writer, &HistoryWriter::failed);
        writer.beginRun(run.plan, Catalog::builtIn(), run.startedUtc);
        for (const RequestRecord &r : std::as_const(many.records))
            writer.addRequest(r);
        writer.finishRun(many);
        // Every call has returned while the lock is held; nothing is stored yet.
        QTest::qWait(200);
        QVERIFY(stored.isEmpty());
        QVERIFY(finished.isEmpty());
        QVERIFY(other.commit()); // the other program lets go
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
        QByteArrayList ids;
        for (const QList<QVariant> &batch : std::as_const(stored))
            ids += batch.constFirst().value<QByteArrayList>();
        QCOMPARE(ids.size(), 200);
        QVERIFY2(stored.size() < 200, "requests were not batched"); // fewer transactions than requests
        QCOMPARE(ids.constFirst(), QByteArray("req-0"));
        QCOMPARE(ids.constLast(), QByteArray("req-199"));
    }
    other.close();
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    HistoryStore history;
    QString error;
    QVERIFY2(history.open(m_db, &error), qPrintable(error));
    const std::optional<LoadedReport> loaded = history.load(history.runs().constFirst().id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->result.records.size(), 200);
    for (int i = 0; i < 200; ++i) // in the order they finished
        QCOMPARE(loaded->result.records.at(i).timeline.requestId, "req-" + QByteArray::number(i));
    QCOMPARE(history.runs().constFirst().state, HistoryRun::State::Finished);
}

void TestHistory::importRenameTagSearchDelete()
{
    HistoryStore history;
    QString error;
    QVERIFY2(history.open(m_db, &error), qPrintable(error));
    const QByteArray json = QJsonDocument(JsonReport::toJson(tinyRun(), Catalog::builtIn())).toJson();
    const std::optional<LoadedReport> report = ReportReader::parse(json, QStringLiteral("tokyo.json"), &error);
    QVERIFY2(report, qPrintable(error));
    const std::optional<qint64> id = history.import(*report, QStringLiteral("From the Tokyo box"), &error);
    QVERIFY2(id, qPrintable(error));
    std::optional<HistoryRun> run = history.run(*id);
    QVERIFY(run);
    QCOMPARE(run->name, QStringLiteral("From the Tokyo box"));
    QCOMPARE(run->state, HistoryRun::State::Finished);
    QCOMPARE(run->requests, 3);
    QCOMPARE(run->regions, QStringList{QStringLiteral("tokyo")});

    const std::optional<LoadedReport> loaded = history.load(*id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(QJsonDocument(JsonReport::toJson(loaded->result, loaded->catalog)).toJson(), json);

    QVERIFY(history.rename(*id, QStringLiteral("Tokyo, November"), &error));
    QVERIFY(history.setTags(*id, {QStringLiteral("asia"), QStringLiteral("baseline")}, &error));
    QCOMPARE(history.runs(QStringLiteral("baseline")).size(), 1);
    QCOMPARE(history.runs(QStringLiteral("November")).size(), 1);
    QCOMPARE(history.runs(QStringLiteral("nothing like it")).size(), 0);
    QVERIFY(history.remove(*id, &error));
    QVERIFY(history.runs().isEmpty());
    QVERIFY(!history.load(*id, &error));
    QVERIFY2(error.contains(QString::number(*id)), qPrintable(error));
}

void TestHistory::refusesNewerOrForeignFiles()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id = %1").arg(0x546B6D48)); // a later Tokenmeter's
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    QString error;
    {
        HistoryStore history;
        QVERIFY(!history.open(m_db, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.sqlite"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    HistoryStore history;
    QVERIFY(!history.open(garbage, &error));
    QVERIFY2(error.contains(QStringLiteral("garbage.sqlite")), qPrintable(error));
}

void TestHistory::writesOnlyItsOwnDatabases()
{
    // Another program's SQLite file: refused by name, and not a byte of it changes.
    const QString foreign = m_dir->filePath(QStringLiteral("contacts.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO contacts VALUES ('Ada', '123')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QString error;
    {
        HistoryStore history;
        QVERIFY(!history.open(foreign, &error));
        QVERIFY2(error.contains(QStringLiteral("contacts.db"))
                     && error.contains(QStringLiteral("not a Tokenmeter history")),
                 qPrintable(error));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(foreign + QStringLiteral("-wal")));

    // A history from before application_id existed is still ours, and gets one.
    const QString legacy = m_dir->filePath(QStringLiteral("legacy.sqlite"));
    {
        HistoryStore history;
        QVERIFY2(history.open(legacy, &error), qPrintable(error));
        QVERIFY(history.import(LoadedReport{tinyRun(), Catalog::builtIn()}, QStringLiteral("old run"), &error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
        db.setDatabaseName(legacy);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id = 0")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
    HistoryStore history;
    QVERIFY2(history.open(legacy, &error), qPrintable(error));
    QCOMPARE(history.runs().size(), 1);
}

void TestHistory::readOnlyHistoryIsListed()
{
    {
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(m_db, &error), qPrintable(error));
        QVERIFY(history.import(LoadedReport{tinyRun(), Catalog::builtIn()}, QStringLiteral("kept"), &error));
    }
    QVERIFY(QFile::setPermissions(m_db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    HistoryStore history;
    QString error;
    QVERIFY2(history.open(m_db, &error), qPrintable(error));
    QVERIFY(history.isReadOnly());
    const QList<HistoryRun> runs = history.runs();
    QCOMPARE(runs.size(), 1);
    QVERIFY2(history.load(runs.constFirst().id, &error), qPrintable(error));
    QVERIFY(!history.rename(runs.constFirst().id, QStringLiteral("new name"), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QCOMPARE(history.runs().constFirst().name, QStringLiteral("kept"));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
