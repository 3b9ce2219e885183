#include "dialect.h"

#include <QJsonDocument>
#include <QJsonObject>

QString Dialect::errorMessageFromBody(const QByteArray &body) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue err = o.value(QStringLiteral("error"));
        if (err.isObject()) {
            const QJsonObject e = err.toObject();
            const QString msg = e.value(QStringLiteral("message")).toString();
            if (!msg.isEmpty())
                return msg;
        }
        if (err.isString())
            return err.toString();
        for (const char *key : {"message", "detail", "msg"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                return v.toString();
        }
    }
    // Not JSON: show the start of it, one line, so an HTML error page stays readable.
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}
