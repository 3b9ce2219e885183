// The engine's HTTP response parser on any bytes, in pieces the input chooses,
// as a HEAD answer or not; the connection closes at the end.
#include "net/httpresponseparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    using State = HttpResponseParser::State;
    HttpResponseParser parser((data[0] & 0x80) != 0);
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype step = 1 + data[0] % 64;
    QByteArray body;
    qsizetype consumed = 0;
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        const qsizetype n = qMin(step, bytes.size() - at);
        const State before = parser.state();
        const State state = parser.feed(bytes.sliced(at, n), &body);
        // Done and Error are final; only Done leaves bytes over, never more than it was given.
        if ((before == State::Done && state != State::Done) || (before == State::Error && state != State::Error))
            abort();
        if (parser.leftover() < 0 || parser.leftover() > n || (parser.leftover() > 0 && state != State::Done))
            abort();
        consumed += n - parser.leftover();
    }
    const State end = parser.closed();
    if (end != State::Done && end != State::Error)
        abort();
    // De-chunking only removes bytes; an error always says why.
    if (body.size() > consumed || (end == State::Error) == parser.error().isEmpty())
        abort();
    if (parser.reusable() && (end != State::Done || !parser.head().keepAlive()))
        abort();
    if (parser.head().headers.size() > HttpResponseParser::kMaxHeaders)
        abort();
    if (parser.contentLength() >= 0 && !parser.chunked() && end == State::Done && body.size() != parser.contentLength()
        && parser.contentLength() != 0)
        abort();
    return 0;
}
