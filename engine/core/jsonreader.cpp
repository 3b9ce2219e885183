#include "jsonreader.h"

#include "jsonlocation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {
// This file's strings, in the "JsonReader" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};
} // namespace

JsonReader::JsonReader(QByteArray text, QString sourceName)
    : m_text(std::move(text))
    , m_source(std::move(sourceName))
{ }

bool JsonReader::parseObject(QJsonObject *root)
{
    if (m_text.trimmed().isEmpty()) {
        m_error = Tr::tr("%1: the file is empty").arg(m_source);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = Tr::tr("%1:%2: not valid JSON: %3")
                      .arg(m_source)
                      .arg(JsonLocation::lineAtOffset(m_text, parseError.offset))
                      .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        m_error = Tr::tr("%1:1: expected a JSON object at the top level").arg(m_source);
        return false;
    }
    *root = doc.object();
    return true;
}

void JsonReader::fail(const QVariantList &path, const QString &message)
{
    if (!m_error.isEmpty())
        return; // the first problem is the one to fix first
    m_error = QStringLiteral("%1:%2: %3: %4")
                  .arg(m_source)
                  .arg(JsonLocation::lineOf(m_text, path))
                  .arg(JsonLocation::describe(path), message);
}

std::optional<QJsonValue> JsonReader::value(const QJsonObject &o, const QString &key, const QVariantList &path,
                                            bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(path, Tr::tr("missing, and it is required"));
        return std::nullopt;
    }
    return v;
}

std::optional<QString> JsonReader::string(const QJsonObject &o, const QString &key, QVariantList path, bool required)
{
    path.append(key);
    const auto v = value(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(path, Tr::tr("expected a string"));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<double> JsonReader::number(const QJsonObject &o, const QString &key, QVariantList path, bool required,
                                         double min, double max)
{
    path.append(key);
    const auto v = value(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        fail(path, Tr::tr("expected a number"));
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        fail(path, Tr::tr("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> JsonReader::boolean(const QJsonObject &o, const QString &key, QVariantList path, bool required)
{
    path.append(key);
    const auto v = value(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        fail(path, Tr::tr("expected true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &o, const QString &key, QVariantList path,
                                              bool required)
{
    path.append(key);
    const auto v = value(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(path, Tr::tr("expected an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &o, const QString &key, QVariantList path, bool required)
{
    path.append(key);
    const auto v = value(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        fail(path, Tr::tr("expected an array"));
        return std::nullopt;
    }
    return v->toArray();
}
