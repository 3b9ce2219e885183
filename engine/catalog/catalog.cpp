#include "catalog.h"

#include "catalogwriter.h"
#include "core/jsonreader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace {

constexpr double kMaxPrice = 1e6;
const QString kBuiltInPath = QStringLiteral(":/tokenmeter/catalog.json");
constexpr double kMaxMs = 1e7;

// This file's strings, in the "Catalog" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

FigureSource sourceFromString(const QString &s)
{
    if (s == u"published")
        return FigureSource::Published;
    if (s == u"main-table")
        return FigureSource::MainTable;
    if (s == u"derived")
        return FigureSource::Derived;
    return FigureSource::User;
}

// A "YYYY-MM-DD" date; invalid for a null one.
QDate readDate(JsonReader &r, const QJsonObject &o, const QString &key, const QVariantList &path)
{
    const auto text = r.string(o, key, path, false);
    if (!text)
        return {};
    const QDate date = QDate::fromString(*text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid() || text->size() != 10)
        r.fail(QVariantList(path) << key, Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(*text));
    return date;
}

// Reads one model; `base` is the model being overridden (or a fresh one).
// A simulator capacity object ("slots", "queue", "full_batch_speed"), each over `base`.
SimCapacity readCapacity(JsonReader &r, const QJsonObject &o, const QVariantList &path, SimCapacity base)
{
    if (auto v = r.number(o, QStringLiteral("slots"), path, false, 0, 100000))
        base.decodeSlots = int(*v);
    if (auto v = r.number(o, QStringLiteral("queue"), path, false, 0, 1000000))
        base.queue = int(*v);
    if (auto v = r.number(o, QStringLiteral("full_batch_speed"), path, false, 0.01, 1))
        base.fullBatchSpeed = *v;
    return base;
}

ModelInfo readModel(JsonReader &r, const QJsonObject &o, const QVariantList &path, ModelInfo m)
{
    const bool fresh = m.id.isEmpty();
    m.id = r.string(o, QStringLiteral("id"), path, true).value_or(QString());
    if (r.ok() && m.id.trimmed().isEmpty())
        r.fail(QVariantList(path) << QStringLiteral("id"), Tr::tr("must not be empty"));
    if (auto v = r.string(o, QStringLiteral("name"), path, false))
        m.name = *v;
    else if (fresh)
        m.name = m.id;
    if (auto v = r.string(o, QStringLiteral("provider"), path, false))
        m.provider = *v;
    if (o.contains(QStringLiteral("api_id")))
        m.apiId = r.string(o, QStringLiteral("api_id"), path, false).value_or(QString());
    if (o.contains(QStringLiteral("endpoint")))
        m.endpoint = r.string(o, QStringLiteral("endpoint"), path, false).value_or(QString());
    if (o.contains(QStringLiteral("output_price_usd_per_m")))
        m.outputPricePerM = r.number(o, QStringLiteral("output_price_usd_per_m"), path, false, 0, kMaxPrice);
    if (o.contains(QStringLiteral("input_price_usd_per_m")))
        m.inputPricePerM = r.number(o, QStringLiteral("input_price_usd_per_m"), path, false, 0, kMaxPrice);
    if (o.contains(QStringLiteral("price_as_of")))
        m.priceAsOf = readDate(r, o, QStringLiteral("price_as_of"), path);
    if (auto pub = r.object(o, QStringLiteral("published"), path, false)) {
        const QVariantList p = QVariantList(path) << QStringLiteral("published");
        // A null figure clears one the model had, as a null price does.
        if (pub->contains(QStringLiteral("ttft_ms")))
            m.publishedTtftMs = r.number(*pub, QStringLiteral("ttft_ms"), p, false, 0, kMaxMs);
        if (pub->contains(QStringLiteral("tokens_per_s")))
            m.publishedTokensPerS = r.number(*pub, QStringLiteral("tokens_per_s"), p, false, 0, 1e6);
    }
    if (auto regions = r.object(o, QStringLiteral("regions"), path, false)) {
        const QVariantList p = QVariantList(path) << QStringLiteral("regions");
        for (auto it = regions->begin(); it != regions->end() && r.ok(); ++it) {
            const QVariantList rp = QVariantList(p) << it.key();
            if (!it->isObject()) {
                r.fail(rp, Tr::tr("expected an object"));
                break;
            }
            RegionFigure fig;
            fig.ttftMs = r.number(it->toObject(), QStringLiteral("ttft_ms"), rp, true, 0, kMaxMs).value_or(0);
            fig.source = sourceFromString(
                r.string(it->toObject(), QStringLiteral("source"), rp, false).value_or(QString()));
            m.regionTtft.insert(it.key(), fig);
        }
    }
    if (auto v = r.boolean(o, QStringLiteral("reasoning"), path, false))
        m.reasoning = *v;
    if (auto sim = r.object(o, QStringLiteral("sim"), path, false)) {
        if (auto v = r.number(*sim, QStringLiteral("tokens_per_event"), QVariantList(path) << QStringLiteral("sim"),
                              false, 1, 64))
            m.simTokensPerEvent = int(*v);
        if (auto v = r.number(*sim, QStringLiteral("prefill_tokens_per_s"), QVariantList(path) << QStringLiteral("sim"),
                              false, 10, 1e7))
            m.simPrefillTokensPerS = *v;
        const SimCapacity c = readCapacity(r, *sim, QVariantList(path) << QStringLiteral("sim"), SimCapacity());
        if (sim->contains(QStringLiteral("slots")))
            m.simSlots = c.decodeSlots;
        if (sim->contains(QStringLiteral("queue")))
            m.simQueue = c.queue;
        if (sim->contains(QStringLiteral("full_batch_speed")))
            m.simFullBatchSpeed = c.fullBatchSpeed;
    }
    return m;
}

template<typename T, typename Fn>
bool readList(JsonReader &r, const QJsonObject &root, const QString &key, QList<T> *out, Fn readOne)
{
    const auto arr = r.array(root, key, {}, false);
    if (!arr)
        return false;
    QList<T> items;
    for (int i = 0; i < arr->size() && r.ok(); ++i) {
        const QVariantList path{key, i};
        if (!arr->at(i).isObject()) {
            r.fail(path, Tr::tr("expected an object"));
            break;
        }
        items.append(readOne(arr->at(i).toObject(), path));
    }
    if (r.ok())
        *out = items;
    return true;
}

} // namespace

Catalog Catalog::builtIn()
{
    Catalog c;
    QFile f(kBuiltInPath);
    QString error;
    if (!f.open(QIODevice::ReadOnly) || !c.load(f.readAll(), f.fileName(), &error))
        qFatal("built-in catalog is broken: %s", qPrintable(error.isEmpty() ? f.errorString() : error));
    return c;
}

bool Catalog::load(const QByteArray &json, const QString &sourceName, QString *error)
{
    if (json.size() > kMaxBytes) {
        *error = Tr::tr("%1: %2 MiB is more than a catalog can be (%3 MiB)")
                     .arg(sourceName)
                     .arg(json.size() >> 20)
                     .arg(kMaxBytes >> 20);
        return false;
    }
    Catalog merged = *this;
    JsonReader r(json, sourceName);
    QJsonObject root;
    if (!r.parseObject(&root)) {
        *error = r.error();
        return false;
    }
    if (auto schema = r.string(root, QStringLiteral("schema"), {}, false);
        schema && !schema->startsWith(u"tokenmeter.catalog/")) {
        r.fail({QStringLiteral("schema")}, Tr::tr("\"%1\" is not a Tokenmeter catalog").arg(*schema));
    }

    readList(r, root, QStringLiteral("tiers"), &merged.m_tiers, [&](const QJsonObject &o, const QVariantList &p) {
        PriceTier tier{r.string(o, QStringLiteral("id"), p, true).value_or(QString()),
                       r.string(o, QStringLiteral("name"), p, true).value_or(QString()),
                       r.number(o, QStringLiteral("max_usd_per_m"), p, false, 0, kMaxPrice)};
        if (auto sim = r.object(o, QStringLiteral("sim"), p, false))
            tier.sim = readCapacity(r, *sim, QVariantList(p) << QStringLiteral("sim"), tier.sim);
        return tier;
    });
    readList(r, root, QStringLiteral("ttft_bands"), &merged.m_bands, [&](const QJsonObject &o, const QVariantList &p) {
        return TtftBand{r.string(o, QStringLiteral("id"), p, true).value_or(QString()),
                        r.string(o, QStringLiteral("name"), p, true).value_or(QString()),
                        r.number(o, QStringLiteral("below_ms"), p, false, 0, kMaxMs)};
    });
    readList(r, root, QStringLiteral("regions"), &merged.m_regions, [&](const QJsonObject &o, const QVariantList &p) {
        Region region;
        region.id = r.string(o, QStringLiteral("id"), p, true).value_or(QString());
        region.name = r.string(o, QStringLiteral("name"), p, true).value_or(QString());
        return region;
    });

    const auto models = r.array(root, QStringLiteral("models"), {}, false);
    for (int i = 0; models && i < models->size() && r.ok(); ++i) {
        const QVariantList path{QStringLiteral("models"), i};
        if (!models->at(i).isObject()) {
            r.fail(path, Tr::tr("expected an object"));
            break;
        }
        const QJsonObject o = models->at(i).toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        // By index, not by search: a catalog of 100,000 models merges in linear time.
        if (const auto existing = merged.m_index.constFind(id); existing != merged.m_index.cend()) {
            ModelInfo &m = merged.m_models[*existing];
            m = readModel(r, o, path, m);
        } else {
            ModelInfo m = readModel(r, o, path, ModelInfo());
            m.userDefined = sourceName != kBuiltInPath;
            merged.m_index.insert(id, merged.m_models.size());
            merged.m_models.append(m);
        }
    }
    if (!r.ok()) {
        *error = r.error();
        return false;
    }
    *this = std::move(merged);
    reindex(); // a model read without an id, or ids that changed, leave no stale entry
    return true;
}

void Catalog::reindex()
{
    m_index.clear();
    m_index.reserve(m_models.size());
    for (qsizetype i = 0; i < m_models.size(); ++i)
        m_index.insert(m_models.at(i).id, i);
}

bool Catalog::mergeFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot read the catalog file: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxBytes) {
        *error = Tr::tr("%1: %2 MiB is more than a catalog can be (%3 MiB)")
                     .arg(QFileInfo(path).fileName())
                     .arg(f.size() >> 20)
                     .arg(kMaxBytes >> 20);
        return false;
    }
    return load(f.readAll(), QFileInfo(path).fileName(), error);
}

const ModelInfo *Catalog::model(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it != m_index.cend() ? &m_models.at(*it) : nullptr;
}

const PriceTier *Catalog::tierFor(std::optional<double> pricePerM) const
{
    if (!pricePerM)
        return nullptr;
    for (const PriceTier &t : m_tiers) {
        if (!t.maxPricePerM || *pricePerM <= *t.maxPricePerM)
            return &t;
    }
    return nullptr;
}

SimCapacity Catalog::simCapacity(const ModelInfo &model) const
{
    const PriceTier *tier = tierFor(model.outputPricePerM);
    SimCapacity c = tier ? tier->sim : SimCapacity();
    c.decodeSlots = model.simSlots.value_or(c.decodeSlots);
    c.queue = model.simQueue.value_or(c.queue);
    c.fullBatchSpeed = model.simFullBatchSpeed.value_or(c.fullBatchSpeed);
    return c;
}

const TtftBand *Catalog::bandFor(std::optional<double> ttftMs) const
{
    if (!ttftMs)
        return nullptr;
    for (const TtftBand &b : m_bands) {
        if (!b.belowMs || *ttftMs < *b.belowMs)
            return &b;
    }
    return nullptr;
}

bool Catalog::remove(const QString &id)
{
    const ModelInfo *m = model(id);
    if (!m || !m->userDefined)
        return false;
    m_models.removeAt(m_index.value(id));
    reindex();
    return true;
}

QByteArray Catalog::toJson() const
{
    return CatalogWriter::toBytes(CatalogWriter::document(*this));
}

QByteArray Catalog::overridesJson(const Catalog &base) const
{
    return CatalogWriter::toBytes(CatalogWriter::overrides(*this, base));
}

void Catalog::upsert(const ModelInfo &model)
{
    if (const auto it = m_index.constFind(model.id); it != m_index.cend()) {
        m_models[*it] = model;
    } else {
        m_index.insert(model.id, m_models.size());
        m_models.append(model);
    }
}
