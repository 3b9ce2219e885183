#pragma once

#include "catalog/catalog.h"

#include <QLatin1StringView>
#include <QList>
#include <QPair>
#include <QString>

// Compares catalogs field by field, so a test names the first field that a
// save and load lost.
namespace CatalogCompare {

// The first field two models differ in, or empty when they are the same.
inline QString difference(const ModelInfo &a, const ModelInfo &b)
{
    const QList<QPair<const char *, bool>> fields{
        {"id", a.id == b.id},
        {"name", a.name == b.name},
        {"provider", a.provider == b.provider},
        {"apiId", a.apiId == b.apiId},
        {"endpoint", a.endpoint == b.endpoint},
        {"outputPricePerM", a.outputPricePerM == b.outputPricePerM},
        {"inputPricePerM", a.inputPricePerM == b.inputPricePerM},
        {"priceAsOf", a.priceAsOf == b.priceAsOf},
        {"publishedTtftMs", a.publishedTtftMs == b.publishedTtftMs},
        {"publishedTokensPerS", a.publishedTokensPerS == b.publishedTokensPerS},
        {"regionTtft keys", a.regionTtft.keys() == b.regionTtft.keys()},
        {"reasoning", a.reasoning == b.reasoning},
        {"simTokensPerEvent", a.simTokensPerEvent == b.simTokensPerEvent},
        {"simPrefillTokensPerS", a.simPrefillTokensPerS == b.simPrefillTokensPerS},
        {"simSlots", a.simSlots == b.simSlots},
        {"simQueue", a.simQueue == b.simQueue},
        {"simFullBatchSpeed", a.simFullBatchSpeed == b.simFullBatchSpeed},
        {"userDefined", a.userDefined == b.userDefined},
    };
    for (const auto &[name, same] : fields) {
        if (!same)
            return a.id + u": " + QLatin1StringView(name);
    }
    for (auto it = a.regionTtft.cbegin(); it != a.regionTtft.cend(); ++it) {
        const RegionFigure other = b.regionTtft.value(it.key());
        if (other.ttftMs != it->ttftMs || other.source != it->source)
            return a.id + u": regionTtft " + it.key();
    }
    return {};
}

// The first difference between two catalogs, or empty.
inline QString difference(const Catalog &a, const Catalog &b)
{
    if (a.models().size() != b.models().size())
        return QStringLiteral("%1 models against %2").arg(a.models().size()).arg(b.models().size());
    for (int i = 0; i < a.models().size(); ++i) {
        if (const QString d = difference(a.models().at(i), b.models().at(i)); !d.isEmpty())
            return d;
    }
    for (int i = 0; i < a.tiers().size() && i < b.tiers().size(); ++i) {
        const PriceTier &x = a.tiers().at(i), &y = b.tiers().at(i);
        if (x.id != y.id || x.name != y.name || x.maxPricePerM != y.maxPricePerM)
            return QStringLiteral("tier ") + x.id;
    }
    for (int i = 0; i < a.bands().size() && i < b.bands().size(); ++i) {
        const TtftBand &x = a.bands().at(i), &y = b.bands().at(i);
        if (x.id != y.id || x.name != y.name || x.belowMs != y.belowMs)
            return QStringLiteral("band ") + x.id;
    }
    for (int i = 0; i < a.regions().size() && i < b.regions().size(); ++i) {
        if (a.regions().at(i).id != b.regions().at(i).id || a.regions().at(i).name != b.regions().at(i).name)
            return QStringLiteral("region ") + a.regions().at(i).id;
    }
    if (a.tiers().size() != b.tiers().size() || a.bands().size() != b.bands().size()
        || a.regions().size() != b.regions().size())
        return QStringLiteral("tiers, bands or regions differ in number");
    return {};
}

} // namespace CatalogCompare
