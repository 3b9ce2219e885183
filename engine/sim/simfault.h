#pragma once

#include <QByteArray>
#include <QString>

// Faults the simulated provider can inject, asked for per request (the header
// `X-Tokenmeter-Sim-Fault`, or a model id with "@SPEC" after it) or for every
// request on the server. A spec is a list separated by commas or semicolons;
// every value is bounded, so no request can ask for an hour's stall:
//   status=CODE      answer with HTTP CODE (400-599) and an error body
//   retry-after=S    with status 429 or 503: a Retry-After header (0-3600 s)
//   close            accept the request, then close without answering
//   headers-delay=MS hold the response headers back (0-60000)
//   stall-first=MS   silence before the first token (0-60000)
//   stall=MS         silence halfway through the answer (0-60000)
//   comments=N       keep-alive comments before the first token (0-1000)
//   reset=N          drop the connection after N events (0-100000)
//   truncate=N       end the body cleanly after N events, no [DONE] (0-100000)
//   garbage=N        event N is not valid JSON
//   error=N          event N is an error object, then [DONE]
//   long-line=BYTES  one line of BYTES bytes before the answer (1-16 MiB)
//   json-body        answer 200 with a whole JSON completion, not an event stream
//   redirect=same|loop|other  307 to this host (once, or forever) or to another host
//   trickle=MS       the answer a byte at a time, MS apart (1-10000)
//   endless          tokens forever, at the model's speed
//   no-done, no-usage
struct SimFault
{
    enum class Redirect { None, Same, Loop, Other };

    int status = 0;
    int retryAfterS = -1;
    bool closeFirst = false;
    int headersDelayMs = 0;
    int stallFirstMs = 0;
    int stallMs = 0;
    int comments = 0;
    int resetAfter = -1;
    int truncateAfter = -1;
    int garbageAt = -1;
    int errorAt = -1;
    int longLineBytes = 0;
    bool jsonBody = false;
    Redirect redirect = Redirect::None;
    int trickleMs = 0;
    bool endless = false;
    bool noDone = false;
    bool noUsage = false;

    bool isEmpty() const;
    // Parses a spec; false (and *error) for a spec it does not understand or a
    // value out of bounds.
    static bool parse(const QString &spec, SimFault *out, QString *error);
    // "glm-5@status=429;retry-after=2" -> "glm-5" and the fault; a model id
    // without "@" is returned as it is.
    static QString splitModel(const QString &modelWithFault, QString *spec);
};

bool operator==(const SimFault &a, const SimFault &b);
inline bool operator!=(const SimFault &a, const SimFault &b)
{
    return !(a == b);
}
