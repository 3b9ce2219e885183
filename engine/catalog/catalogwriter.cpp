#include "catalogwriter.h"

#include "catalog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kSchema = QStringLiteral("tokenmeter.catalog/1");

QJsonValue optional(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString sourceName(FigureSource s)
{
    switch (s) {
    case FigureSource::Published:
        return QStringLiteral("published");
    case FigureSource::MainTable:
        return QStringLiteral("main-table");
    case FigureSource::Derived:
        return QStringLiteral("derived");
    case FigureSource::User:
        break;
    }
    return QStringLiteral("user");
}

QJsonArray tiers(const Catalog &c)
{
    QJsonArray out;
    for (const PriceTier &t : c.tiers())
        out.append(QJsonObject{{QStringLiteral("id"), t.id},
                               {QStringLiteral("name"), t.name},
                               {QStringLiteral("max_usd_per_m"), optional(t.maxPricePerM)},
                               {QStringLiteral("sim"),
                                QJsonObject{{QStringLiteral("slots"), t.sim.decodeSlots},
                                            {QStringLiteral("queue"), t.sim.queue},
                                            {QStringLiteral("full_batch_speed"), t.sim.fullBatchSpeed}}}});
    return out;
}

QJsonArray bands(const Catalog &c)
{
    QJsonArray out;
    for (const TtftBand &b : c.bands())
        out.append(QJsonObject{{QStringLiteral("id"), b.id},
                               {QStringLiteral("name"), b.name},
                               {QStringLiteral("below_ms"), optional(b.belowMs)}});
    return out;
}

QJsonArray regions(const Catalog &c)
{
    QJsonArray out;
    for (const Region &r : c.regions())
        out.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}});
    return out;
}

QJsonObject simJson(const ModelInfo &m)
{
    QJsonObject sim{{QStringLiteral("tokens_per_event"), m.simTokensPerEvent}};
    if (m.simPrefillTokensPerS)
        sim.insert(QStringLiteral("prefill_tokens_per_s"), *m.simPrefillTokensPerS);
    if (m.simSlots)
        sim.insert(QStringLiteral("slots"), *m.simSlots);
    if (m.simQueue)
        sim.insert(QStringLiteral("queue"), *m.simQueue);
    if (m.simFullBatchSpeed)
        sim.insert(QStringLiteral("full_batch_speed"), *m.simFullBatchSpeed);
    return sim;
}

} // namespace

namespace CatalogWriter {

QJsonObject model(const ModelInfo &m)
{
    QJsonObject regionFigures;
    for (auto it = m.regionTtft.cbegin(); it != m.regionTtft.cend(); ++it)
        regionFigures.insert(it.key(),
                             QJsonObject{{QStringLiteral("ttft_ms"), it->ttftMs},
                                         {QStringLiteral("source"), sourceName(it->source)}});
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("provider"), m.provider},
        {QStringLiteral("api_id"), optional(m.apiId)},
        {QStringLiteral("endpoint"), optional(m.endpoint)},
        {QStringLiteral("output_price_usd_per_m"), optional(m.outputPricePerM)},
        {QStringLiteral("input_price_usd_per_m"), optional(m.inputPricePerM)},
        {QStringLiteral("price_as_of"),
         m.priceAsOf.isValid() ? QJsonValue(m.priceAsOf.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("published"),
         QJsonObject{{QStringLiteral("ttft_ms"), optional(m.publishedTtftMs)},
                     {QStringLiteral("tokens_per_s"), optional(m.publishedTokensPerS)}}},
        {QStringLiteral("regions"), regionFigures},
        {QStringLiteral("reasoning"), m.reasoning},
        {QStringLiteral("sim"), simJson(m)},
    };
}

QJsonObject document(const Catalog &catalog)
{
    QJsonArray models;
    for (const ModelInfo &m : catalog.models())
        models.append(model(m));
    return QJsonObject{{QStringLiteral("schema"), kSchema},
                       {QStringLiteral("regions"), regions(catalog)},
                       {QStringLiteral("tiers"), tiers(catalog)},
                       {QStringLiteral("ttft_bands"), bands(catalog)},
                       {QStringLiteral("models"), models}};
}

QJsonObject overrides(const Catalog &catalog, const Catalog &base)
{
    QJsonArray models;
    for (const ModelInfo &m : catalog.models()) {
        const QJsonObject mine = model(m);
        const ModelInfo *seed = base.model(m.id);
        if (!seed) {
            models.append(mine);
            continue;
        }
        const QJsonObject theirs = model(*seed);
        QJsonObject changed;
        for (auto it = mine.begin(); it != mine.end(); ++it) {
            if (theirs.value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
        }
        if (!changed.isEmpty()) {
            changed.insert(QStringLiteral("id"), m.id);
            models.append(changed);
        }
    }
    // Catalog::load replaces these lists whole, so a changed one is written whole.
    QJsonObject doc{{QStringLiteral("schema"), kSchema}, {QStringLiteral("models"), models}};
    if (const QJsonArray r = regions(catalog); r != regions(base))
        doc.insert(QStringLiteral("regions"), r);
    if (const QJsonArray t = tiers(catalog); t != tiers(base))
        doc.insert(QStringLiteral("tiers"), t);
    if (const QJsonArray b = bands(catalog); b != bands(base))
        doc.insert(QStringLiteral("ttft_bands"), b);
    return doc;
}

QByteArray toBytes(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace CatalogWriter
