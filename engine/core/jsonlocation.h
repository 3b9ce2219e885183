#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

// Where a value sits in a JSON text, so that a message about a bad file can
// name the line a person has to fix. QJsonDocument keeps no positions.
namespace JsonLocation {

// 1-based line of the value at `path` (object keys as QString, array indexes
// as int); the line of the deepest part of the path that exists when the rest
// does not; 0 when the text is not JSON at all.
int lineOf(const QByteArray &text, const QVariantList &path);

// 1-based line of a byte offset (as QJsonParseError::offset reports it).
int lineAtOffset(const QByteArray &text, qsizetype offset);

// "models[3].output_price_usd_per_m" for a path as above.
QString describe(const QVariantList &path);

} // namespace JsonLocation
