#include "leaderboardmodel.h"

#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "core/format.h"
#include "run/requestrecord.h"
#include "style/colors.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

std::optional<double> pct(const Distribution &d, double Distribution::*field)
{
    return d.isEmpty() ? std::nullopt : std::optional<double>(d.*field);
}

QVariant opt(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

QString wholeRate(std::optional<double> v)
{
    return v ? Format::integer(qRound64(*v)) : Format::rate({});
}

// Every text speed a lane has: answer, reasoning, a tool call's arguments.
QString charsToolTip(const LaneSummary &l)
{
    QStringList lines{LeaderboardModel::tr("Answer text: %1 characters/s (p50)")
                          .arg(wholeRate(pct(l.answerCharsPerS, &Distribution::p50)))};
    if (!l.reasoningCharsPerS.isEmpty())
        lines << LeaderboardModel::tr("Reasoning: %1 characters/s").arg(wholeRate(l.reasoningCharsPerS.p50));
    if (!l.toolCharsPerS.isEmpty())
        lines << LeaderboardModel::tr("Tool call arguments: %1 characters/s").arg(wholeRate(l.toolCharsPerS.p50));
    return lines.join(u'\n');
}

} // namespace

LeaderboardModel::LeaderboardModel(const Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

void LeaderboardModel::setRows(const QList<LeaderboardRow> &rows)
{
    QHash<QString, int> known;
    for (int i = 0; i < m_rows.size(); ++i)
        known.insert(laneKey(m_rows.at(i).lane.model, m_rows.at(i).lane.region), i);
    QList<LeaderboardRow> added;
    for (const LeaderboardRow &row : rows) {
        const auto it = known.constFind(laneKey(row.lane.model, row.lane.region));
        if (it != known.cend())
            m_rows[*it] = row;
        else
            added.append(row);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (!added.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void LeaderboardModel::setTtftKind(TtftKind kind)
{
    if (kind == m_ttftKind)
        return;
    m_ttftKind = kind;
    Q_EMIT headerDataChanged(Qt::Horizontal, TtftP50, TtftP99);
}

void LeaderboardModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LeaderboardModel::bandIndex(const LeaderboardRow &row) const
{
    const TtftBand *b = m_catalog->bandFor(row.ttftP50());
    return b ? int(b - m_catalog->bands().data()) : -1;
}

QVariant LeaderboardModel::display(const LeaderboardRow &row, int column) const
{
    const LaneSummary &l = row.lane;
    const QString estimated = l.tokensEstimated ? QStringLiteral("~") : QString();
    switch (column) {
    case Model:
        return row.name;
    case Provider:
        return row.provider;
    case Region:
        return m_regionNames.value(l.region, l.region);
    case Price:
        return Format::price(row.outputPricePerM);
    case N:
        return l.n;
    case TtftP50:
        return Format::ms(row.ttftP50());
    case TtftP90:
        return Format::ms(row.ttftP90());
    case TtftP99:
        return Format::ms(row.ttftP99());
    case FirstKind:
        return l.firstKindText();
    case TpsP50:
        return l.tokensPerS.isEmpty() ? Format::rate({}) : estimated + Format::rate(l.tokensPerS.p50);
    case CharsP50:
        return wholeRate(pct(l.answerCharsPerS, &Distribution::p50));
    case OutputTokens:
        return l.outputTokensEach.isEmpty() ? Format::rate({})
                                            : estimated + Format::integer(qRound64(l.outputTokensEach.p50));
    case E2eP50:
        return Format::ms(pct(l.e2eMs, &Distribution::p50));
    case ItlP99:
        return Format::ms(pct(l.itlMs, &Distribution::p99));
    case Errors:
        return l.errors;
    case Cost:
        return Format::usd(l.costUsd);
    case Tier:
        return CatalogNames::display(row.tier);
    case Band: {
        const TtftBand *b = m_catalog->bandFor(row.ttftP50());
        return b ? CatalogNames::display(b->name) : QString();
    }
    }
    return {};
}

QVariant LeaderboardModel::sortValue(const LeaderboardRow &row, int column) const
{
    const LaneSummary &l = row.lane;
    switch (column) {
    case Price:
        return opt(row.outputPricePerM);
    case N:
        return l.n;
    case TtftP50:
        return opt(row.ttftP50());
    case TtftP90:
        return opt(row.ttftP90());
    case TtftP99:
        return opt(row.ttftP99());
    case TpsP50:
        return opt(pct(l.tokensPerS, &Distribution::p50));
    case CharsP50:
        return opt(pct(l.answerCharsPerS, &Distribution::p50));
    case OutputTokens:
        return opt(pct(l.outputTokensEach, &Distribution::p50));
    case E2eP50:
        return opt(pct(l.e2eMs, &Distribution::p50));
    case ItlP99:
        return opt(pct(l.itlMs, &Distribution::p99));
    case Errors:
        return l.errors;
    case Cost:
        return opt(l.costUsd);
    case Tier: {
        const PriceTier *t = m_catalog->tierFor(row.outputPricePerM);
        return t ? QVariant(int(t - m_catalog->tiers().data())) : QVariant();
    }
    case Band:
        return bandIndex(row);
    default:
        return display(row, column);
    }
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaderboardRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case BandIndexRole:
        return bandIndex(row);
    case ModelIdRole:
        return row.lane.model;
    case RegionIdRole:
        return row.lane.region;
    case Qt::BackgroundRole:
        if (const int band = bandIndex(row); band >= 0)
            return Colors::rowTint(Colors::band(band), QGuiApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Price && index.column() <= Cost && index.column() != FirstKind)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if ((index.column() == TpsP50 || index.column() == OutputTokens) && row.lane.tokensEstimated)
            return tr("Estimated: the server sent no usage, so tokens were counted as events");
        if (index.column() == OutputTokens && !row.lane.outputTokensEach.isEmpty())
            return tr("Output tokens per request: p50 %1, from %2 to %3")
                .arg(Format::integer(qRound64(row.lane.outputTokensEach.p50)),
                     Format::integer(qRound64(row.lane.outputTokensEach.min)),
                     Format::integer(qRound64(row.lane.outputTokensEach.max)));
        if (index.column() == CharsP50)
            return charsToolTip(row.lane);
        if (index.column() == Cost && !row.outputPricePerM)
            return tr("No price in the catalog for this model");
        if (index.column() == Cost)
            return tr("Output tokens of every request sent, warm-ups included, at the catalog price");
        break;
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Model:
            return tr("Model");
        case Provider:
            return tr("Provider");
        case Region:
            return tr("Region");
        case Price:
            return tr("$/M out", "USD per million output tokens");
        case N:
            return tr("n", "number of successful measured requests");
        case TtftP50:
            return tr("TTFT p50");
        case TtftP90:
            return tr("TTFT p90");
        case TtftP99:
            return tr("TTFT p99");
        case FirstKind:
            return tr("1st token", "what the first token was: answer, reasoning or tool call");
        case TpsP50:
            return tr("tok/s p50");
        case CharsP50:
            return tr("chars/s p50", "answer text, characters per second");
        case OutputTokens:
            return tr("Out tok", "output tokens per request, p50");
        case E2eP50:
            return tr("E2E p50", "end-to-end time");
        case ItlP99:
            return tr("ITL p99", "inter-token latency");
        case Errors:
            return tr("Errors");
        case Cost:
            return tr("Cost");
        case Tier:
            return tr("Tier", "price tier");
        case Band:
            return tr("Band", "TTFT band");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TtftP50:
        case TtftP90:
        case TtftP99:
            return m_ttftKind == TtftKind::FirstToken
                ? tr("Time to the first token of any kind (reasoning included), in ms")
                : tr("Time to the first visible answer text, in ms");
        case TpsP50:
            return tr("Output tokens per second after the first token (median of requests)");
        case FirstKind:
            return tr("What the first token was: answer text, reasoning or a tool call");
        case CharsP50:
            return tr("Answer text in characters per second after its first event (median of requests): unlike "
                      "tokens/s, independent of the model's tokenizer");
        case OutputTokens:
            return tr("Output tokens per request (median); lanes whose lengths differ by more than 20% are named in "
                      "the notes");
        case ItlP99:
            return tr("99th percentile of the gaps between token events, in ms");
        case N:
            return tr("Successful measured requests (warm-ups excluded)");
        }
    }
    return {};
}
