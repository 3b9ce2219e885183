#include "dialect.h"

#include "anthropicdialect.h"
#include "openaidialect.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QString AgentTool::name()
{
    return QStringLiteral("get_weather");
}

QString AgentTool::description()
{
    return QStringLiteral("The weather forecast for a place, day by day.");
}

QJsonObject AgentTool::parameters()
{
    const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("location"), string},
                     {QStringLiteral("unit"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                  {QStringLiteral("enum"),
                                   QJsonArray{QStringLiteral("celsius"), QStringLiteral("fahrenheit")}}}},
                     {QStringLiteral("days"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("location")}},
    };
}

QString Dialect::errorText(const QJsonValue &err)
{
    if (err.isString())
        return err.toString();
    const QJsonObject e = err.toObject();
    QString msg = e.value(QStringLiteral("message")).toString();
    const QJsonValue code = e.value(QStringLiteral("code"));
    const QString codeText = code.isDouble() ? QString::number(code.toInt()) : code.toString();
    if (!codeText.isEmpty() && !msg.contains(codeText))
        msg = msg.isEmpty() ? codeText : msg + QStringLiteral(" (") + codeText + u')';
    return msg.isEmpty() ? QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) : msg;
}

QString Dialect::errorMessageFromBody(const QByteArray &body) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue err = o.value(QStringLiteral("error"));
        if (err.isObject() || err.isString())
            return errorText(err);
        for (const char *key : {"message", "detail", "msg"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                return v.toString();
        }
    }
    // Not JSON: show the start of it as one line of text. An HTML error page
    // (a proxy's "502 Bad Gateway") loses its markup, keeping its title once.
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression head(QStringLiteral("<head[^>]*>.*</head>"),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    if (text.contains(u'<')) {
        text.remove(head);
        text.replace(tag, QStringLiteral(" "));
    }
    text = text.simplified();
    if (text.size() > 300 || body.size() > 4096)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

std::optional<QJsonObject> Dialect::jsonObject(const QByteArray &data, StreamDelta &d)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isObject())
        return doc.object();
    d.malformed = true;
    d.errorMessage = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a JSON object");
    return std::nullopt;
}

const Dialect &Dialect::forProtocol(const QString &protocol)
{
    // Dialects keep no state: one of each serves every thread.
    static const AnthropicDialect anthropic;
    static const OpenAiDialect openai;
    if (protocol == u"anthropic")
        return anthropic;
    return openai;
}

std::optional<qint64> Dialect::count(const QJsonValue &value, const QString &name, StreamDelta &d)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    constexpr double kMaxCount = 1e9; // more tokens than any answer or prompt has
    const double v = value.toDouble(-1);
    // Range-checked before the conversion: a double beyond qint64 converts to nothing defined.
    if (value.isDouble() && std::isfinite(v) && v >= 0 && v <= kMaxCount && v == std::floor(v))
        return qint64(v);
    d.malformed = true;
    const QString shown = value.isDouble()
        ? QString::number(value.toDouble(), 'g', 6)
        : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    d.errorMessage = QCoreApplication::translate("Dialect", "%1 %2 is not a count").arg(name, shown.left(40));
    return std::nullopt;
}
