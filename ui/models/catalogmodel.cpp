#include "catalogmodel.h"

#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "core/format.h"
#include "style/colors.h"

#include <QColor>

CatalogModel::CatalogModel(Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog->models().size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogModel::tierId(int row) const
{
    const PriceTier *t = m_catalog->tierFor(m_catalog->models().at(row).outputPricePerM);
    return t ? t->id : QString();
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelInfo &m = m_catalog->models().at(index.row());
    const PriceTier *tier = m_catalog->tierFor(m.outputPricePerM);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.name;
        case Provider:
            return m.provider;
        case Tier:
            return tier ? CatalogNames::display(tier->name) : QString();
        case Price:
            return Format::price(m.outputPricePerM);
        case PublishedTtft:
            return Format::ms(m.publishedTtftMs);
        case PublishedTps:
            return Format::rate(m.publishedTokensPerS);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return m_checked.contains(m.id) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (index.column() == PublishedTtft || index.column() == PublishedTps)
            return tr("Published reference figure of the study, not a Tokenmeter measurement");
        if (index.column() == Name)
            return m.userDefined ? tr("%1 (API id %2, added by you)").arg(m.name, m.id)
                                 : tr("%1 (API id %2)").arg(m.name, m.id);
        break;
    case Qt::DecorationRole:
        if (index.column() == Tier && tier)
            return Colors::tier(int(tier - m_catalog->tiers().data()));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Price)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ModelIdRole:
        return m.id;
    case ProviderRole:
        return m.provider;
    case TierIdRole:
        return tier ? tier->id : QString();
    case SortRole:
        switch (index.column()) {
        case Price:
            return m.outputPricePerM ? QVariant(*m.outputPricePerM) : QVariant();
        case PublishedTtft:
            return m.publishedTtftMs ? QVariant(*m.publishedTtftMs) : QVariant();
        case PublishedTps:
            return m.publishedTokensPerS ? QVariant(*m.publishedTokensPerS) : QVariant();
        case Tier:
            return tier ? QVariant(int(tier - m_catalog->tiers().data())) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Model");
        case Provider:
            return tr("Provider");
        case Tier:
            return tr("Tier", "price tier");
        case Price:
            return tr("$/M out", "USD per million output tokens");
        case PublishedTtft:
            return tr("Pub. TTFT", "published time to first token, ms");
        case PublishedTps:
            return tr("Pub. tok/s", "published tokens per second");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Price:
            return tr("Output price in US dollars per million tokens");
        case PublishedTtft:
            return tr("Time to first token published by the study, in ms (reference, not measured)");
        case PublishedTps:
            return tr("Output speed published by the study, in tokens/s (reference, not measured)");
        }
    }
    return {};
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool CatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != Name)
        return false;
    const QString id = m_catalog->models().at(index.row()).id;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

QStringList CatalogModel::checkedIds() const
{
    QStringList ids;
    for (const ModelInfo &m : m_catalog->models()) {
        if (m_checked.contains(m.id))
            ids.append(m.id);
    }
    return ids;
}

void CatalogModel::setCheckedIds(const QStringList &ids)
{
    m_checked.clear();
    for (const QString &id : ids) {
        if (m_catalog->model(id))
            m_checked.insert(id);
    }
    emitCheckStates();
}

void CatalogModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked) {
        for (const ModelInfo &m : m_catalog->models())
            m_checked.insert(m.id);
    }
    emitCheckStates();
}

void CatalogModel::setTierChecked(const QString &tierId, bool checked)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (this->tierId(row) != tierId)
            continue;
        const QString id = m_catalog->models().at(row).id;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
    }
    emitCheckStates();
}

void CatalogModel::addModel(const ModelInfo &model)
{
    const bool known = m_catalog->model(model.id) != nullptr;
    if (!known)
        beginInsertRows({}, rowCount(), rowCount());
    m_catalog->upsert(model);
    m_checked.insert(model.id);
    if (!known) {
        endInsertRows();
    } else {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT checkedChanged();
}

void CatalogModel::replaceCatalog(const Catalog &catalog)
{
    beginResetModel();
    QSet<QString> checked;
    for (const ModelInfo &m : catalog.models()) {
        if (m_checked.contains(m.id) || !m_catalog->model(m.id))
            checked.insert(m.id);
    }
    *m_catalog = catalog;
    m_checked = checked;
    endResetModel();
    Q_EMIT checkedChanged();
}

QStringList CatalogModel::providers() const
{
    QStringList list;
    for (const ModelInfo &m : m_catalog->models()) {
        if (!list.contains(m.provider))
            list.append(m.provider);
    }
    list.sort(Qt::CaseInsensitive);
    return list;
}

void CatalogModel::emitCheckStates()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}
