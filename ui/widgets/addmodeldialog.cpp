#include "addmodeldialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddModelDialog::AddModelDialog(QWidget *parent)
    : QDialog(parent)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_price(new QDoubleSpinBox(this))
    , m_priceUnknown(new QCheckBox(tr("Price unknown"), this))
    , m_reasoning(new QCheckBox(tr("Reasoning model (thinks before it answers)"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a model"));
    m_id->setPlaceholderText(tr("as the endpoint names it, e.g. gpt-4o-mini"));
    m_name->setPlaceholderText(tr("shown in tables and charts; the API id when empty"));
    m_price->setRange(0, 1000);
    m_price->setDecimals(3);
    m_price->setPrefix(QStringLiteral("$"));
    m_price->setSuffix(tr(" per million output tokens"));
    connect(m_priceUnknown, &QCheckBox::toggled, m_price, &QWidget::setDisabled);
    m_error->setStyleSheet(QStringLiteral("color: #d64545"));

    auto *form = new QFormLayout;
    form->addRow(tr("API id:"), m_id);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Output price:"), m_price);
    form->addRow(QString(), m_priceUnknown);
    form->addRow(QString(), m_reasoning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    const auto check = [this, buttons] {
        validate();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_error->text().isEmpty());
    };
    connect(m_id, &QLineEdit::textChanged, this, check);
    check();
}

void AddModelDialog::validate()
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty())
        m_error->setText(tr("Enter the model's API id."));
    else if (id.contains(u' '))
        m_error->setText(tr("An API id has no spaces."));
    else
        m_error->clear();
}

ModelInfo AddModelDialog::model() const
{
    ModelInfo m;
    m.id = m_id->text().trimmed();
    m.name = m_name->text().trimmed().isEmpty() ? m.id : m_name->text().trimmed();
    m.provider = m_provider->text().trimmed().isEmpty() ? tr("Custom") : m_provider->text().trimmed();
    if (!m_priceUnknown->isChecked())
        m.outputPricePerM = m_price->value();
    m.reasoning = m_reasoning->isChecked();
    m.userDefined = true;
    return m;
}
