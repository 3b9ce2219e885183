#pragma once

#include <QWidget>

class Catalog;
class CatalogFilterModel;
class CatalogModel;
class QComboBox;
class QLabel;
class QLineEdit;
class TableView;

// Picks the models of a run: the catalog as a checkable table with search,
// provider and tier filters, whole-tier selection and custom models.
class ModelPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    ModelPicker(Catalog *catalog, CatalogModel *model, QWidget *parent = nullptr);

    void focusSearch();
    // Offers the models an endpoint listed; the chosen join the catalog, checked.
    void offerModels(const QStringList &ids, const QString &provider);

    TableView *view() const { return m_view; }

Q_SIGNALS:
    // The user asked for the models of the endpoint in the run settings.
    void fetchRequested();

private:
    void updateCount();
    void addCustomModel();

    const Catalog *m_catalog;
    CatalogModel *m_model;
    CatalogFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QComboBox *m_tier;
    QLabel *m_count;
    TableView *m_view;
};
