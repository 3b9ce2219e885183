#pragma once

#include "plan/runplan.h"
#include "report/leaderboard.h"

#include <QAbstractTableModel>
#include <QHash>

class Catalog;

// The measured region table: per model, TTFT p50 and tokens/s from each region,
// and each region's difference from the first in ms and %, next to the
// published difference where the study has one.
class RegionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionModel)

public:
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit RegionModel(const Catalog *catalog, QObject *parent = nullptr);

    // The rows (models) and regions of a new run.
    void setPlan(const QStringList &models, const QList<Region> &regions);
    void setRows(const QList<LeaderboardRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // TTFT p50 of a model from a region, as of the last setRows.
    std::optional<double> ttft(const QString &model, const QString &region) const;
    std::optional<double> tokensPerS(const QString &model, const QString &region) const;

private:
    enum class Kind { Model, Ttft, DiffMs, DiffPercent, PublishedDiff, Tps };
    struct ColumnDef
    {
        Kind kind;
        int region; // index into m_regions
    };
    QVariant value(int row, const ColumnDef &column) const;

    const Catalog *m_catalog;
    QStringList m_models;
    QList<Region> m_regions;
    QList<ColumnDef> m_columns;
    QHash<QString, LeaderboardRow> m_rows; // keyed by model + region
};
