#include "promptmaker.h"

#include "dataset.h"
#include "publicdomaintext.h"
#include "tokenestimate.h"

#include <random>

PromptMaker::PromptMaker(Workload workload, QString instruction, quint64 runNonce,
                         std::shared_ptr<const Dataset> dataset)
    : m_workload(std::move(workload))
    , m_instruction(std::move(instruction))
    , m_nonce(runNonce)
    , m_dataset(std::move(dataset))
{ }

PromptMaker::Prompt PromptMaker::make(int lane, bool warmup, int iteration) const
{
    const QString marker = QStringLiteral("Request %1-%2-%3%4.")
                               .arg(m_nonce & 0xffffffffffffULL, 12, 16, QLatin1Char('0'))
                               .arg(lane)
                               .arg(QChar(warmup ? u'w' : u'm'))
                               .arg(iteration);
    if (m_dataset)
        return conversation(marker, warmup, iteration);
    const bool warm = m_workload.cache == Workload::Cache::Warm;
    Prompt p;
    QString body = m_instruction;
    if (m_workload.inputTokens > 0 || !m_workload.inputSweep.isEmpty()) {
        p.targetTokens = drawTarget(lane, warmup, iteration);
        const qsizetype wanted = TokenEstimate::charsFor(p.targetTokens);
        const qsizetype fixed = marker.size() + m_instruction.size() + 3; // the separators below
        // Unique prompts with a spread start their document at different
        // places too, as a RAG system's would; a warm cache repeats one.
        const qsizetype offset = warm ? 0 : qsizetype(drawTarget(lane, warmup, iteration + 7919)) * 31;
        body = document(qMax<qsizetype>(0, wanted - fixed), offset) + QStringLiteral("\n\n") + m_instruction;
    }
    p.text = warm ? body + u'\n' + marker : marker + u'\n' + body;
    return p;
}

namespace {

ChatMessage &firstSentTurn(QList<ChatMessage> &turns)
{
    for (ChatMessage &m : turns) {
        if (m.role != u"assistant")
            return m;
    }
    return turns.first();
}

} // namespace

// The dataset's conversation for the nth request, the same for every lane,
// with the marker first (unique prefixes) or at the end of its last turn (warm).
PromptMaker::Prompt PromptMaker::conversation(const QString &marker, bool warmup, int iteration) const
{
    Prompt p;
    p.messages = m_dataset->conversation(m_dataset->indexFor(m_workload.datasetSeed, warmup, iteration));
    if (p.messages.isEmpty())
        return p;
    if (m_workload.cache == Workload::Cache::Warm)
        p.messages.last().content += u'\n' + marker;
    else // on the first turn every dialect sends (Anthropic drops leading assistant turns)
        firstSentTurn(p.messages).content.prepend(marker + u'\n');
    p.text = p.messages.constLast().content;
    return p;
}

// The nth request's input length: uniform within the spread, from the run's
// nonce and the request, so a run's prompts can be made again.
int PromptMaker::drawTarget(int lane, bool warmup, int iteration) const
{
    const int n = m_workload.inputTokensAt(warmup ? 0 : iteration);
    if (m_workload.inputSpread <= 0)
        return n;
    std::seed_seq seq{quint32(m_nonce), quint32(m_nonce >> 32), quint32(lane), quint32(warmup), quint32(iteration)};
    std::mt19937_64 rng(seq);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    return qBound(1, int(std::lround(n * (1 + m_workload.inputSpread * unit(rng)))), Workload::kMaxInputTokens);
}

QString PromptMaker::document(qsizetype chars, qsizetype offset) const
{
    const QString &source = PublicDomainText::text();
    QString out;
    out.reserve(chars);
    qsizetype at = offset % source.size();
    while (out.size() < chars) {
        const qsizetype take = qMin(chars - out.size(), source.size() - at);
        out += QStringView(source).mid(at, take);
        at = 0;
    }
    return out;
}
