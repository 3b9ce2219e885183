#include "strategymodel.h"

#include "catalog/catalognames.h"

#include "core/format.h"

StrategyModel::StrategyModel(const Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

void StrategyModel::setTokensPerMonth(double tokens)
{
    m_tokensPerMonth = tokens;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Monthly), index(rowCount() - 1, Saving));
}

void StrategyModel::setStrategies(const QList<RoutingStrategy> &strategies)
{
    beginResetModel();
    m_strategies = strategies;
    endResetModel();
}

void StrategyModel::addStrategy(const RoutingStrategy &strategy)
{
    beginInsertRows({}, rowCount(), rowCount());
    m_strategies.append(strategy);
    endInsertRows();
}

void StrategyModel::removeStrategy(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_strategies.removeAt(row);
    endRemoveRows();
    if (row == 0 && rowCount() > 0) // the baseline of the savings changed
        Q_EMIT dataChanged(index(0, Saving), index(rowCount() - 1, Saving));
}

int StrategyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_strategies.size());
}

int StrategyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StrategyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoutingStrategy &s = m_strategies.at(index.row());
    const CostProjection p = CostProjector::project(s, m_tokensPerMonth, *m_catalog);
    if (role == Qt::TextAlignmentRole && index.column() >= BlendedPrice)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Monthly && !p.unpriced.isEmpty())
        return tr("No price for %1").arg(p.unpriced.join(QStringLiteral(", ")));
    if (role == Qt::ToolTipRole && index.column() == Mix)
        return tr("Edit as \"60% DeepSeek V4 Flash + 30% Qwen3-8B + 10% MiniMax M2.5\"");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return role == Qt::EditRole ? s.name : CatalogNames::display(s.name);
    case Mix:
        return CostProjector::formatMix(s.mix, *m_catalog);
    case BlendedPrice:
        return p.unpriced.isEmpty() ? Format::price(p.blendedPricePerM) : Format::price({});
    case Monthly:
        return Format::usd(p.monthlyUsd);
    case Saving: {
        if (index.row() == 0)
            return tr("baseline");
        const CostProjection base = CostProjector::project(m_strategies.first(), m_tokensPerMonth, *m_catalog);
        if (!base.monthlyUsd || !p.monthlyUsd || *base.monthlyUsd <= 0)
            return Format::percent({});
        return Format::percent((*p.monthlyUsd - *base.monthlyUsd) / *base.monthlyUsd * 100.0, true);
    }
    }
    return {};
}

QVariant StrategyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Saving)
        return tr("Change in monthly cost against the first strategy");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Strategy");
    case Mix:
        return tr("Routing mix");
    case BlendedPrice:
        return tr("$/M out", "USD per million output tokens");
    case Monthly:
        return tr("Per month");
    case Saving:
        return tr("vs first");
    }
    return {};
}

Qt::ItemFlags StrategyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Name || index.column() == Mix))
        f |= Qt::ItemIsEditable;
    return f;
}

bool StrategyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole)
        return false;
    RoutingStrategy &s = m_strategies[index.row()];
    if (index.column() == Name) {
        s.name = value.toString();
        Q_EMIT dataChanged(index, index);
        return true;
    }
    if (index.column() != Mix)
        return false;
    QString error;
    const auto mix = CostProjector::parseMix(value.toString(), *m_catalog, &error);
    if (!mix) {
        Q_EMIT mixRejected(error);
        return false;
    }
    s.mix = *mix;
    Q_EMIT dataChanged(this->index(index.row(), Mix), this->index(index.row(), Saving));
    if (index.row() == 0 && rowCount() > 1)
        Q_EMIT dataChanged(this->index(1, Saving), this->index(rowCount() - 1, Saving));
    return true;
}
