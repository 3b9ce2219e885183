#pragma once

#include "endpoints/region.h"
#include "modelinfo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// The models, price tiers, TTFT bands and regions Tokenmeter knows: the
// built-in seed of the published study, with a user's catalog file over it.
class Catalog
{
public:
    // The catalog compiled in from resources/catalog.json.
    static Catalog builtIn();

    // A catalog file or document larger than this is refused unread.
    static constexpr qint64 kMaxBytes = 16 << 20;

    // Parses a catalog document. On error, returns false and leaves *this untouched;
    // *error names the source, line and field.
    bool load(const QByteArray &json, const QString &sourceName, QString *error);

    // Adds or overrides models (and tiers, bands, regions when the file has them)
    // from a user catalog file. On error the catalog is left as it was.
    bool mergeFile(const QString &path, QString *error);

    // Adds a model, or replaces the one with the same id (a user's custom model).
    void upsert(const ModelInfo &model);
    // Removes a user-defined model; false for an unknown id or a model of the seed.
    bool remove(const QString &id);

    // The whole catalog as a tokenmeter.catalog/1 document: loaded over the
    // built-in seed it gives this catalog back, field for field.
    QByteArray toJson() const;
    // Only what differs from `base` (normally builtIn()): the user's models,
    // the changed fields of edited ones, and tiers, bands or regions when changed.
    QByteArray overridesJson(const Catalog &base) const;

    const QList<ModelInfo> &models() const { return m_models; }
    const ModelInfo *model(const QString &id) const;
    const QList<PriceTier> &tiers() const { return m_tiers; }
    const QList<TtftBand> &bands() const { return m_bands; }
    const QList<Region> &regions() const { return m_regions; }

    // The tier of a price, or nullptr for a model with no known price.
    const PriceTier *tierFor(std::optional<double> pricePerM) const;
    // The simulated provider's capacity for `model`: its tier's, with the model's own settings over it.
    SimCapacity simCapacity(const ModelInfo &model) const;
    // The band of a TTFT in milliseconds, or nullptr for no figure.
    const TtftBand *bandFor(std::optional<double> ttftMs) const;

private:
    void reindex();

    QList<ModelInfo> m_models;
    QHash<QString, qsizetype> m_index; // model id -> position in m_models
    QList<PriceTier> m_tiers;
    QList<TtftBand> m_bands;
    QList<Region> m_regions;
};
