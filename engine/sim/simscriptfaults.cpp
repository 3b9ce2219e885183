#include "simscriptfaults.h"

#include "simscript.h"

#include <algorithm>

namespace {

constexpr int kMaxTrickleBytes = 100'000; // a trickle ends (truncated) after this many bytes

void errorMidStream(int at, SimScript &s)
{
    const qint64 atUs = s.events.at(at).atUs;
    s.events.erase(s.events.begin() + at, s.events.end());
    s.events.append(
        {atUs, SimEvent::Kind::Data,
         R"json({"error":{"message":"The server had an error while processing your request (simulated)","type":"server_error","code":500}})json",
         false});
    s.events.append({atUs + 100, SimEvent::Kind::Data, "[DONE]", false});
}

void delayFrom(qsizetype first, qint64 byUs, SimScript &s)
{
    for (qsizetype i = first; i < s.events.size(); ++i)
        s.events[i].atUs += byUs;
}

// The answer as the bytes on the wire, one byte every `gapMs`.
void trickle(int gapMs, SimScript &s)
{
    QByteArray wire;
    for (const SimEvent &e : std::as_const(s.events)) {
        if (e.kind == SimEvent::Kind::Data)
            wire += "data: " + e.bytes + "\n\n";
        else if (e.kind == SimEvent::Kind::Comment)
            wire += ": " + e.bytes + "\n\n";
        else if (e.kind == SimEvent::Kind::Raw)
            wire += e.bytes;
    }
    const qint64 startUs = s.events.isEmpty() ? s.headersAtUs : s.events.constFirst().atUs;
    s.events.clear();
    wire.truncate(kMaxTrickleBytes);
    for (qsizetype i = 0; i < wire.size(); ++i)
        s.events.append({startUs + i * qint64(gapMs) * 1000, SimEvent::Kind::Raw, wire.mid(i, 1), false});
}

// Token events forever: the ending goes, and the tokens play again and again.
void endless(SimScript &s)
{
    const auto firstToken = std::find_if(s.events.cbegin(), s.events.cend(), [](const SimEvent &e) { return e.token; });
    const auto lastToken = std::find_if(s.events.crbegin(), s.events.crend(),
                                        [](const SimEvent &e) { return e.token; });
    if (firstToken == s.events.cend())
        return;
    const qsizetype from = firstToken - s.events.cbegin();
    const qsizetype to = s.events.size() - (lastToken - s.events.crbegin());
    const qint64 spanUs = s.events.at(to - 1).atUs - firstToken->atUs;
    const qint64 gapUs = to - from > 1 ? spanUs / (to - from - 1) : 20'000;
    s.events.resize(to);
    s.loopFrom = from;
    s.loopUs = spanUs + gapUs;
}

} // namespace

void SimScriptFaults::apply(const SimFault &f, SimScript *script)
{
    SimScript &s = *script;
    if (f.errorAt >= 0 && f.errorAt < s.events.size())
        errorMidStream(f.errorAt, s);
    if (f.garbageAt >= 0 && f.garbageAt < s.events.size())
        s.events[f.garbageAt] = {s.events.at(f.garbageAt).atUs, SimEvent::Kind::Data,
                                 "{\"choices\": [{\"delta\": {\"content\": \"unterminated", false};
    if (f.stallFirstMs > 0)
        delayFrom(0, qint64(f.stallFirstMs) * 1000, s);
    if (f.stallMs > 0)
        delayFrom(s.events.size() / 2, qint64(f.stallMs) * 1000, s);
    if (f.longLineBytes > 0 && !s.events.isEmpty())
        s.events.prepend({s.events.constFirst().atUs, SimEvent::Kind::Raw, "data: " + QByteArray(f.longLineBytes, 'x'),
                          false}); // no line end, ever
    if (f.truncateAfter >= 0 && f.truncateAfter < s.events.size())
        s.events.resize(f.truncateAfter);
    if (f.resetAfter >= 0 && f.resetAfter < s.events.size()) {
        // A reset discards what the client has not read yet: it comes a
        // while after the last event, so the events it names do arrive.
        constexpr qint64 kGraceUs = 200'000;
        const qint64 last = f.resetAfter > 0 ? s.events.at(f.resetAfter - 1).atUs : s.headersAtUs;
        const qint64 at = qMax(s.events.at(f.resetAfter).atUs, last + kGraceUs);
        s.events.resize(f.resetAfter);
        s.events.append({at, SimEvent::Kind::Reset, {}, false});
    }
    if (f.endless)
        endless(s);
    else if (f.trickleMs > 0)
        trickle(f.trickleMs, s);
}
