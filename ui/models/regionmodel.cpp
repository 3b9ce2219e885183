#include "regionmodel.h"

#include "catalog/catalog.h"
#include "core/format.h"
#include "run/requestrecord.h"

#include <QtNumeric>

RegionModel::RegionModel(const Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

void RegionModel::setPlan(const QStringList &models, const QList<Region> &regions)
{
    beginResetModel();
    m_models = models;
    m_regions = regions;
    m_rows.clear();
    m_columns = {{Kind::Model, -1}};
    for (int r = 0; r < regions.size(); ++r)
        m_columns.append({Kind::Ttft, r});
    for (int r = 1; r < regions.size(); ++r) {
        m_columns.append({Kind::DiffMs, r});
        m_columns.append({Kind::DiffPercent, r});
        m_columns.append({Kind::PublishedDiff, r});
    }
    for (int r = 0; r < regions.size(); ++r)
        m_columns.append({Kind::Tps, r});
    endResetModel();
}

void RegionModel::setRows(const QList<LeaderboardRow> &rows)
{
    m_rows.clear();
    for (const LeaderboardRow &row : rows)
        m_rows.insert(laneKey(row.lane.model, row.lane.region), row);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

int RegionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int RegionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

std::optional<double> RegionModel::ttft(const QString &model, const QString &region) const
{
    const auto it = m_rows.constFind(laneKey(model, region));
    return it == m_rows.cend() ? std::nullopt : it->ttftP50();
}

std::optional<double> RegionModel::tokensPerS(const QString &model, const QString &region) const
{
    const auto it = m_rows.constFind(laneKey(model, region));
    if (it == m_rows.cend() || it->lane.tokensPerS.isEmpty())
        return std::nullopt;
    return it->lane.tokensPerS.p50;
}

QVariant RegionModel::value(int row, const ColumnDef &column) const
{
    const QString &model = m_models.at(row);
    const QString region = column.region >= 0 ? m_regions.at(column.region).id : QString();
    // NaN for "not measured": plain doubles keep GCC's optional warnings away.
    const double base = m_regions.isEmpty() ? qQNaN() : ttft(model, m_regions.first().id).value_or(qQNaN());
    const double other = region.isEmpty() ? qQNaN() : ttft(model, region).value_or(qQNaN());
    switch (column.kind) {
    case Kind::Model: {
        const ModelInfo *m = m_catalog->model(model);
        return m ? m->name : model;
    }
    case Kind::Ttft:
        return ttft(model, region) ? QVariant(*ttft(model, region)) : QVariant();
    case Kind::DiffMs:
        return !qIsNaN(base) && !qIsNaN(other) ? QVariant(other - base) : QVariant();
    case Kind::DiffPercent:
        return !qIsNaN(other) && base > 0 ? QVariant((other - base) / base * 100.0) : QVariant();
    case Kind::PublishedDiff: {
        // The study's figures are to the first token: no reference beside the first answer text.
        const ModelInfo *m = m_catalog->model(model);
        if (!m || (!m_rows.isEmpty() && m_rows.cbegin()->ttftKind != TtftKind::FirstToken))
            return {};
        const auto a = m->regionTtft.constFind(m_regions.first().id);
        const auto b = m->regionTtft.constFind(region);
        return a != m->regionTtft.cend() && b != m->regionTtft.cend() ? QVariant(b->ttftMs - a->ttftMs) : QVariant();
    }
    case Kind::Tps:
        return tokensPerS(model, region) ? QVariant(*tokensPerS(model, region)) : QVariant();
    }
    return {};
}

QVariant RegionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnDef &column = m_columns.at(index.column());
    const QVariant v = value(index.row(), column);
    switch (role) {
    case SortRole:
        return v;
    case Qt::DisplayRole: {
        if (column.kind == Kind::Model)
            return v;
        const std::optional<double> d = v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
        switch (column.kind) {
        case Kind::Ttft:
            return Format::ms(d);
        case Kind::DiffMs:
        case Kind::PublishedDiff:
            return Format::signedMs(d);
        case Kind::DiffPercent:
            return Format::percent(d, true);
        case Kind::Tps:
            return Format::rate(d);
        case Kind::Model:
            break;
        }
        break;
    }
    case Qt::TextAlignmentRole:
        if (column.kind != Kind::Model)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant RegionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnDef &column = m_columns.at(section);
    const QString name = column.region >= 0 ? m_regions.at(column.region).name : QString();
    if (role == Qt::DisplayRole) {
        switch (column.kind) {
        case Kind::Model:
            return tr("Model");
        case Kind::Ttft:
            return tr("TTFT p50 · %1").arg(name);
        case Kind::DiffMs:
            return tr("Δ ms · %1").arg(name);
        case Kind::DiffPercent:
            return tr("Δ % · %1").arg(name);
        case Kind::PublishedDiff:
            return tr("Published Δ ms · %1").arg(name);
        case Kind::Tps:
            return tr("tok/s p50 · %1").arg(name);
        }
    }
    if (role == Qt::ToolTipRole && column.region > 0)
        return tr("Difference from %1 (negative: faster from %2)").arg(m_regions.first().name, name);
    return {};
}
