#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

// How much the simulated provider serves of one model in one region at once
// (each is a deployment of its own): requests beyond `decodeSlots` wait in a queue,
// and beyond `queue` waiting ones it answers 429. Decoding slows as a batch
// fills: a request that starts with every slot busy decodes at
// `fullBatchSpeed` of its speed alone, one that starts alone at full speed.
struct SimCapacity
{
    int decodeSlots = 16; // 0: unlimited
    int queue = 64;
    double fullBatchSpeed = 0.5;
};

// Where a reference figure comes from. Published figures are the study's;
// derived ones follow its stated rule; none of them is a Tokenmeter measurement.
enum class FigureSource { Published, MainTable, Derived, User };

struct RegionFigure
{
    double ttftMs = 0;
    FigureSource source = FigureSource::Derived;
};

// One chat model of the catalog with its price and published reference figures.
struct ModelInfo
{
    QString id;   // the catalog's id; also sent as "model" unless apiId says otherwise
    QString name; // display name
    QString provider;
    QString apiId;                         // the id the serving endpoint knows it by, when not `id`
    QString endpoint;                      // id of the saved endpoint that serves it; empty: the run's endpoint
    std::optional<double> outputPricePerM; // USD per million output tokens
    std::optional<double> inputPricePerM;  // unknown for the seed models
    QDate priceAsOf;                       // when the prices were read; invalid when unknown
    std::optional<double> publishedTtftMs;
    std::optional<double> publishedTokensPerS;
    QHash<QString, RegionFigure> regionTtft; // keyed by region id
    bool reasoning = false;
    int simTokensPerEvent = 1;                  // how the simulated provider chunks this model
    std::optional<double> simPrefillTokensPerS; // how fast the simulated provider reads a prompt
    // The simulated provider's capacity where it differs from the model's tier's.
    std::optional<int> simSlots;
    std::optional<int> simQueue;
    std::optional<double> simFullBatchSpeed;
    bool userDefined = false;

    // The simulated provider's prefill rate (input tokens/s): the catalog's, else
    // fifty times the model's decode speed, from 2,000 to 20,000.
    double simPrefillRate() const
    {
        return simPrefillTokensPerS.value_or(qBound(2000.0, 50 * publishedTokensPerS.value_or(40), 20000.0));
    }

    // What a request sends as "model".
    QString sentId() const { return apiId.isEmpty() ? id : apiId; }

    // Reference TTFT from `region`: the region figure where there is one, else
    // the model's published figure.
    std::optional<double> referenceTtftMs(const QString &region) const
    {
        const auto it = regionTtft.constFind(region);
        return it != regionTtft.cend() ? std::optional<double>(it->ttftMs) : publishedTtftMs;
    }
};

// A price tier: models whose output price is at most maxPricePerM (open-ended when empty).
struct PriceTier
{
    QString id;
    QString name;
    std::optional<double> maxPricePerM;
    SimCapacity sim = {}; // the simulated provider's capacity for the tier's models
};

// A TTFT band of how people perceive the wait: TTFT below belowMs (open-ended when empty).
struct TtftBand
{
    QString id;
    QString name;
    std::optional<double> belowMs;
};
