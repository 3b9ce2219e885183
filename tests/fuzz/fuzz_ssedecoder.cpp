// The SSE decoder on any bytes, fed whole and split at a point the input
// chooses: both ways give the same events, and a line never outgrows the limit.
#include "stream/ssedecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    SseDecoder whole;
    whole.setMaxEventBytes(4096);
    const QList<SseEvent> once = whole.feed(bytes);
    SseDecoder split;
    split.setMaxEventBytes(4096);
    const qsizetype cut = size > 0 ? qsizetype(data[0]) % (qsizetype(size) + 1) : 0;
    QList<SseEvent> twice = split.feed(bytes.first(cut));
    twice += split.feed(bytes.sliced(cut));
    if (!whole.tooLarge() && !split.tooLarge() && once.size() != twice.size())
        std::abort(); // the same bytes, split anywhere, are the same events
    for (const SseEvent &e : once) {
        if (e.data.size() > 4096)
            std::abort();
    }
    return 0;
}
