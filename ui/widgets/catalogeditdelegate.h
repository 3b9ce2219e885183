#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

// Editors for the catalog editor's cells: a price as text where empty means
// unknown, a date whose lowest value means unknown, and the saved endpoints
// offered for the endpoint.
class CatalogEditDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogEditDelegate)

public:
    explicit CatalogEditDelegate(QStringList endpointIds, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_endpointIds;
};
