#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

class Catalog;
struct ModelInfo;

// The catalog as the model picker shows it: one checkable row per model with
// its price, tier and the published (reference, not measured) figures.
class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModel)

public:
    enum Column { Name, Provider, Tier, Price, PublishedTtft, PublishedTps, ColumnCount };
    enum Role {
        ModelIdRole = Qt::UserRole + 1,
        ProviderRole,
        TierIdRole,
        SortRole, // raw numbers for sorting
    };

    explicit CatalogModel(Catalog *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Checked model ids in catalog order.
    QStringList checkedIds() const;
    void setCheckedIds(const QStringList &ids);
    void setAllChecked(bool checked);
    // Checks (or unchecks) every model of a tier.
    void setTierChecked(const QString &tierId, bool checked);
    // Adds a user's model to the catalog (or replaces one with its id), checked.
    void addModel(const ModelInfo &model);
    // Replaces the whole catalog (the catalog editor's OK) in one reset. Models
    // still there keep their check; models new to the catalog come in checked.
    void replaceCatalog(const Catalog &catalog);

    QStringList providers() const;
    const Catalog &catalog() const { return *m_catalog; }

Q_SIGNALS:
    void checkedChanged();

private:
    QString tierId(int row) const;
    void emitCheckStates();

    Catalog *m_catalog;
    QSet<QString> m_checked;
};
