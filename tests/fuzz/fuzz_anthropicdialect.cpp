// The Anthropic dialect on any event a server could send, after the SSE decoder.
#include "stream/anthropicdialect.h"
#include "stream/ssedecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SseDecoder decoder;
    const AnthropicDialect dialect;
    for (const SseEvent &event : decoder.feed(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)))) {
        const StreamDelta d = dialect.parseEvent(event);
        if (d.completionTokens && (*d.completionTokens < 0 || *d.completionTokens > 1'000'000'000))
            std::abort(); // counts are range-checked before they are kept
    }
    (void)dialect.errorMessageFromBody(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
