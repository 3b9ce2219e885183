#pragma once

#include "leaderboard.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Catalog;

// The answer to "which model for which job": for one TTFT band and one region,
// the cheapest model whose measured TTFT p90 is inside the band.
struct BandPick
{
    QString bandId;
    QString bandName;
    std::optional<double> belowMs; // empty for the open-ended band
    QString region;
    std::optional<LeaderboardRow> row; // empty when no measured model meets the band
};

namespace Recommendation {

// One pick per band and region, bands in catalog order. A model qualifies with
// at least one successful measured request, a known price, and TTFT p90 below
// the band's bound; ties on price go to the lower p90.
QList<BandPick> cheapestPerBand(const QList<LeaderboardRow> &rows, const Catalog &catalog, const QStringList &regions);

} // namespace Recommendation
