#include "historystore.h"

#include "load/loadjson.h"
#include "report/jsonreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

// This file's strings, in the "HistoryStore" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

constexpr int kSchemaVersion = 1;
// PRAGMA application_id of a Tokenmeter history: "TkmH".
constexpr qint64 kApplicationId = 0x546B6D48;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

bool failed(const QSqlQuery &q, QString *error)
{
    *error = Tr::tr("history database: %1").arg(q.lastError().text());
    return false;
}

HistoryRun::State stateFromId(const QString &id)
{
    if (id == u"finished")
        return HistoryRun::State::Finished;
    if (id == u"cancelled")
        return HistoryRun::State::Cancelled;
    if (id == u"interrupted")
        return HistoryRun::State::Interrupted;
    return HistoryRun::State::Running;
}

} // namespace

QString historyStateText(HistoryRun::State state)
{
    switch (state) {
    case HistoryRun::State::Running:
        return Tr::tr("running");
    case HistoryRun::State::Finished:
        return Tr::tr("finished");
    case HistoryRun::State::Cancelled:
        return Tr::tr("stopped"); // one word for a stopped run, everywhere a person reads it
    case HistoryRun::State::Interrupted:
        return Tr::tr("interrupted");
    }
    return {};
}

QString historyStateId(HistoryRun::State state)
{
    switch (state) {
    case HistoryRun::State::Running:
        return QStringLiteral("running");
    case HistoryRun::State::Finished:
        return QStringLiteral("finished");
    case HistoryRun::State::Cancelled:
        return QStringLiteral("cancelled");
    case HistoryRun::State::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultPath()
{
    // One history for the dashboard and the CLI, whatever each calls itself.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/tokenmeter/history.sqlite");
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool HistoryStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(sql) || failed(q, error);
}

bool HistoryStore::open(const QString &path, QString *error)
{
    const QFileInfo file(path);
    // A history the user may only read (a colleague's, a copy on a read-only disk) opens for reading.
    m_readOnly = file.exists() && (!file.isWritable() || !(file.permissions() & QFile::WriteOwner));
    if (!m_readOnly)
        QDir().mkpath(file.absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        *error = Tr::tr("history database: Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)");
        return false;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = Tr::tr("cannot open the history database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    m_path = path;
    const std::optional<Ownership> owner = ownership(error);
    if (!owner)
        return false;
    if (*owner == Ownership::Foreign) {
        db.close();
        *error = Tr::tr("%1 is not a Tokenmeter history (another program's database is never written to); "
                        "choose another file with --history or TOKENMETER_HISTORY")
                     .arg(path);
        return false;
    }
    if (m_readOnly)
        return true; // nothing is written: not even to mark runs interrupted
    return createSchema(error) && markInterrupted(error);
}

bool HistoryStore::writable(QString *error) const
{
    if (m_readOnly)
        *error = Tr::tr("the history %1 is read-only: its runs can be read, not changed").arg(m_path);
    return !m_readOnly;
}

// Whose database this is, read before anything is written to it.
std::optional<HistoryStore::Ownership> HistoryStore::ownership(QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *error = Tr::tr("%1 is not a history database: %2").arg(m_path, q.lastError().text());
        return std::nullopt;
    }
    const qint64 applicationId = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = Tr::tr("%1 is not a history database: %2").arg(m_path, q.lastError().text());
        return std::nullopt;
    }
    const int version = q.value(0).toInt();
    q.finish();
    QStringList tables = db.tables();
    tables.removeAll(QStringLiteral("sqlite_sequence")); // SQLite's own, for AUTOINCREMENT
    if (applicationId == kApplicationId || (applicationId == 0 && tables.isEmpty() && version == 0)) {
        if (version > kSchemaVersion) {
            *error = Tr::tr("the history database %1 was written by a newer Tokenmeter").arg(m_path);
            return std::nullopt;
        }
        return Ownership::Ours; // ours, or new and empty
    }
    // Tokenmeter's first histories set no application_id: known by their exact tables.
    const bool legacy = applicationId == 0 && version == 1 && tables.contains(QStringLiteral("runs"))
        && tables.contains(QStringLiteral("requests")) && tables.size() == 2
        && db.record(QStringLiteral("requests")).contains(QStringLiteral("json"))
        && db.record(QStringLiteral("runs")).contains(QStringLiteral("config"));
    return legacy ? Ownership::Ours : Ownership::Foreign;
}

bool HistoryStore::createSchema(QString *error)
{
    // WAL with synchronous=NORMAL: a committed request survives the process
    // being killed; each batch of requests is its own transaction.
    return exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
        && exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        && exec(QStringLiteral("PRAGMA foreign_keys=ON"), error)
        && exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error)
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, "
                               "tags TEXT, state TEXT NOT NULL, pid INTEGER, started_utc TEXT, finished_utc TEXT, "
                               "simulated INTEGER, endpoint TEXT, models TEXT, regions TEXT, config TEXT NOT NULL, "
                               "prices TEXT, environment TEXT)"),
                error)
        && exec(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS requests (run_id INTEGER NOT NULL REFERENCES runs(id) "
                    "ON DELETE CASCADE, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (run_id, seq))"),
                error)
        && exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error);
}

// Runs left "running" by a process that is gone were interrupted.
bool HistoryStore::markInterrupted(QString *error)
{
    QSqlQuery running(QSqlDatabase::database(m_connection, false));
    if (!running.exec(QStringLiteral("SELECT id, pid FROM runs WHERE state = 'running'")))
        return failed(running, error);
    QList<qint64> dead;
    while (running.next()) {
        if (!processAlive(running.value(1).toLongLong()))
            dead.append(running.value(0).toLongLong());
    }
    running.finish();
    for (qint64 id : std::as_const(dead)) {
        if (!exec(QStringLiteral("UPDATE runs SET state = 'interrupted' WHERE id = %1").arg(id), error))
            return false;
    }
    return true;
}

std::optional<qint64> HistoryStore::beginRun(const RunPlan &plan, const Catalog &catalog, const QDateTime &startedUtc,
                                             QString *error)
{
    if (!writable(error))
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("INSERT INTO runs (name, tags, state, pid, started_utc, simulated, endpoint, models, "
                       "regions, config, prices, environment) VALUES (?, '', 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QStringList regions;
    for (const Region &r : plan.regions)
        regions.append(r.id);
    QStringList endpoints;
    for (const Endpoint &e : plan.endpoints)
        endpoints.append(e.name + QStringLiteral(" <") + QUrl(e.baseUrl).toString(QUrl::RemoveUserInfo) + u'>');
    const QString name = (plan.simulated ? Tr::tr("Simulated") : plan.endpointNames()) + u' '
        + startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    q.addBindValue(name);
    q.addBindValue(qint64(QCoreApplication::applicationPid()));
    q.addBindValue(startedUtc.toString(Qt::ISODateWithMs));
    q.addBindValue(plan.simulated);
    q.addBindValue(endpoints.join(QStringLiteral(", ")));
    q.addBindValue(plan.models.join(u','));
    q.addBindValue(regions.join(u','));
    q.addBindValue(compact(JsonReport::configJson(plan)));
    q.addBindValue(compact(JsonReport::pricesJson(plan.models, catalog)));
    q.addBindValue(compact(JsonReport::environmentJson()));
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool HistoryStore::addRequest(qint64 runId, const RequestRecord &record, const RunPlan &plan, QString *error)
{
    if (!writable(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO requests (run_id, seq, json) VALUES (?, "
                             "(SELECT COALESCE(MAX(seq), -1) + 1 FROM requests WHERE run_id = ?), ?)"));
    q.addBindValue(runId);
    q.addBindValue(runId);
    q.addBindValue(compact(JsonReport::requestJson(record, plan.keepText, plan.timeScale)));
    return q.exec() || failed(q, error);
}

bool HistoryStore::addRequests(qint64 runId, const QList<RequestRecord> &records, const RunPlan &plan, QString *error)
{
    if (!writable(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = Tr::tr("history database: %1").arg(db.lastError().text());
        return false;
    }
    for (const RequestRecord &r : records) {
        if (!addRequest(runId, r, plan, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = Tr::tr("history database: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool HistoryStore::finishRun(qint64 runId, const RunResult &result, QString *error)
{
    if (!writable(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE runs SET state = ?, finished_utc = ?, simulated = ? WHERE id = ?"));
    q.addBindValue(result.cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"));
    q.addBindValue(result.finishedUtc.toString(Qt::ISODateWithMs));
    q.addBindValue(result.simulated);
    q.addBindValue(runId);
    if (!q.exec())
        return failed(q, error);
    if (result.steps.isEmpty())
        return true;
    // A timed run's steps as they ran, kept beside its plan (the report's "load").
    QSqlQuery steps(QSqlDatabase::database(m_connection, false));
    steps.prepare(QStringLiteral("UPDATE runs SET config = json_set(config, '$.load_steps', json(?)) WHERE id = ?"));
    steps.addBindValue(
        QString::fromUtf8(QJsonDocument(LoadJson::stepsJson(result.steps)).toJson(QJsonDocument::Compact)));
    steps.addBindValue(runId);
    return steps.exec() || failed(steps, error);
}

QList<HistoryRun> HistoryStore::select(const QString &where, const QVariantList &binds) const
{
    QList<HistoryRun> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, name, tags, state, started_utc, finished_utc, simulated, endpoint, models, "
                             "regions, (SELECT COUNT(*) FROM requests WHERE run_id = runs.id), "
                             "(SELECT COUNT(*) FROM requests WHERE run_id = runs.id AND "
                             "json_extract(json, '$.status') NOT IN ('ok', 'cancelled') AND "
                             "json_extract(json, '$.retried') IS NOT 1) FROM runs WHERE ")
              + where + QStringLiteral(" ORDER BY id DESC"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return list;
    while (q.next()) {
        HistoryRun r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.tags = q.value(2).toString().split(u',', Qt::SkipEmptyParts);
        r.state = stateFromId(q.value(3).toString());
        r.startedUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        r.finishedUtc = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        r.simulated = q.value(6).toBool();
        r.endpoint = q.value(7).toString();
        r.models = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
        r.regions = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
        r.requests = q.value(10).toInt();
        r.failed = q.value(11).toInt();
        list.append(r);
    }
    return list;
}

QList<HistoryRun> HistoryStore::runs(const QString &search) const
{
    const QString like = u'%' + search + u'%';
    return select(QStringLiteral("? = '' OR name LIKE ? OR tags LIKE ? OR models LIKE ? OR endpoint LIKE ?"),
                  {search, like, like, like, like});
}

std::optional<HistoryRun> HistoryStore::run(qint64 id) const
{
    const QList<HistoryRun> one = select(QStringLiteral("id = ?"), {id});
    return one.isEmpty() ? std::nullopt : std::optional<HistoryRun>(one.constFirst());
}

std::optional<LoadedReport> HistoryStore::load(qint64 id, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT config, prices, environment, simulated, state, started_utc, finished_utc "
                             "FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = Tr::tr("no run %1 in the history").arg(id);
        return std::nullopt;
    }
    const QString state = q.value(4).toString();
    QJsonObject config = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    const QJsonValue steps = config.take(QStringLiteral("load_steps"));
    QJsonObject report{
        {QStringLiteral("schema"), QString::fromLatin1(JsonReport::kSchema)},
        {QStringLiteral("simulated"), q.value(3).toBool()},
        {QStringLiteral("cancelled"), state != u"finished"},
        {QStringLiteral("started_utc"), q.value(5).toString()},
        {QStringLiteral("finished_utc"), q.value(6).toString()},
        {QStringLiteral("config"), config},
        {QStringLiteral("prices"), QJsonDocument::fromJson(q.value(1).toByteArray()).array()},
        {QStringLiteral("environment"), QJsonDocument::fromJson(q.value(2).toByteArray()).object()},
    };
    QSqlQuery requests(db);
    requests.prepare(QStringLiteral("SELECT json FROM requests WHERE run_id = ? ORDER BY seq"));
    requests.addBindValue(id);
    if (!requests.exec()) {
        failed(requests, error);
        return std::nullopt;
    }
    QJsonArray array;
    while (requests.next())
        array.append(QJsonDocument::fromJson(requests.value(0).toByteArray()).object());
    report.insert(QStringLiteral("requests"), array);
    if (!steps.isUndefined())
        report.insert(QStringLiteral("load"), QJsonObject{{QStringLiteral("steps"), steps}});
    return ReportReader::parse(QJsonDocument(report).toJson(QJsonDocument::Indented), Tr::tr("history run %1").arg(id),
                               error);
}

std::optional<qint64> HistoryStore::import(const LoadedReport &report, const QString &name, QString *error)
{
    if (!writable(error))
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const RunResult &r = report.result;
    if (!db.transaction()) {
        *error = Tr::tr("history database: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    const std::optional<qint64> id = beginRun(r.plan, report.catalog, r.startedUtc, error);
    bool ok = id.has_value();
    for (qsizetype i = 0; ok && i < r.records.size(); ++i)
        ok = addRequest(*id, r.records.at(i), r.plan, error);
    if (ok) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE runs SET name = ?, pid = NULL, environment = ? WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(compact(r.environment));
        q.addBindValue(*id);
        ok = (q.exec() || failed(q, error)) && finishRun(*id, r, error);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return id;
}

bool HistoryStore::rename(qint64 id, const QString &name, QString *error)
{
    if (!writable(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

bool HistoryStore::setTags(qint64 id, const QStringList &tags, QString *error)
{
    if (!writable(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE runs SET tags = ? WHERE id = ?"));
    q.addBindValue(tags.join(u','));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

bool HistoryStore::remove(qint64 id, QString *error)
{
    if (!writable(error))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}
