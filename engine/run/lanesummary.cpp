#include "lanesummary.h"

#include "requestmetrics.h"
#include "requestrecord.h"

#include <QHash>
#include <QStringList>

namespace {

struct Samples
{
    QList<double> ttft, ttftAny, tps, e2e, itl;
    QList<double> target, prompt, cold, cached;
    QList<double> answerCps, reasoningCps, toolCps, toolMs, outputTokens;
};

// A measured request's text speeds, output length and first token's kind.
void addOutput(const RequestRecord &r, const RequestMetrics &m, LaneSummary *s, Samples *x)
{
    if (m.answerCharsPerS)
        x->answerCps.append(*m.answerCharsPerS);
    if (m.reasoningCharsPerS)
        x->reasoningCps.append(*m.reasoningCharsPerS);
    if (m.toolCharsPerS)
        x->toolCps.append(*m.toolCharsPerS);
    if (m.toolMs)
        x->toolMs.append(*m.toolMs);
    if (m.outputTokens)
        x->outputTokens.append(double(*m.outputTokens));
    switch (r.timeline.firstKind) {
    case TokenKind::Answer:
        ++s->firstAnswer;
        break;
    case TokenKind::Reasoning:
        ++s->firstReasoning;
        break;
    case TokenKind::ToolCall:
        ++s->firstTool;
        break;
    case TokenKind::None:
        break;
    }
}

// A measured request's input length and whether the prompt cache served it.
void addWorkload(const RequestRecord &r, const RequestMetrics &m, LaneSummary *s, Samples *x)
{
    if (r.inputTargetTokens > 0)
        x->target.append(r.inputTargetTokens);
    if (r.timeline.usagePromptTokens)
        x->prompt.append(double(*r.timeline.usagePromptTokens));
    if (!m.ttftAnyMs)
        return;
    if (r.timeline.usageCachedTokens.value_or(0) > 0) {
        ++s->cachedRequests;
        x->cached.append(*m.ttftAnyMs);
    } else {
        x->cold.append(*m.ttftAnyMs);
    }
}

// A lane's distributions from its samples.
void finish(const Samples &x, LaneSummary *s)
{
    s->ttftMs = Distribution::of(x.ttft);
    s->ttftAnyMs = Distribution::of(x.ttftAny);
    s->tokensPerS = Distribution::of(x.tps);
    s->e2eMs = Distribution::of(x.e2e);
    s->itlMs = Distribution::of(x.itl);
    s->inputTargetTokens = Distribution::of(x.target);
    s->promptTokens = Distribution::of(x.prompt);
    s->ttftColdAnyMs = Distribution::of(x.cold);
    s->ttftCachedAnyMs = Distribution::of(x.cached);
    s->answerCharsPerS = Distribution::of(x.answerCps);
    s->reasoningCharsPerS = Distribution::of(x.reasoningCps);
    s->toolCharsPerS = Distribution::of(x.toolCps);
    s->toolCallMs = Distribution::of(x.toolMs);
    s->outputTokensEach = Distribution::of(x.outputTokens);
}

} // namespace

QList<LaneSummary> LaneSummary::summarize(const QList<RequestRecord> &records,
                                          const std::function<ModelPrice(const QString &)> &priceOf, double timeScale,
                                          const QList<RequestMetrics> *metrics)
{
    Q_ASSERT(!metrics || metrics->size() == records.size());
    QList<LaneSummary> out;
    QList<Samples> samples;
    QHash<QPair<QString, QString>, qsizetype> index;
    for (qsizetype ri = 0; ri < records.size(); ++ri) {
        const RequestRecord &r = records.at(ri);
        const auto key = qMakePair(r.model, r.region);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            LaneSummary s;
            s.model = r.model;
            s.region = r.region;
            const ModelPrice price = priceOf(r.model);
            if (price.outputPerM) {
                s.costUsd = 0.0;
                s.costCoversInput = price.inputPerM.has_value();
            }
            out.append(s);
            samples.append(Samples{});
            it = index.insert(key, out.size() - 1);
        }
        LaneSummary &s = out[*it];
        Samples &x = samples[*it];
        const RequestMetrics m = metrics ? metrics->at(ri) : RequestMetrics::from(r.timeline, timeScale);

        if (m.outputTokens) {
            s.outputTokens += *m.outputTokens;
            s.tokensEstimated |= m.tokenSource == TokenSource::Events
                && r.ok(); // a stopped request's count is no estimate
        }
        const ModelPrice price = priceOf(r.model);
        if (s.costUsd && m.outputTokens)
            *s.costUsd += *m.outputTokens * *price.outputPerM / 1e6;
        if (s.costUsd && price.inputPerM && r.timeline.usagePromptTokens)
            *s.costUsd += *r.timeline.usagePromptTokens * *price.inputPerM / 1e6;

        if (r.retried) {
            ++s.retries;
            continue;
        }
        if (r.failed())
            ++s.errors; // a warm-up's failure is one too: the window's count and the table's agree
        if (r.warmup) {
            ++s.warmups;
            continue;
        }
        if (!r.ok())
            continue;
        ++s.n;
        if (m.ttftMs)
            x.ttft.append(*m.ttftMs);
        if (m.ttftAnyMs)
            x.ttftAny.append(*m.ttftAnyMs);
        if (m.tokensPerS)
            x.tps.append(*m.tokensPerS);
        if (m.e2eMs)
            x.e2e.append(*m.e2eMs);
        addWorkload(r, m, &s, &x);
        addOutput(r, m, &s, &x);
        for (qsizetype i = 1; i < r.timeline.tokenEventsUs.size(); ++i)
            x.itl.append((r.timeline.tokenEventsUs.at(i) - r.timeline.tokenEventsUs.at(i - 1)) / 1000.0 * timeScale);
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        finish(samples.at(i), &out[i]);
    return out;
}

TokenKind LaneSummary::firstKind() const
{
    const int kinds = (firstAnswer > 0) + (firstReasoning > 0) + (firstTool > 0);
    if (kinds != 1)
        return TokenKind::None;
    return firstAnswer > 0 ? TokenKind::Answer : firstReasoning > 0 ? TokenKind::Reasoning : TokenKind::ToolCall;
}

QString LaneSummary::firstKindText() const
{
    if (const TokenKind kind = firstKind(); kind != TokenKind::None)
        return tokenKindText(kind);
    QStringList parts;
    const std::pair<TokenKind, int> counts[]{{TokenKind::Reasoning, firstReasoning},
                                             {TokenKind::ToolCall, firstTool},
                                             {TokenKind::Answer, firstAnswer}};
    for (const auto &[kind, count] : counts) {
        if (count > 0)
            parts << tokenKindText(kind) + u' ' + QString::number(count);
    }
    return parts.join(QStringLiteral(", "));
}
