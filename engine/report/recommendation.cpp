#include "recommendation.h"

#include "catalog/catalog.h"

QList<BandPick> Recommendation::cheapestPerBand(const QList<LeaderboardRow> &rows, const Catalog &catalog,
                                                const QStringList &regions)
{
    QList<BandPick> picks;
    for (const TtftBand &band : catalog.bands()) {
        for (const QString &region : regions) {
            BandPick pick{band.id, band.name, band.belowMs, region, std::nullopt};
            for (const LeaderboardRow &row : rows) {
                const std::optional<double> p90 = row.ttftP90();
                if (row.lane.region != region || row.lane.n == 0 || !row.outputPricePerM || !p90)
                    continue;
                if (band.belowMs && *p90 >= *band.belowMs)
                    continue;
                const bool better = !pick.row || *row.outputPricePerM < *pick.row->outputPricePerM
                    || (*row.outputPricePerM == *pick.row->outputPricePerM && *p90 < *pick.row->ttftP90());
                if (better)
                    pick.row = row;
            }
            picks.append(pick);
        }
    }
    return picks;
}
