#pragma once

#include "report/reportreader.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

struct RequestRecord;

// One run as the history lists it.
struct HistoryRun
{
    enum class State { Running, Finished, Cancelled, Interrupted };

    qint64 id = 0;
    QString name;
    QStringList tags;
    State state = State::Running;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    bool simulated = false;
    QString endpoint;
    QStringList models;
    QStringList regions;
    int requests = 0; // requests stored
    int failed = 0;   // of them, failed (never a stopped or retried one)
};

QString historyStateId(HistoryRun::State state);
// The state as a person reads it: running, finished, stopped, interrupted.
QString historyStateText(HistoryRun::State state);

// Every run, kept in a local SQLite database request by request as each
// finishes: a run killed mid-way (even with SIGKILL) loses only the requests
// in flight, and the next open shows it as interrupted with everything that
// finished. A run is stored as the pieces of its JSON report, so reading one
// back goes through the same checks as a report file.
class HistoryStore final
{
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    HistoryStore();
    ~HistoryStore();

    // history.sqlite in the application data folder.
    static QString defaultPath();

    // Opens (creating) the database; runs whose process died are marked
    // interrupted. A file that is not a Tokenmeter history is refused
    // before anything is written to it.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    // Opened from a file the user may not write: runs can be read, never written.
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }

    std::optional<qint64> beginRun(const RunPlan &plan, const Catalog &catalog, const QDateTime &startedUtc,
                                   QString *error);
    // Durable when it returns true: committed before the caller goes on.
    bool addRequest(qint64 runId, const RequestRecord &record, const RunPlan &plan, QString *error);
    // The same for several, in one transaction: all or none.
    bool addRequests(qint64 runId, const QList<RequestRecord> &records, const RunPlan &plan, QString *error);
    bool finishRun(qint64 runId, const RunResult &result, QString *error);

    QList<HistoryRun> runs(const QString &search = {}) const;
    std::optional<HistoryRun> run(qint64 id) const;
    std::optional<LoadedReport> load(qint64 id, QString *error) const;
    // A report made elsewhere (another machine, another region) becomes a run here.
    std::optional<qint64> import(const LoadedReport &report, const QString &name, QString *error);
    bool rename(qint64 id, const QString &name, QString *error);
    bool setTags(qint64 id, const QStringList &tags, QString *error);
    bool remove(qint64 id, QString *error);

private:
    enum class Ownership { Ours, Foreign };
    std::optional<Ownership> ownership(QString *error) const;
    bool createSchema(QString *error);
    bool markInterrupted(QString *error);
    bool writable(QString *error) const;
    bool exec(const QString &sql, QString *error);
    QList<HistoryRun> select(const QString &where, const QVariantList &binds) const;

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
};
