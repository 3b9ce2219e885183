// The SSE decoder on any bytes, fed whole, split at a point the input chooses,
// and byte by byte: all three give the same events (lines whole in one read
// are decoded in place, split ones through the line buffer, so this checks
// one path against the other), and nothing outgrows the limit.
#include "stream/ssedecoder.h"

#include <cstdint>
#include <cstdlib>

namespace {

bool same(const QList<SseEvent> &a, const QList<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].type != b[i].type || a[i].data != b[i].data || a[i].lastEventId != b[i].lastEventId)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qsizetype limit = 4096;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    SseDecoder whole;
    whole.setMaxEventBytes(limit);
    const QList<SseEvent> once = whole.feed(bytes);
    SseDecoder split;
    split.setMaxEventBytes(limit);
    const qsizetype cut = size > 0 ? qsizetype(data[0]) % (qsizetype(size) + 1) : 0;
    QList<SseEvent> twice = split.feed(bytes.first(cut));
    twice += split.feed(bytes.sliced(cut));
    SseDecoder bytewise;
    bytewise.setMaxEventBytes(limit);
    QList<SseEvent> each;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        each += bytewise.feed(bytes.sliced(i, 1));
    if (!whole.tooLarge() && !split.tooLarge() && !bytewise.tooLarge()) {
        // the same bytes, split anywhere, are the same events
        if (!same(once, twice) || !same(once, each))
            std::abort();
        if (whole.hasPartialEvent() != split.hasPartialEvent() || whole.commentCount() != bytewise.commentCount())
            std::abort();
    }
    for (const SseEvent &e : once) {
        if (e.data.size() > limit)
            std::abort();
    }
    return 0;
}
