#pragma once

#include "catalog/catalog.h"

#include <QDialog>
#include <QStringList>

class CatalogEditModel;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class TableView;

// Edits the catalog in a table (prices and their date, API ids, endpoints),
// adds and removes the user's own models, and imports or exports catalog
// files. Works on a copy: catalog() is what OK applies, Cancel drops it.
class CatalogEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogEditor)

public:
    // `endpointIds`: the saved endpoints a model can be served by.
    explicit CatalogEditor(const Catalog &catalog, const QStringList &endpointIds = {}, QWidget *parent = nullptr);
    ~CatalogEditor() override;

    // The catalog with the table's edits.
    Catalog catalog() const;
    CatalogEditModel *model() const { return m_model; }
    TableView *view() const { return m_view; }

    // Merges a catalog file into the table; a broken file changes nothing and
    // the message names its file, line and field.
    bool importFile(const QString &path);
    // Writes the whole edited catalog (tokenmeter.catalog/1) to `path`.
    bool exportFile(const QString &path);
    // The last import or export message, or what keeps OK disabled.
    QString message() const;

    void accept() override;

private:
    void addModel();
    void removeModel();
    void resetModel();
    void chooseImport();
    void chooseExport();
    void updateState();
    void say(const QString &text, bool error);
    int currentRow() const;

    Catalog m_catalog; // tiers, bands and regions; the models are the table's
    CatalogEditModel *m_model;
    TableView *m_view;
    QPushButton *m_remove;
    QPushButton *m_reset;
    QPushButton *m_export;
    QLabel *m_problem;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
