#include "recommendationmodel.h"

#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "core/format.h"
#include "plan/runplan.h"
#include "style/colors.h"

#include <QGuiApplication>
#include <QPalette>

RecommendationModel::RecommendationModel(const Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

void RecommendationModel::setRegions(const QList<Region> &regions)
{
    beginResetModel();
    m_regions = regions;
    m_picks.clear();
    endResetModel();
}

void RecommendationModel::setRows(const QList<LeaderboardRow> &rows)
{
    QStringList ids;
    for (const Region &r : std::as_const(m_regions))
        ids.append(r.id);
    m_picks = Recommendation::cheapestPerBand(rows, *m_catalog, ids);
    if (rowCount() > 0 && columnCount() > 1)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

int RecommendationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog->bands().size());
}

int RecommendationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_regions.size());
}

const BandPick *RecommendationModel::pick(int row, int column) const
{
    const qsizetype i = qsizetype(row) * m_regions.size() + (column - 1);
    return column >= 1 && i < m_picks.size() ? &m_picks.at(i) : nullptr;
}

QVariant RecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TtftBand &band = m_catalog->bands().at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return band.belowMs ? tr("%1 (p90 < %2 ms)").arg(CatalogNames::display(band.name), Format::ms(band.belowMs))
                                : tr("%1 (any TTFT)").arg(CatalogNames::display(band.name));
        case Qt::BackgroundRole:
            return Colors::rowTint(Colors::band(index.row()), QGuiApplication::palette());
        }
        return {};
    }
    const BandPick *p = pick(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!p)
            return QString();
        if (!p->row)
            return tr("none measured meets it");
        return tr("%1 · %2/M · p90 %3 ms")
            .arg(p->row->name, Format::price(p->row->outputPricePerM), Format::ms(p->row->ttftP90()));
    case Qt::ToolTipRole:
        return tr("The cheapest model whose measured TTFT p90 from this region is inside the band");
    case ModelIdRole:
        return p && p->row ? p->row->lane.model : QString();
    }
    return {};
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("TTFT budget");
    return tr("Cheapest from %1").arg(m_regions.at(section - 1).name);
}
