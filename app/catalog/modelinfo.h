#pragma once

#include <QHash>
#include <QString>

#include <optional>

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
    QString id;       // the API id sent as "model"
    QString name;     // display name
    QString provider;
    std::optional<double> outputPricePerM; // USD per million output tokens
    std::optional<double> inputPricePerM;  // unknown for the seed models
    std::optional<double> publishedTtftMs;
    std::optional<double> publishedTokensPerS;
    QHash<QString, RegionFigure> regionTtft; // keyed by region id
    bool reasoning = false;
    int simTokensPerEvent = 1; // how the simulated provider chunks this model
    bool userDefined = false;

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
};

// A TTFT band of how people perceive the wait: TTFT below belowMs (open-ended when empty).
struct TtftBand
{
    QString id;
    QString name;
    std::optional<double> belowMs;
};

// A vantage point the requests leave from.
struct RegionInfo
{
    QString id;
    QString name;
};
