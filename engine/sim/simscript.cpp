#include "simscript.h"

#include "simscriptfaults.h"

#include "catalog/modelinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <iterator>
#include <random>

namespace {

// About 200 words, so the study's ~150-token answer reads like one.
constexpr const char *kAnswer
    = "Recursion is a way of solving a problem by having a function call itself on a smaller "
      "version of the same problem. Every recursive function needs two parts: a base case, which "
      "answers the simplest input directly, and a recursive case, which breaks a larger input into "
      "a smaller one and calls the function again. Computing a factorial is the classic example: "
      "the factorial of zero is one, and the factorial of any larger number n is n times the "
      "factorial of n minus one. Each call waits on the call stack until the smaller call returns, "
      "and then the results are combined on the way back up. Recursion fits naturally with data "
      "that is itself recursive, such as trees, nested folders or the grammar of a language, where "
      "each part looks like a smaller copy of the whole. Its costs are real too: every call uses "
      "stack memory, so very deep recursion can overflow the stack, and naive recursion can repeat "
      "work, as the plain Fibonacci function famously does. Memoization, tail calls or a simple "
      "loop fix most of these problems. Used with a clear base case, recursion turns a hard problem "
      "into a short and readable definition. ";

constexpr const char *kReasoning
    = "The user wants a short explanation of recursion, about two hundred words. I should define it, "
      "mention the base case and the recursive case, give the factorial example, say why it suits "
      "trees, and warn about stack depth and repeated work. Keep it plain and friendly. ";

// A tool call's arguments as a tokenizer splits JSON: the simulator's answer to any tool.
constexpr const char *kToolArguments[]{"{\"", "location", "\":",  " \"", "Paris", ",", " France",
                                       "\",", " \"",      "unit", "\":", " \"",   "c", "elsius",
                                       "\",", " \"",      "days", "\":", " ",     "3", "}"};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// Takes `count` word tokens from `source`, cycling, with spaces between.
QStringList tokens(const QStringList &source, int count)
{
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append((i == 0 ? QString() : QStringLiteral(" ")) + source.at(i % source.size()));
    return out;
}

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

// A chat.completion.chunk, written by hand: a run starts dozens of streams at
// once and building every chunk through QJsonDocument would delay them.
QByteArray chunk(const QByteArray &modelJson, const QByteArray &deltaFields, const QByteArray &finish = "null")
{
    return R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","model":)" + modelJson
        + R"(,"choices":[{"index":0,"delta":{)" + deltaFields + R"(},"finish_reason":)" + finish + "}]}";
}

double clampedLogNormal(std::mt19937_64 &rng, double sigma)
{
    std::normal_distribution<double> normal(0.0, sigma);
    return std::exp(qBound(-3 * sigma, normal(rng), 3 * sigma));
}

// The last chunk with its finish reason, the usage chunk and [DONE].
void appendEnding(const QByteArray &modelJson, const QString &modelId, const SimRequest &request, int total,
                  SimScript *script)
{
    SimScript &s = *script;
    const SimFault &f = request.fault;
    const qint64 lastUs = s.events.constLast().atUs;
    s.events.append({lastUs + 500, SimEvent::Kind::Data, chunk(modelJson, {}, jsonString(s.finishReason)), false});
    if (request.includeUsage && !f.noUsage) {
        const QJsonObject usage = SimScript::usageJson(request.promptTokens, request.cachedTokens, total);
        const QJsonObject o{{QStringLiteral("id"), QStringLiteral("chatcmpl-sim")},
                            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                            {QStringLiteral("model"), modelId},
                            {QStringLiteral("choices"), QJsonArray()},
                            {QStringLiteral("usage"), usage}};
        s.events.append({lastUs + 700, SimEvent::Kind::Data, QJsonDocument(o).toJson(QJsonDocument::Compact), false});
    }
    if (!f.noDone)
        s.events.append({lastUs + 800, SimEvent::Kind::Data, "[DONE]", false});
}

// What reading the prompt adds to the published TTFT, which is the study
// prompt's: negative for a shorter one, never below zero in sum.
double prefillMs(const ModelInfo &model, const SimRequest &request)
{
    const double rate = model.simPrefillRate();
    const int uncached = request.promptTokens - request.cachedTokens;
    return (uncached - SimScript::kReferencePromptTokens) / rate * 1000
        + request.cachedTokens / (rate * SimScript::kCacheSpeedup) * 1000;
}

// A call to `name` in `count` tokens (the name, then argument pieces), `perEvent`
// tokens to an event, each event at the time `nextAt` gives.
void emitToolCall(const QString &name, int count, int perEvent, const std::function<qint64()> &nextAt,
                  const QByteArray &modelJson, SimScript *s)
{
    s->toolName = name;
    QStringList pieces;
    for (int i = 0; i + 1 < count; ++i)
        pieces.append(QString::fromUtf8(kToolArguments[i]));
    s->toolArguments = pieces.join(QString());
    const QByteArray opening = R"("tool_calls":[{"index":0,"id":"call_sim","type":"function","function":{"name":)"
        + jsonString(name) + R"(,"arguments":)";
    // The name's event carries the first argument pieces after it, as a grouped stream would.
    qsizetype i = 0;
    for (bool first = true; first || i < pieces.size(); first = false) {
        const qsizetype take = first ? perEvent - 1 : perEvent;
        const QString arguments = pieces.mid(i, take).join(QString());
        i += take;
        const QByteArray head = first ? opening : QByteArray(R"("tool_calls":[{"index":0,"function":{"arguments":)");
        const QByteArray delta = head + jsonString(arguments) + "}}]";
        s->events.append({nextAt(), SimEvent::Kind::Data, chunk(modelJson, delta), true});
    }
}

} // namespace

QJsonObject SimScript::usageJson(int promptTokens, int cachedTokens, int completionTokens)
{
    return QJsonObject{
        {QStringLiteral("prompt_tokens"), promptTokens},
        {QStringLiteral("completion_tokens"), completionTokens},
        {QStringLiteral("total_tokens"), promptTokens + completionTokens},
        {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), cachedTokens}}},
    };
}

SimScript SimScript::make(const ModelInfo &model, const SimRequest &request)
{
    std::seed_seq seq{quint32(request.seed), quint32(request.seed >> 32), quint32(qHash(model.id, 0)),
                      quint32(request.draw), quint32(request.draw >> 32)};
    std::mt19937_64 rng(seq);
    std::uniform_real_distribution<double> unit(-1.0, 1.0);

    const double publishedTtftMs = model.publishedTtftMs.value_or(300);
    const double publishedTps = qMax(1.0, model.publishedTokensPerS.value_or(40));
    const double ttftMs = qMax(
        5.0, (publishedTtftMs + prefillMs(model, request)) * clampedLogNormal(rng, 0.04) + request.regionDeltaMs);
    const double tps = publishedTps * clampedLogNormal(rng, 0.04) * qBound(0.01, request.decodeFactor, 1.0);
    const int perEvent = qMax(1, model.simTokensPerEvent);

    SimScript s;
    const int natural = 150 + int(std::lround(unit(rng) * 8));
    const int fixedCap = qMin(request.maxTokens, kMaxFixedTokens);
    const int total = request.ignoreEos
        ? fixedCap
        : qMax(1, qMin(request.maxTokens, qMax(natural, qMin(request.minTokens, fixedCap))));
    s.reasoningTokens = model.reasoning ? qMin(total - 1, 48 + int(std::lround(unit(rng) * 12))) : 0;
    const int toolWanted = request.toolName.isEmpty() ? 0 : 1 + int(std::size(kToolArguments));
    s.toolTokens = qMin(toolWanted, request.maxTokens - s.reasoningTokens);
    s.answerTokens = toolWanted > 0 ? 0 : total - s.reasoningTokens;
    const int produced = s.reasoningTokens + s.answerTokens + s.toolTokens;
    const QStringList reasoning = tokens(words(kReasoning), s.reasoningTokens);
    const QStringList answer = tokens(words(kAnswer), s.answerTokens);
    s.reasoningText = reasoning.join(QString());
    s.answerText = answer.join(QString());

    const SimFault &f = request.fault;
    s.headersAtUs = qint64(qMin(ttftMs * 0.5, 50.0) * 1000) + qint64(f.headersDelayMs) * 1000;
    const qint64 firstUs = qMax<qint64>(s.headersAtUs + 1000, qint64(ttftMs * 1000) + qMax<qint64>(0, request.queueUs));
    for (int i = 0; i < f.comments; ++i)
        s.events.append({s.headersAtUs + (firstUs - s.headersAtUs) * (i + 1) / (f.comments + 1),
                         SimEvent::Kind::Comment, "keep-alive", false});
    // The role-only first chunk real providers send, just before the first token.
    const QByteArray modelJson = jsonString(model.id);
    s.events.append({firstUs - qMin<qint64>(2000, (firstUs - s.headersAtUs) / 2), SimEvent::Kind::Data,
                     chunk(modelJson, R"("role":"assistant","content":"")"), false});

    // Token events on an even grid at the decode speed, each nudged by up to a
    // third of a gap, so the stream is uneven but its speed is the drawn one.
    const double gapUs = perEvent / tps * 1e6;
    int index = 0;
    auto emitTokens = [&](const QStringList &toks, const QByteArray &field) {
        for (qsizetype i = 0; i < toks.size(); i += perEvent, ++index) {
            const double nudge = index == 0 ? 0 : unit(rng) * gapUs / 3;
            const qint64 at = firstUs + qint64(index * gapUs + nudge);
            const QString text = toks.mid(i, perEvent).join(QString());
            s.events.append({at, SimEvent::Kind::Data, chunk(modelJson, '"' + field + "\":" + jsonString(text)), true});
        }
    };
    emitTokens(reasoning, "reasoning_content");
    emitTokens(answer, "content");
    if (s.toolTokens > 0)
        emitToolCall(
            request.toolName, s.toolTokens, perEvent,
            [&] {
                const qint64 at = firstUs + qint64(index * gapUs + (index == 0 ? 0 : unit(rng) * gapUs / 3));
                ++index;
                return at;
            },
            modelJson, &s);

    const bool cut = produced == request.maxTokens
        && (toolWanted > s.toolTokens || (toolWanted == 0 && (total < qMin(natural, 150) || request.ignoreEos)));
    s.finishReason = cut ? QStringLiteral("length")
        : toolWanted > 0 ? QStringLiteral("tool_calls")
                         : QStringLiteral("stop");
    appendEnding(modelJson, model.id, request, produced, &s);
    SimScriptFaults::apply(request.fault, &s);
    s.endAtUs = s.events.isEmpty() ? s.headersAtUs : s.events.constLast().atUs;
    return s;
}
