// The simulated provider's HTTP parser on any bytes, in pieces the input chooses.
#include "sim/httprequestparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpRequestParser parser;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype step = size > 0 ? 1 + data[0] % 64 : 1;
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        parser.append(bytes.sliced(at, qMin(step, bytes.size() - at)));
        HttpRequest request;
        for (int i = 0; i < 64 && parser.next(&request) == HttpRequestParser::State::Complete; ++i)
            (void)request.keepAlive();
    }
    return 0;
}
