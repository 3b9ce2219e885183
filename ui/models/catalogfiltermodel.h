#pragma once

#include <QSortFilterProxyModel>

// The model picker's search and filters over a CatalogModel: free text (name,
// API id or provider), one provider, one price tier.
class CatalogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterModel)

public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setProvider(const QString &provider); // empty: every provider
    void setTierId(const QString &tierId);     // empty: every tier

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_provider;
    QString m_tierId;
};
