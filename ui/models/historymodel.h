#pragma once

#include "history/historystore.h"

class HistoryAccess;

#include <QAbstractTableModel>
#include <QHash>

// The runs of the history, newest first; names and tags edit in place. The
// database is read and written off this thread (HistoryAccess): a reload
// shows its runs when they come (reloaded()), an edit shows at once and is
// undone, with storeError(), when the store refuses it.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { Name, State, Started, Requests, Kind, Models, Regions, Tags, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, SortRole };

    explicit HistoryModel(HistoryAccess *history, QObject *parent = nullptr);

    // Reads the runs again (a new result set when they come), keeping only those that match.
    void reload(const QString &search = {});
    // Region names by id, shown instead of the ids the history keeps.
    void setRegionNames(const QHash<QString, QString> &names) { m_regionNames = names; }
    const HistoryRun &run(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void storeError(const QString &message);
    void reloaded();

private:
    // Changes the run in the store; shows `changed` now, `before` again if the store refuses.
    void edit(const HistoryRun &changed, const HistoryRun &before);
    void replace(const HistoryRun &run);

    HistoryAccess *m_history;
    QList<HistoryRun> m_runs;
    QHash<QString, QString> m_regionNames;
    QString m_search;
};
