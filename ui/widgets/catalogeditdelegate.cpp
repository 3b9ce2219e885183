#include "catalogeditdelegate.h"

#include "models/catalogeditmodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QLocale>

namespace {

const QDate kUnknownDate(2000, 1, 1); // the date editor's lowest value, shown as "unknown"

// A price, or nothing for unknown: the view only commits what its validator accepts.
class PriceValidator final : public QDoubleValidator
{
public:
    using QDoubleValidator::QDoubleValidator;

    State validate(QString &input, int &pos) const override
    {
        return input.trimmed().isEmpty() ? Acceptable : QDoubleValidator::validate(input, pos);
    }
};

bool isPrice(const QModelIndex &index)
{
    return index.column() == CatalogEditModel::InputPrice || index.column() == CatalogEditModel::OutputPrice;
}

} // namespace

CatalogEditDelegate::CatalogEditDelegate(QStringList endpointIds, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_endpointIds(std::move(endpointIds))
{ }

QWidget *CatalogEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (isPrice(index)) {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("unknown", "price"));
        auto *validator = new PriceValidator(0, 1e6, 6, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    if (index.column() == CatalogEditModel::PriceAsOf) {
        auto *edit = new QDateEdit(parent);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kUnknownDate);
        edit->setSpecialValueText(tr("unknown", "price date"));
        edit->setCalendarPopup(true);
        return edit;
    }
    if (index.column() == CatalogEditModel::Endpoint && !m_endpointIds.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(m_endpointIds);
        combo->setToolTip(tr("Empty: the run's endpoint"));
        // The cell is narrow; the list of endpoints need not be.
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 32);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CatalogEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && isPrice(index)) {
        edit->setText(value.isValid() ? QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest)
                                      : QString());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = value.toDate();
        date->setDate(d.isValid() ? d : kUnknownDate);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void CatalogEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && isPrice(index)) {
        const QString text = edit->text().trimmed();
        bool ok = false;
        const double price = QLocale().toDouble(text, &ok);
        if (text.isEmpty())
            model->setData(index, QVariant());
        else if (ok)
            model->setData(index, price);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date() == kUnknownDate ? QDate() : date->date());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}
