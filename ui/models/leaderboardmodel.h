#pragma once

#include "report/leaderboard.h"

#include <QAbstractTableModel>
#include <QHash>

class Catalog;

// The measured leaderboard: one row per model and region. Updated in place as
// a run streams (dataChanged over the rows, new lanes inserted), reset only for
// a new run.
class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardModel)

public:
    enum Column {
        Model,
        Provider,
        Region,
        Price,
        N,
        TtftP50,
        TtftP90,
        TtftP99,
        FirstKind,
        TpsP50,
        CharsP50,
        OutputTokens,
        E2eP50,
        ItlP99,
        Errors,
        Cost,
        Tier,
        Band,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, BandIndexRole, ModelIdRole, RegionIdRole };

    explicit LeaderboardModel(const Catalog *catalog, QObject *parent = nullptr);

    void setRegionNames(const QHash<QString, QString> &names) { m_regionNames = names; }
    void setRows(const QList<LeaderboardRow> &rows);
    // The TTFT columns follow the rows' definition; the headers say which.
    void setTtftKind(TtftKind kind);
    void clear();
    const QList<LeaderboardRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const LeaderboardRow &row, int column) const;
    QVariant sortValue(const LeaderboardRow &row, int column) const;
    int bandIndex(const LeaderboardRow &row) const;

    const Catalog *m_catalog;
    QList<LeaderboardRow> m_rows;
    QHash<QString, QString> m_regionNames;
    TtftKind m_ttftKind = TtftKind::FirstToken;
};
