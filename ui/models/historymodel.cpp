#include "historymodel.h"

#include "catalog/catalognames.h"
#include "history/historyaccess.h"

#include <QColor>
#include <QLocale>

HistoryModel::HistoryModel(HistoryAccess *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{ }

void HistoryModel::reload(const QString &search)
{
    m_search = search;
    if (!m_history)
        return;
    // Answers come in the order asked: the last reload's is shown last.
    m_history->call(
        this, [search](HistoryStore &store) { return store.isOpen() ? store.runs(search) : QList<HistoryRun>(); },
        [this](const QList<HistoryRun> &runs) {
            beginResetModel();
            m_runs = runs;
            endResetModel();
            Q_EMIT reloaded();
        });
}

void HistoryModel::replace(const HistoryRun &run)
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == run.id) {
            m_runs[row] = run;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void HistoryModel::edit(const HistoryRun &changed, const HistoryRun &before)
{
    replace(changed);
    m_history->call(
        this,
        [id = before.id, name = changed.name, tags = changed.tags,
         rename = changed.name != before.name](HistoryStore &store) {
            QString error;
            if (rename ? store.rename(id, name, &error) : store.setTags(id, tags, &error))
                return QString();
            return error.isEmpty() ? HistoryModel::tr("The history refused the change.") : error;
        },
        [this, before](const QString &error) {
            if (error.isEmpty())
                return;
            replace(before);
            Q_EMIT storeError(error);
        });
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRun &r = m_runs.at(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::ForegroundRole && index.column() == State && r.state == HistoryRun::State::Interrupted)
        return QColor(0xd64545);
    if (role == Qt::ToolTipRole && index.column() == State && r.state == HistoryRun::State::Interrupted)
        return tr("The program ended during this run; the requests that finished are kept");
    if (role == SortRole) {
        switch (index.column()) {
        case Started:
            return r.startedUtc;
        case Requests:
            return r.requests;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return role == Qt::EditRole ? r.name : CatalogNames::runName(r.name);
    case State:
        return historyStateText(r.state);
    case Started:
        return QLocale().toString(r.startedUtc.toLocalTime(), QLocale::ShortFormat);
    case Requests:
        return role == Qt::DisplayRole && r.failed > 0 ? QVariant(tr("%1 (%2 failed)").arg(r.requests).arg(r.failed))
                                                       : QVariant(r.requests);
    case Kind:
        if (r.failed == r.requests && r.requests > 0)
            return tr("all failed"); // nothing was measured
        return r.simulated ? tr("simulated") : tr("measured");
    case Models:
        return r.models.size() > 3 ? tr("%n model(s)", nullptr, int(r.models.size()))
                                   : r.models.join(QStringLiteral(", "));
    case Regions: {
        QStringList names;
        for (const QString &id : r.regions)
            names.append(CatalogNames::display(m_regionNames.value(id, id)));
        return names.join(QStringLiteral(", "));
    }
    case Tags:
        return r.tags.join(QStringLiteral(", "));
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Started:
        return tr("Started");
    case Requests:
        return tr("Requests");
    case Kind:
        return tr("Kind");
    case Models:
        return tr("Models");
    case Regions:
        return tr("Regions");
    case Tags:
        return tr("Tags");
    }
    return {};
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Name || index.column() == Tags))
        f |= Qt::ItemIsEditable;
    return f;
}

bool HistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole)
        return false;
    const HistoryRun before = m_runs.at(index.row());
    HistoryRun changed = before;
    if (index.column() == Name) {
        changed.name = value.toString().trimmed();
        if (changed.name.isEmpty())
            return false;
    } else if (index.column() == Tags) {
        changed.tags.clear();
        for (const QString &t : value.toString().split(u',', Qt::SkipEmptyParts))
            changed.tags.append(t.trimmed());
    } else {
        return false;
    }
    if (!m_history)
        return false;
    edit(changed, before);
    return true;
}
