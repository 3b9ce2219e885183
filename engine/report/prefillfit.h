#pragma once

#include <QList>
#include <QString>

#include <optional>

struct RequestMetrics;
struct RequestRecord;
struct Workload;

// TTFT against input tokens for one lane of an input-length sweep: the p50 at
// each length, and the least-squares line through every measured request,
// whose slope is the time each input token adds: 1000 / slope is the model's
// prefill rate (input tokens/s), with the 95% interval of the slope turned
// into one for the rate. Input tokens are those the model read: the server's
// count less what its prompt cache served, else the length the prompt was cut
// to. An estimate, and labelled so; no rate when the slope's interval reaches
// zero.
struct PrefillFit
{
    struct Step
    {
        double inputTokens = 0; // p50 of the requests at this length
        double ttftP50Ms = 0;
        int n = 0;
    };

    QString model;
    QString region;
    int n = 0;
    QList<Step> steps; // by input length
    double slopeMsPerToken = 0;
    double interceptMs = 0;
    double slopeLow = 0; // the slope's 95% interval
    double slopeHigh = 0;

    // Input tokens/s, when the slope is positive; the interval's ends (the
    // upper one empty when the slope's interval reaches zero).
    std::optional<double> rate() const;
    std::optional<double> rateLow() const;
    std::optional<double> rateHigh() const;

    // One fit per lane of a sweep's run with measured requests at two lengths
    // or more; none when `workload` has no sweep.
    // `metrics`, when given, holds each record's figures already computed.
    static QList<PrefillFit> of(const QList<RequestRecord> &records, const Workload &workload, double timeScale,
                                const QList<RequestMetrics> *metrics = nullptr);
};
