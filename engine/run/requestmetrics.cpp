#include "requestmetrics.h"

#include "statistics.h"
#include "stream/requesttimeline.h"

namespace {
std::optional<double> ms(qint32 us, double scale)
{
    return us < 0 ? std::nullopt : std::optional<double>(us / 1000.0 * scale);
}
} // namespace

QString tokenSourceId(TokenSource source)
{
    switch (source) {
    case TokenSource::Usage:
        return QStringLiteral("usage");
    case TokenSource::Events:
        return QStringLiteral("events");
    case TokenSource::None:
        break;
    }
    return QStringLiteral("none");
}

RequestMetrics RequestMetrics::from(const RequestTimeline &t, double timeScale)
{
    RequestMetrics m;
    m.headersMs = ms(t.headersUs, timeScale);
    m.ttftMs = ms(t.firstContentUs, timeScale);
    m.ttftAnyMs = ms(t.firstAnyUs, timeScale);
    m.toolMs = ms(t.tool.firstUs, timeScale);
    m.e2eMs = ms(t.endUs, timeScale);
    if (t.usageCompletionTokens) {
        m.outputTokens = t.usageCompletionTokens;
        m.tokenSource = TokenSource::Usage;
    } else if (!t.tokenEventsUs.isEmpty()) {
        m.outputTokens = t.tokenEventsUs.size();
        m.tokenSource = TokenSource::Events;
    }
    const qint32 first = t.firstAnyUs;
    const qint32 last = t.lastTokenUs();
    if (m.outputTokens && *m.outputTokens > 1 && first >= 0 && last > first)
        m.tokensPerS = double(*m.outputTokens - 1) / ((last - first) / 1e6 * timeScale);
    m.answerCharsPerS = t.answer.charsPerS(timeScale);
    m.reasoningCharsPerS = t.reasoning.charsPerS(timeScale);
    m.toolCharsPerS = t.tool.charsPerS(timeScale);
    if (t.tokenEventsUs.size() > 1) {
        QList<double> gaps;
        gaps.reserve(t.tokenEventsUs.size() - 1);
        for (qsizetype i = 1; i < t.tokenEventsUs.size(); ++i)
            gaps.append((t.tokenEventsUs.at(i) - t.tokenEventsUs.at(i - 1)) / 1000.0 * timeScale);
        const Distribution d = Distribution::of(gaps);
        m.itl = ItlStats{d.mean, d.p50, d.p99, d.max};
    }
    return m;
}
