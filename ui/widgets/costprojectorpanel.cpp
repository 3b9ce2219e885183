#include "costprojectorpanel.h"

#include "catalog/catalog.h"
#include "models/strategymodel.h"
#include "tableview.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CostProjectorPanel::CostProjectorPanel(const Catalog *catalog, StrategyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(model)
    , m_tokens(new QDoubleSpinBox(this))
    , m_message(new QLabel(this))
    , m_view(new TableView(this))
{
    m_tokens->setRange(0.001, 1e6);
    m_tokens->setDecimals(3);
    m_tokens->setSuffix(tr(" M output tokens / month"));
    m_tokens->setValue(model->tokensPerMonth() / 1e6);
    connect(m_tokens, &QDoubleSpinBox::valueChanged, this, [this](double m) { m_model->setTokensPerMonth(m * 1e6); });
    connect(model, &StrategyModel::mixRejected, m_message, &QLabel::setText);
    connect(model, &QAbstractItemModel::dataChanged, m_message, &QLabel::clear);
    m_message->setStyleSheet(QStringLiteral("color: #d64545"));
    m_message->setWordWrap(true);

    m_view->setModel(model);
    m_view->setSortingEnabled(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(StrategyModel::Mix, QHeaderView::Stretch);

    auto *reset = new QPushButton(tr("Study's example"), this);
    reset->setToolTip(tr("All GLM-5, all DeepSeek V4 Pro, and 60% V4 Flash / 30% Qwen3-8B / 10% MiniMax M2.5"));
    connect(reset, &QPushButton::clicked, this, [this] { m_model->setStrategies(CostProjector::publishedExample()); });
    auto *add = new QPushButton(tr("Add strategy"), this);
    add->setToolTip(tr("A new strategy; double-click its mix to edit it"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_model->addStrategy(
            {tr("Strategy %1").arg(m_model->rowCount() + 1),
             m_model->strategies().isEmpty() ? QList<RoutingShare>{} : m_model->strategies().constLast().mix});
    });
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->removeStrategy(current.row());
    });
    auto *note = new QLabel(
        tr("Output tokens only: input prices are not in the catalog. Double-click a name or mix to edit it."), this);
    note->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_tokens, 1);
    top->addWidget(reset);
    top->addWidget(add);
    top->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(note);
}

void CostProjectorPanel::addEvenMix(const QStringList &modelIds)
{
    if (modelIds.isEmpty())
        return;
    QList<RoutingShare> mix;
    for (const QString &id : modelIds)
        mix.append({id, 1.0 / double(modelIds.size())});
    m_model->addStrategy({tr("Even mix of %n model(s)", nullptr, int(modelIds.size())), mix});
}
