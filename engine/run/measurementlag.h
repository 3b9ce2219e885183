#pragma once

#include <QList>
#include <QString>

#include <optional>

struct RequestMetrics;
struct RequestRecord;

// How late the client saw the simulated provider's first tokens against when
// the provider meant to send them: the lag every measurement of a simulated
// run carries. A real API's figures carry the client's share of it too; what
// a time scale adds is the rest: the lag multiplied by (scale - 1). That
// excess must not move a shown TTFT by more than the limit: 2% of the
// fastest lane's TTFT p50, at most 5 ms.
struct MeasurementLag
{
    static constexpr double kShare = 0.02;
    static constexpr double kMaxMs = 5.0;

    int n = 0;
    double timeScale = 1;
    double p50Ms = 0; // in the run's time: real lag x time scale
    double p99Ms = 0;
    double simP50Ms = 0;         // the simulated provider's own share (its timers), p50
    double fastestTtftP50Ms = 0; // the smallest lane TTFT p50 (first token)

    double limitP50Ms() const;
    // What the time scale adds to the figures, in the run's time.
    double excessP50Ms() const { return p50Ms * (1 - 1 / timeScale); }
    double excessP99Ms() const { return p99Ms * (1 - 1 / timeScale); }
    // A lane of a few requests has one of them as its p50: what the
    // speed-up adds to the slowest 1% must stay within the p50s' limit.
    bool exceeds() const { return excessP99Ms() > limitP50Ms(); }
    // One sentence for notes and warnings.
    QString text() const;

    // Empty when no request carries a lag (a real endpoint, or an old report).
    // `metrics`, when given, holds each record's figures already computed
    // (index for index), as LaneSummary::summarize takes them.
    static std::optional<MeasurementLag> of(const QList<RequestRecord> &records, double timeScale,
                                            const QList<RequestMetrics> *metrics = nullptr);
};
