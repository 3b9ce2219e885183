#pragma once

#include <QByteArray>
#include <QString>

// Faults the simulated provider can inject, asked for per request with the
// header `X-Tokenmeter-Sim-Fault` or for every request on the server, as a
// comma-separated list: "status=429", "stall=2000" (ms of silence halfway),
// "reset=5" (drop the connection after 5 events), "truncate=5" (end the body
// cleanly after 5 events), "garbage=3", "error=3" (an error object as event 3,
// then [DONE]), "no-done", "no-usage", "headers-delay=500", "comments=3"
// (keep-alive comments before the first token).
struct SimFault
{
    int status = 0;
    int stallMs = 0;
    int resetAfter = -1;
    int truncateAfter = -1;
    int garbageAt = -1;
    int errorAt = -1;
    int headersDelayMs = 0;
    int comments = 0;
    bool noDone = false;
    bool noUsage = false;

    bool isEmpty() const;
    // Parses a spec; false (and *error) for a spec it does not understand.
    static bool parse(const QString &spec, SimFault *out, QString *error);
};

bool operator==(const SimFault &a, const SimFault &b);
inline bool operator!=(const SimFault &a, const SimFault &b)
{
    return !(a == b);
}
