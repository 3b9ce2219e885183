#pragma once

#include "report/recommendation.h"

#include <QAbstractTableModel>

class Catalog;
struct Region;

// "Which model for which job": one row per TTFT band, one column per region,
// each cell the cheapest model that meets the band at p90 from that region.
class RecommendationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationModel)

public:
    enum Role { ModelIdRole = Qt::UserRole + 1 };

    explicit RecommendationModel(const Catalog *catalog, QObject *parent = nullptr);

    // The regions (columns) of a new run.
    void setRegions(const QList<Region> &regions);
    void setRows(const QList<LeaderboardRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const BandPick *pick(int row, int column) const;

    const Catalog *m_catalog;
    QList<Region> m_regions;
    QList<BandPick> m_picks; // band-major, as Recommendation::cheapestPerBand returns them
};
