#include "catalogeditor.h"

#include "catalogeditdelegate.h"
#include "models/catalogeditmodel.h"
#include "tableview.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

CatalogEditor::CatalogEditor(const Catalog &catalog, const QStringList &endpointIds, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_model(new CatalogEditModel(Catalog::builtIn(), this))
    , m_view(new TableView(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_reset(new QPushButton(tr("Reset to &seed"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Catalog"));
    m_model->setModels(catalog.models());
    m_view->setObjectName(QStringLiteral("catalogTable"));
    m_view->setSortingEnabled(false); // rows stay in catalog order, new ones at the end
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CatalogEditDelegate(endpointIds, m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CatalogEditModel::Name, QHeaderView::Stretch);

    auto *hint = new QLabel(tr("Double-click a cell to edit it. Prices are US dollars per million tokens, empty "
                               "when unknown. Built-in models can be edited but not removed."),
                            this);
    hint->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *import = new QPushButton(tr("&Import…"), this);
    m_remove->setToolTip(tr("Removes a model you added; models of the built-in catalog stay"));
    m_reset->setToolTip(tr("Puts an edited model back as the built-in catalog has it"));
    import->setToolTip(tr("Adds or overrides models from a catalog file (JSON)"));
    m_export->setToolTip(tr("Saves the whole catalog as a JSON file"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #d64545"));
    m_problem->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addWidget(m_reset);
    rowButtons->addStretch(1);
    rowButtons->addWidget(import);
    rowButtons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(980, 560);

    connect(add, &QPushButton::clicked, this, &CatalogEditor::addModel);
    connect(m_remove, &QPushButton::clicked, this, &CatalogEditor::removeModel);
    connect(m_reset, &QPushButton::clicked, this, &CatalogEditor::resetModel);
    connect(import, &QPushButton::clicked, this, &CatalogEditor::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &CatalogEditor::chooseExport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CatalogEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CatalogEditor::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogEditor::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CatalogEditor::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CatalogEditor::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogEditor::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogEditor::updateState);
    updateState();
}

CatalogEditor::~CatalogEditor()
{
    // A cell editor still open commits when QDialog's destructor hides the
    // dialog, after this one: there is no state to update by then.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
}

Catalog CatalogEditor::catalog() const
{
    Catalog c = m_catalog;
    for (const ModelInfo &m : m_catalog.models())
        c.remove(m.id); // the user's own models: the table has them, perhaps renamed
    for (ModelInfo m : m_model->models()) {
        if (m.name.isEmpty())
            m.name = m.id;
        c.upsert(m); // seed models in place, the user's in table order
    }
    return c;
}

bool CatalogEditor::importFile(const QString &path)
{
    if (const QStringList problems = m_model->problems(); !problems.isEmpty()) {
        say(tr("Fix the table before importing: %1").arg(problems.first()), true);
        return false;
    }
    Catalog merged = catalog();
    QString error;
    if (!merged.mergeFile(path, &error)) {
        say(tr("Nothing was imported. %1").arg(error), true);
        return false;
    }
    m_catalog = merged;
    m_model->setModels(merged.models());
    say(tr("Imported %1: the catalog has %n model(s).", nullptr, int(merged.models().size()))
            .arg(QFileInfo(path).fileName()),
        false);
    return true;
}

bool CatalogEditor::exportFile(const QString &path)
{
    if (const QStringList problems = m_model->problems(); !problems.isEmpty()) {
        say(tr("Fix the table before exporting: %1").arg(problems.first()), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(catalog().toJson()) < 0 || !file.commit()) {
        say(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    say(tr("Exported %n model(s) to %1.", nullptr, int(m_model->rowCount())).arg(QFileInfo(path).fileName()), false);
    return true;
}

QString CatalogEditor::message() const
{
    return m_problem->text().isEmpty() ? m_status->text() : m_problem->text();
}

void CatalogEditor::accept()
{
    if (!m_model->problems().isEmpty())
        return; // OK is disabled then; Enter in a cell editor must not slip past it
    QDialog::accept();
}

void CatalogEditor::addModel()
{
    const QModelIndex id = m_model->index(m_model->addModel(), CatalogEditModel::Id);
    m_view->setCurrentIndex(id);
    m_view->scrollTo(id);
    m_view->edit(id);
}

void CatalogEditor::removeModel()
{
    m_model->removeModel(currentRow());
}

void CatalogEditor::resetModel()
{
    m_model->resetToSeed(currentRow());
}

void CatalogEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a catalog"), QString(),
                                                      tr("Catalog files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CatalogEditor::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the catalog"), QStringLiteral("catalog.json"),
                                                      tr("Catalog files (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

void CatalogEditor::updateState()
{
    const QStringList problems = m_model->problems();
    m_problem->setText(problems.value(0));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    m_export->setEnabled(problems.isEmpty());
    const int row = currentRow();
    m_remove->setEnabled(m_model->isUserModel(row));
    m_reset->setEnabled(m_model->isEdited(row));
}

void CatalogEditor::say(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("color: #d64545") : QString());
}

int CatalogEditor::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}
