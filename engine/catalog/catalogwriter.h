#pragma once

#include <QByteArray>
#include <QJsonObject>

class Catalog;
struct ModelInfo;

// Writes catalogs as tokenmeter.catalog/1 documents, the format Catalog::load
// reads: every field of a model, unknown ones as null, so nothing is invented.
namespace CatalogWriter {

// One model with every field it has.
QJsonObject model(const ModelInfo &m);
// The whole catalog: models, tiers, bands and regions.
QJsonObject document(const Catalog &catalog);
// What `catalog` changes over `base`: models base lacks, the changed fields of
// the others (with their id), and any of tiers, bands, regions that differ.
QJsonObject overrides(const Catalog &catalog, const Catalog &base);

QByteArray toBytes(const QJsonObject &document);

} // namespace CatalogWriter
