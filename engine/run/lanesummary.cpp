#include "lanesummary.h"

#include "requestmetrics.h"
#include "requestrecord.h"

#include <QHash>

namespace {

struct Samples
{
    QList<double> ttft, ttftAny, tps, e2e, itl;
    QList<double> target, prompt, cold, cached;
};

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
        for (qsizetype i = 1; i < r.timeline.tokenEventsUs.size(); ++i)
            x.itl.append((r.timeline.tokenEventsUs.at(i) - r.timeline.tokenEventsUs.at(i - 1)) / 1000.0 * timeScale);
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].ttftMs = Distribution::of(samples[i].ttft);
        out[i].ttftAnyMs = Distribution::of(samples[i].ttftAny);
        out[i].tokensPerS = Distribution::of(samples[i].tps);
        out[i].e2eMs = Distribution::of(samples[i].e2e);
        out[i].itlMs = Distribution::of(samples[i].itl);
        out[i].inputTargetTokens = Distribution::of(samples[i].target);
        out[i].promptTokens = Distribution::of(samples[i].prompt);
        out[i].ttftColdAnyMs = Distribution::of(samples[i].cold);
        out[i].ttftCachedAnyMs = Distribution::of(samples[i].cached);
    }
    return out;
}
