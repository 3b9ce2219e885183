#include "modelpicker.h"

#include "addmodeldialog.h"
#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "models/catalogfiltermodel.h"
#include "models/catalogmodel.h"
#include "tableview.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ModelPicker::ModelPicker(Catalog *catalog, CatalogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(model)
    , m_filter(new CatalogFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new TableView(this))
{
    m_filter->setSourceModel(model);
    m_search->setPlaceholderText(tr("Search models (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &CatalogFilterModel::setSearchText);

    m_provider->addItem(tr("All providers"), QString());
    for (const QString &p : model->providers())
        m_provider->addItem(p, p);
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProvider(m_provider->currentData().toString()); });
    m_tier->addItem(tr("All tiers"), QString());
    for (const PriceTier &t : catalog->tiers())
        m_tier->addItem(CatalogNames::display(t.name), t.id);
    connect(m_tier, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTierId(m_tier->currentData().toString()); });

    auto *select = new QToolButton(this);
    select->setText(tr("Select"));
    select->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(select);
    menu->addAction(tr("All models"), this, [this] { m_model->setAllChecked(true); });
    menu->addAction(tr("No model"), this, [this] { m_model->setAllChecked(false); });
    menu->addSeparator();
    for (const PriceTier &t : catalog->tiers()) {
        const QString id = t.id;
        menu->addAction(tr("Whole tier: %1").arg(CatalogNames::display(t.name)), this,
                        [this, id] { m_model->setTierChecked(id, true); });
    }
    menu->addSeparator();
    for (const PriceTier &t : catalog->tiers()) {
        const QString id = t.id;
        menu->addAction(tr("Clear tier: %1").arg(CatalogNames::display(t.name)), this,
                        [this, id] { m_model->setTierChecked(id, false); });
    }
    select->setMenu(menu);
    auto *add = new QPushButton(tr("Add model…"), this);
    add->setToolTip(tr("Add a model of your own to the catalog"));
    connect(add, &QPushButton::clicked, this, &ModelPicker::addCustomModel);
    auto *fetch = new QPushButton(tr("Fetch models…"), this);
    fetch->setToolTip(tr("List the models the endpoint in the run settings serves, and add some"));
    connect(fetch, &QPushButton::clicked, this, &ModelPicker::fetchRequested);

    m_view->setModel(m_filter);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 8);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_provider, 1);
    filters->addWidget(m_tier, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(select);
    actions->addWidget(add);
    actions->addWidget(fetch);
    actions->addStretch(1);
    actions->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    connect(model, &CatalogModel::checkedChanged, this, &ModelPicker::updateCount);
    updateCount();
}

void ModelPicker::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ModelPicker::updateCount()
{
    m_count->setText(tr("%n model(s) picked", nullptr, int(m_model->checkedIds().size())));
}

void ModelPicker::addCustomModel()
{
    AddModelDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ModelInfo m = dialog.model();
    m_model->addModel(m);
    if (m_provider->findData(m.provider) < 0)
        m_provider->addItem(m.provider, m.provider);
}

void ModelPicker::offerModels(const QStringList &ids, const QString &provider)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Models the endpoint serves"));
    auto *list = new QListWidget(dialog);
    for (const QString &id : ids) {
        auto *item = new QListWidgetItem(id, list);
        const bool known = m_catalog->model(id) != nullptr;
        item->setFlags(known ? Qt::ItemIsSelectable
                             : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable));
        item->setCheckState(Qt::Unchecked);
        if (known)
            item->setToolTip(tr("Already in the catalog"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add checked"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(
        tr("%n model(s) listed; check those to add (no price until you give one).", nullptr, int(ids.size())), dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, list, provider] {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() != Qt::Checked)
                continue;
            ModelInfo m;
            m.id = m.name = list->item(i)->text();
            m.provider = provider;
            m.userDefined = true;
            m_model->addModel(m);
            if (m_provider->findData(provider) < 0)
                m_provider->addItem(provider, provider);
        }
    });
    dialog->open();
}
