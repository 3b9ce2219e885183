#include "requestmodel.h"

#include "core/format.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace {

QVariant opt(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

RequestModel::RequestModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RequestModel::setNames(const QHash<QString, QString> &modelNames, const QHash<QString, QString> &regionNames)
{
    m_modelNames = modelNames;
    m_regionNames = regionNames;
}

void RequestModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_metrics.clear();
    endResetModel();
}

void RequestModel::append(const QList<RequestRecord> &records, int first, int last)
{
    const auto mirror = [this](const QList<RequestRecord> &added) {
        for (const RequestRecord &r : added) {
            m_records.append(r);
            m_metrics.append(RequestMetrics::from(r.timeline, m_timeScale));
        }
    };
    if (first < m_records.size()) { // the run's list was replaced: mirror it whole
        beginResetModel();
        m_records.clear();
        m_metrics.clear();
        mirror(records.mid(0, last + 1));
        endResetModel();
        return;
    }
    if (last < first)
        return;
    beginInsertRows({}, int(m_records.size()), int(m_records.size()) + last - first);
    mirror(records.mid(first, last - first + 1));
    endInsertRows();
}

int RequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecord &r = m_records.at(index.row());
    if (role == RecordIndexRole)
        return index.row();
    // Failures red; a request stopped with the run grey: it is no failure.
    if (role == Qt::ForegroundRole && r.failed())
        return QColor(0xd64545);
    if (role == Qt::ForegroundRole && r.timeline.status == RequestStatus::Cancelled)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == Error)
        return r.timeline.error;
    if (role == Qt::TextAlignmentRole && index.column() >= Ttft && index.column() <= E2e && index.column() != Source
        && index.column() != FirstKind)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const RequestMetrics &m = m_metrics.at(index.row());
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Model:
        return m_modelNames.value(r.model, r.model);
    case Region:
        return m_regionNames.value(r.region, r.region);
    case Iteration:
        if (sort)
            return r.warmup ? -1 - r.iteration : r.iteration + 1;
        return r.warmup ? tr("warm-up %1").arg(r.iteration + 1) : QString::number(r.iteration + 1);
    case Status:
        return r.retried ? tr("%1, tried again").arg(statusText(r.timeline.status)) : statusText(r.timeline.status);
    case Ttft:
        return sort ? opt(m.ttftMs) : QVariant(Format::ms(m.ttftMs));
    case TtftAny:
        return sort ? opt(m.ttftAnyMs) : QVariant(Format::ms(m.ttftAnyMs));
    case Tps: {
        if (sort)
            return opt(m.tokensPerS);
        const QString prefix = m.tokenSource == TokenSource::Events ? QStringLiteral("~") : QString();
        return m.tokensPerS ? prefix + Format::rate(m.tokensPerS) : Format::rate({});
    }
    case FirstKind:
        return tokenKindText(r.timeline.firstKind);
    case Chars:
        if (sort)
            return opt(m.answerCharsPerS);
        return m.answerCharsPerS ? Format::integer(qRound64(*m.answerCharsPerS)) : Format::rate({});
    case Tokens:
        return m.outputTokens ? QVariant(*m.outputTokens) : (sort ? QVariant() : QVariant(Format::rate({})));
    case Source:
        return tokenSourceId(m.tokenSource);
    case E2e:
        return sort ? opt(m.e2eMs) : QVariant(Format::ms(m.e2eMs));
    case Error:
        return r.timeline.error;
    }
    return {};
}

QVariant RequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model:
        return tr("Model");
    case Region:
        return tr("Region");
    case Iteration:
        return tr("Iteration");
    case Status:
        return tr("Status");
    case Ttft:
        return tr("TTFT ms");
    case TtftAny:
        return tr("Any ms", "first token of any kind, reasoning included");
    case FirstKind:
        return tr("1st token", "what the first token was: answer, reasoning or tool call");
    case Tps:
        return tr("tok/s");
    case Chars:
        return tr("chars/s", "answer text, characters per second");
    case Tokens:
        return tr("Tokens");
    case Source:
        return tr("Token source");
    case E2e:
        return tr("E2E ms", "end-to-end time");
    case Error:
        return tr("Error");
    }
    return {};
}
