#include "savedendpoints.h"

#include "endpointpresets.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

QJsonArray SavedEndpoints::toJson(const QList<Endpoint> &endpoints)
{
    QJsonArray array;
    for (const Endpoint &e : endpoints) {
        QJsonArray headers;
        for (const HttpHeader &h : e.headers)
            headers.append(h.toLine());
        array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("name"), e.name},
                                 {QStringLiteral("base_url"), e.baseUrl},
                                 {QStringLiteral("protocol"), e.protocol},
                                 {QStringLiteral("key"), e.keyRef},
                                 {QStringLiteral("headers"), headers},
                                 {QStringLiteral("stream_options"), e.streamOptions},
                                 {QStringLiteral("ca_file"), e.caFile}});
    }
    return array;
}

QList<Endpoint> SavedEndpoints::endpointsFromJson(const QJsonArray &array)
{
    QList<Endpoint> endpoints;
    QStringList ids;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Endpoint e;
        e.id = str(o, "id");
        if (e.id.isEmpty() || ids.contains(e.id))
            continue; // a hand-edited entry with no usable id
        e.name = str(o, "name");
        if (e.name.isEmpty())
            e.name = e.id;
        e.baseUrl = str(o, "base_url");
        e.protocol = str(o, "protocol") == u"anthropic" ? QStringLiteral("anthropic") : QStringLiteral("openai");
        const QString key = str(o, "key");
        e.keyRef = key.startsWith(u"env:") || key == u"keychain" ? key : QString();
        for (const QJsonValue &h : o.value(QStringLiteral("headers")).toArray()) {
            if (const auto header = HttpHeader::fromLine(h.toString()))
                e.headers.append(*header);
        }
        e.streamOptions = o.value(QStringLiteral("stream_options")).toBool(true);
        e.caFile = str(o, "ca_file");
        ids.append(e.id);
        endpoints.append(e);
    }
    return endpoints;
}

QJsonArray SavedEndpoints::toJson(const QList<Region> &regions)
{
    QJsonArray array;
    for (const Region &r : regions) {
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("proxy"), r.proxy},
                                 {QStringLiteral("proxy_user"), r.proxyUser},
                                 {QStringLiteral("base_url"), r.baseUrl},
                                 {QStringLiteral("endpoint"), r.endpoint}});
    }
    return array;
}

QList<Region> SavedEndpoints::regionsFromJson(const QJsonArray &array)
{
    QList<Region> regions;
    QStringList ids;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Region r;
        r.id = str(o, "id");
        if (r.id.isEmpty() || ids.contains(r.id))
            continue;
        r.name = str(o, "name");
        if (r.name.isEmpty())
            r.name = r.id;
        r.proxy = str(o, "proxy");
        r.proxyUser = str(o, "proxy_user");
        r.baseUrl = str(o, "base_url");
        r.endpoint = str(o, "endpoint");
        ids.append(r.id);
        regions.append(r);
    }
    return regions;
}

QList<Endpoint> SavedEndpoints::defaultEndpoints()
{
    QList<Endpoint> endpoints;
    QStringList ids;
    for (const EndpointPreset &p : EndpointPresets::all()) {
        Endpoint e;
        e.id = uniqueId(p.name, ids);
        e.name = p.name;
        e.baseUrl = p.baseUrl;
        e.protocol = p.protocol;
        e.keyRef = p.keyEnv.isEmpty() ? QString() : QStringLiteral("env:") + p.keyEnv;
        ids.append(e.id);
        endpoints.append(e);
    }
    return endpoints;
}

QList<Region> SavedEndpoints::defaultRegions()
{
    Region local;
    local.id = QStringLiteral("local");
    local.name = QCoreApplication::translate("SavedEndpoints", "This machine");
    return {local};
}

QString SavedEndpoints::uniqueId(const QString &name, const QStringList &taken)
{
    static const QRegularExpression kNotSlug(QStringLiteral("[^a-z0-9]+"));
    QString base = name.toLower().replace(kNotSlug, QStringLiteral("-"));
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("endpoint");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}
