#pragma once

#include "catalog/catalog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// The catalog editor's table: one row per model with the fields a user keeps
// up to date (API id, endpoint, prices and their date), edited on a copy.
class CatalogEditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogEditModel)

public:
    enum Column { Id, Name, Provider, ApiId, Endpoint, InputPrice, OutputPrice, PriceAsOf, Reasoning, ColumnCount };

    // `seed` tells the models that may not be removed, and what a reset restores.
    explicit CatalogEditModel(Catalog seed, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Prices take a number >= 0, or an empty value for unknown; dates a QDate
    // or "YYYY-MM-DD", empty for unknown. Anything else is refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setModels(const QList<ModelInfo> &models);
    const QList<ModelInfo> &models() const { return m_models; }
    // Appends a model of the user's own, with no id yet; returns its row.
    int addModel();
    // Only the user's own models can go.
    bool removeModel(int row);
    // Puts an edited seed model back as the seed has it.
    bool resetToSeed(int row);
    bool isUserModel(int row) const;
    bool isEdited(int row) const;

    // What keeps the table from being applied: empty or duplicate ids.
    QStringList problems() const;

private:
    void rowChanged(int row);

    Catalog m_seed;
    QList<ModelInfo> m_models;
};
