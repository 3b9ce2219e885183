#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariantList>

#include <optional>

// Reads typed fields out of a parsed JSON document and turns the first
// problem into a message naming the file, the line and the field
// ("catalog.json:14: models[2].output_price_usd_per_m: expected a number").
class JsonReader
{
public:
    JsonReader(QByteArray text, QString sourceName);

    // Parses the text; false (with error()) when it is not a JSON object.
    bool parseObject(QJsonObject *root);

    std::optional<QString> string(const QJsonObject &o, const QString &key, QVariantList path, bool required);
    // A number, or std::nullopt for a missing or null optional field.
    std::optional<double> number(const QJsonObject &o, const QString &key, QVariantList path, bool required, double min,
                                 double max);
    std::optional<bool> boolean(const QJsonObject &o, const QString &key, QVariantList path, bool required);
    std::optional<QJsonObject> object(const QJsonObject &o, const QString &key, QVariantList path, bool required);
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &key, QVariantList path, bool required);

    void fail(const QVariantList &path, const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    std::optional<QJsonValue> value(const QJsonObject &o, const QString &key, const QVariantList &path, bool required);

    QByteArray m_text;
    QString m_source;
    QString m_error;
};
