#include "catalogeditmodel.h"

#include "catalog/catalogwriter.h"
#include "core/format.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <cmath>
#include <iterator>

namespace {

constexpr double kMaxPrice = 1e6; // as Catalog::load accepts

const struct
{
    const char *text;
    const char *comment;
} kHeaders[] = {
    QT_TRANSLATE_NOOP3("CatalogEditModel", "Id", "catalog id of a model"),
    QT_TRANSLATE_NOOP3("CatalogEditModel", "Name", ""),
    QT_TRANSLATE_NOOP3("CatalogEditModel", "Provider", ""),
    QT_TRANSLATE_NOOP3("CatalogEditModel", "API id", "the id a request sends as model"),
    QT_TRANSLATE_NOOP3("CatalogEditModel", "Endpoint", ""),
    QT_TRANSLATE_NOOP3("CatalogEditModel", "$/M in", "USD per million input tokens"),
    QT_TRANSLATE_NOOP3("CatalogEditModel", "$/M out", "USD per million output tokens"),
    QT_TRANSLATE_NOOP3("CatalogEditModel", "Prices as of", ""),
    QT_TRANSLATE_NOOP3("CatalogEditModel", "Reasoning", "a model that thinks before it answers"),
};
const char *const kTips[] = {
    nullptr,
    nullptr,
    nullptr,
    QT_TRANSLATE_NOOP("CatalogEditModel", "Sent as \"model\" in requests; the id when empty"),
    QT_TRANSLATE_NOOP("CatalogEditModel", "The saved endpoint that serves this model; when empty, the run's endpoint"),
    QT_TRANSLATE_NOOP("CatalogEditModel", "Input price in US dollars per million tokens; empty when unknown"),
    QT_TRANSLATE_NOOP("CatalogEditModel", "Output price in US dollars per million tokens; empty when unknown"),
    QT_TRANSLATE_NOOP("CatalogEditModel", "When the prices were read; empty when unknown"),
    nullptr,
};
static_assert(std::size(kHeaders) == CatalogEditModel::ColumnCount
              && std::size(kTips) == CatalogEditModel::ColumnCount);

// A price as typed: every decimal it has, at least cents.
QString priceText(std::optional<double> v)
{
    if (!v)
        return Format::price(v);
    const QString shortest = QLocale().toString(*v, 'f', QLocale::FloatingPointShortest);
    const QString cents = QLocale().toString(*v, 'f', 2);
    return u'$' + (shortest.size() > cents.size() ? shortest : cents);
}

bool isEmptyValue(const QVariant &v)
{
    return !v.isValid() || v.isNull() || v.toString().trimmed().isEmpty();
}

} // namespace

CatalogEditModel::CatalogEditModel(Catalog seed, QObject *parent)
    : QAbstractTableModel(parent)
    , m_seed(std::move(seed))
{ }

int CatalogEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int CatalogEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelInfo &m = m_models.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Name:
            return m.name.isEmpty() ? m.id : m.name; // greyed: what OK will name it
        case ApiId:
            return m.sentId(); // greyed when it is just the id
        case Endpoint:
            return m.endpoint.isEmpty() ? tr("the run's", "endpoint of a model") : m.endpoint;
        case InputPrice:
            return priceText(m.inputPricePerM);
        case OutputPrice:
            return priceText(m.outputPricePerM);
        case PriceAsOf:
            return m.priceAsOf.isValid() ? m.priceAsOf.toString(Qt::ISODate) : tr("unknown", "price date");
        }
        [[fallthrough]];
    case Qt::EditRole:
        switch (col) {
        case Id:
            return m.id;
        case Name:
            return m.name;
        case Provider:
            return m.provider;
        case ApiId:
            return m.apiId;
        case Endpoint:
            return m.endpoint;
        case InputPrice:
            return m.inputPricePerM ? QVariant(*m.inputPricePerM) : QVariant();
        case OutputPrice:
            return m.outputPricePerM ? QVariant(*m.outputPricePerM) : QVariant();
        case PriceAsOf:
            return m.priceAsOf;
        }
        break;
    case Qt::CheckStateRole:
        if (col == Reasoning)
            return m.reasoning ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ForegroundRole:
        // Placeholders, not values: a fallback name, API id or endpoint, an unknown price or date.
        if ((col == Name && m.name.isEmpty()) || (col == ApiId && m.apiId.isEmpty())
            || (col == Endpoint && m.endpoint.isEmpty()) || (col == InputPrice && !m.inputPricePerM)
            || (col == OutputPrice && !m.outputPricePerM) || (col == PriceAsOf && !m.priceAsOf.isValid()))
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (col == Id && isEdited(index.row())) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (col == Id && m.userDefined)
            return tr("Added by you; Remove takes it out of the catalog");
        if (col == Id)
            return isEdited(index.row()) ? tr("Edited: differs from the built-in catalog (Reset to seed puts it back)")
                                         : tr("From the built-in catalog");
        return kTips[col] ? tr(kTips[col]) : QVariant();
    case Qt::TextAlignmentRole:
        if (col == InputPrice || col == OutputPrice)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant CatalogEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return tr(kHeaders[section].text, kHeaders[section].comment);
    if (role == Qt::ToolTipRole && kTips[section])
        return tr(kTips[section]);
    return {};
}

Qt::ItemFlags CatalogEditModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Reasoning)
        return f | Qt::ItemIsUserCheckable;
    // A seed model's id is what ties it to the seed; the user's own can be renamed.
    if (index.column() != Id || m_models.at(index.row()).userDefined)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CatalogEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    ModelInfo &m = m_models[index.row()];
    const int col = index.column();
    if (col == Reasoning) {
        if (role != Qt::CheckStateRole)
            return false;
        m.reasoning = value.value<Qt::CheckState>() == Qt::Checked;
        rowChanged(index.row());
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (col) {
    case Id:
        m.id = text;
        break;
    case Name:
        m.name = text;
        break;
    case Provider:
        m.provider = text;
        break;
    case ApiId:
        m.apiId = text == m.id ? QString() : text;
        break;
    case Endpoint:
        m.endpoint = text;
        break;
    case InputPrice:
    case OutputPrice: {
        std::optional<double> price;
        if (!isEmptyValue(value)) {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok || !std::isfinite(v) || v < 0 || v > kMaxPrice)
                return false; // never a made-up or negative price
            price = v;
        }
        (col == InputPrice ? m.inputPricePerM : m.outputPricePerM) = price;
        break;
    }
    case PriceAsOf: {
        QDate date;
        if (!isEmptyValue(value)) {
            date = value.metaType().id() == QMetaType::QDate ? value.toDate()
                                                             : QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
            if (!date.isValid())
                return false;
        }
        m.priceAsOf = date;
        break;
    }
    default:
        return false;
    }
    rowChanged(index.row());
    return true;
}

void CatalogEditModel::rowChanged(int row)
{
    // The whole row: the id column shows whether the model still matches the seed.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CatalogEditModel::setModels(const QList<ModelInfo> &models)
{
    beginResetModel();
    m_models = models;
    endResetModel();
}

int CatalogEditModel::addModel()
{
    const int row = rowCount();
    ModelInfo m;
    m.provider = tr("Custom", "provider of a user's model");
    m.userDefined = true;
    beginInsertRows({}, row, row);
    m_models.append(m);
    endInsertRows();
    return row;
}

bool CatalogEditModel::removeModel(int row)
{
    if (!isUserModel(row))
        return false;
    beginRemoveRows({}, row, row);
    m_models.removeAt(row);
    endRemoveRows();
    return true;
}

bool CatalogEditModel::resetToSeed(int row)
{
    if (!isEdited(row))
        return false;
    m_models[row] = *m_seed.model(m_models.at(row).id);
    rowChanged(row);
    return true;
}

bool CatalogEditModel::isUserModel(int row) const
{
    return row >= 0 && row < m_models.size() && m_models.at(row).userDefined;
}

bool CatalogEditModel::isEdited(int row) const
{
    if (row < 0 || row >= m_models.size() || m_models.at(row).userDefined)
        return false;
    const ModelInfo *seed = m_seed.model(m_models.at(row).id);
    return seed && CatalogWriter::model(*seed) != CatalogWriter::model(m_models.at(row));
}

QStringList CatalogEditModel::problems() const
{
    QStringList out;
    QHash<QString, int> seen;
    for (int row = 0; row < m_models.size(); ++row) {
        const QString &id = m_models.at(row).id;
        if (id.isEmpty())
            out.append(tr("Row %1 has no id: enter the id the model is known by.").arg(row + 1));
        else if (id.contains(u' '))
            out.append(tr("Row %1: the id \"%2\" has a space; ids have none.").arg(row + 1).arg(id));
        else if (seen.contains(id))
            out.append(tr("Rows %1 and %2 have the same id \"%3\"; ids must be unique.")
                           .arg(seen.value(id) + 1)
                           .arg(row + 1)
                           .arg(id));
        else
            seen.insert(id, row);
    }
    return out;
}
