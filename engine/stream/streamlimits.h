#pragma once

#include <QtGlobal>

// What one streaming request takes in at most, whatever a server sends: a
// request that would go beyond ends as "too large", and the rest of the run
// goes on. The defaults hold any real answer many times over.
struct StreamLimits
{
    qsizetype maxEventBytes = 4 << 20;      // one SSE line or event
    qint64 maxResponseBytes = 16 << 20;     // the whole answer (a 32k-token answer is about 5 MiB)
    int maxTokenEvents = 500'000;           // timestamps kept for one answer
    qsizetype maxTextChars = 1 << 20;       // answer text kept when asked for
    qint64 maxListingBytes = 16 << 20;      // a models listing
    static constexpr int kMaxRedirects = 5; // same-host redirects followed
};
