#include "catalogfiltermodel.h"

#include "catalogmodel.h"

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void CatalogFilterModel::setProvider(const QString &provider)
{
    m_provider = provider;
    invalidateFilter();
}

void CatalogFilterModel::setTierId(const QString &tierId)
{
    m_tierId = tierId;
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, CatalogModel::Name, sourceParent);
    const QString provider = index.data(CatalogModel::ProviderRole).toString();
    if (!m_provider.isEmpty() && provider != m_provider)
        return false;
    if (!m_tierId.isEmpty() && index.data(CatalogModel::TierIdRole).toString() != m_tierId)
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(CatalogModel::ModelIdRole).toString().contains(m_text, Qt::CaseInsensitive)
        || provider.contains(m_text, Qt::CaseInsensitive);
}
