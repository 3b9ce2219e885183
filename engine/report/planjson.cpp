#include "planjson.h"
#include "load/loadjson.h"

#include "core/jsonreader.h"
#include "plan/runplan.h"
#include "workload/workloadjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// This file's strings, in the "PlanJson" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)
};

// Header values can be credentials: a report names the headers only.
QJsonArray headerNames(const QList<HttpHeader> &headers)
{
    QJsonArray names;
    for (const HttpHeader &h : headers)
        names.append(QString::fromLatin1(h.name));
    return names;
}

QJsonObject endpointJson(const Endpoint &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("base_url"), QUrl(e.baseUrl).toString(QUrl::RemoveUserInfo)},
                  {QStringLiteral("protocol"), e.protocol},
                  {QStringLiteral("include_usage"), e.streamOptions}};
    if (!e.headers.isEmpty())
        o.insert(QStringLiteral("headers"), headerNames(e.headers));
    return o;
}

QJsonObject regionJson(const Region &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}};
    if (!r.proxy.isEmpty())
        o.insert(QStringLiteral("proxy"), r.proxyWithoutCredentials()); // where requests left from, never who logs in
    if (!r.baseUrl.isEmpty()) {
        o.insert(QStringLiteral("base_url"), QUrl(r.baseUrl).toString(QUrl::RemoveUserInfo));
        if (!r.endpoint.isEmpty())
            o.insert(QStringLiteral("endpoint"), r.endpoint);
    }
    return o;
}

QJsonObject routesJson(const RunPlan &p)
{
    QJsonObject routes;
    for (const QString &model : p.models) {
        const ModelRoute route = p.routes.value(model);
        QJsonObject o{{QStringLiteral("endpoint"), route.endpoint}};
        if (!route.apiId.isEmpty())
            o.insert(QStringLiteral("api_id"), route.apiId);
        routes.insert(model, o);
    }
    return routes;
}

QList<HttpHeader> readHeaderNames(JsonReader &r, const QJsonObject &o, const QVariantList &at)
{
    QList<HttpHeader> headers;
    const QJsonArray names = r.array(o, QStringLiteral("headers"), at, false).value_or(QJsonArray());
    for (qsizetype i = 0; i < names.size() && r.ok(); ++i) {
        if (!names.at(i).isString())
            r.fail(at + QVariantList{QStringLiteral("headers"), int(i)}, Tr::tr("expected a header name"));
        else
            headers.append(HttpHeader{names.at(i).toString().toLatin1(), {}});
    }
    return headers;
}

// The objects of an array field, each read by `read`; stops at the first problem.
template<typename T, typename Read>
QList<T> readObjects(JsonReader &r, const QJsonObject &c, const QString &key, const QVariantList &at, bool required,
                     Read read)
{
    QList<T> list;
    const QJsonArray array = r.array(c, key, at, required).value_or(QJsonArray());
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QVariantList itemAt = at + QVariantList{key, int(i)};
        if (!array.at(i).isObject()) {
            r.fail(itemAt, Tr::tr("expected an object"));
            break;
        }
        list.append(read(array.at(i).toObject(), itemAt));
    }
    return list;
}

Endpoint readEndpoint(JsonReader &r, const QJsonObject &o, const QVariantList &at)
{
    Endpoint e;
    e.id = r.string(o, QStringLiteral("id"), at, true).value_or(QString());
    e.name = r.string(o, QStringLiteral("name"), at, false).value_or(e.id);
    e.baseUrl = r.string(o, QStringLiteral("base_url"), at, false).value_or(QString());
    e.protocol = r.string(o, QStringLiteral("protocol"), at, false).value_or(e.protocol);
    e.streamOptions = r.boolean(o, QStringLiteral("include_usage"), at, false).value_or(true);
    e.headers = readHeaderNames(r, o, at);
    return e;
}

Region readRegion(JsonReader &r, const QJsonObject &o, const QVariantList &at)
{
    Region region;
    region.id = r.string(o, QStringLiteral("id"), at, true).value_or(QString());
    region.name = r.string(o, QStringLiteral("name"), at, false).value_or(region.id);
    region.proxy = r.string(o, QStringLiteral("proxy"), at, false).value_or(QString());
    region.baseUrl = r.string(o, QStringLiteral("base_url"), at, false).value_or(QString());
    region.endpoint = r.string(o, QStringLiteral("endpoint"), at, false).value_or(QString());
    return region;
}

void readRoutes(JsonReader &r, const QJsonObject &c, const QVariantList &at, const QString &defaultEndpoint, RunPlan *p)
{
    const QJsonObject routes = r.object(c, QStringLiteral("routes"), at, false).value_or(QJsonObject());
    for (auto it = routes.begin(); it != routes.end() && r.ok(); ++it) {
        const QVariantList routeAt = at + QVariantList{QStringLiteral("routes"), it.key()};
        if (!it->isObject()) {
            r.fail(routeAt, Tr::tr("expected an object"));
            break;
        }
        const QJsonObject o = it->toObject();
        const QString endpoint = r.string(o, QStringLiteral("endpoint"), routeAt, false).value_or(QString());
        p->routes.insert(it.key(),
                         ModelRoute{endpoint.isEmpty() ? defaultEndpoint : endpoint,
                                    r.string(o, QStringLiteral("api_id"), routeAt, false).value_or(QString())});
    }
    for (const QString &model : std::as_const(p->models)) {
        if (!p->routes.contains(model))
            p->routes.insert(model, ModelRoute{defaultEndpoint, {}});
    }
}

// Reports before one endpoint type: a main endpoint in fields of its own, the
// rest in other_endpoints, and each region's resolved base URLs.
void readOlderEndpoints(JsonReader &r, const QJsonObject &c, const QVariantList &at, const QList<QJsonObject> &regions,
                        RunPlan *p)
{
    Endpoint main;
    main.id = p->simulated ? QStringLiteral("simulated") : QStringLiteral("main");
    main.name = r.string(c, QStringLiteral("endpoint_name"), at, false).value_or(QString());
    main.baseUrl = r.string(c, QStringLiteral("endpoint"), at, false).value_or(QString());
    main.protocol = r.string(c, QStringLiteral("protocol"), at, false).value_or(main.protocol);
    main.streamOptions = r.boolean(c, QStringLiteral("include_usage"), at, false).value_or(true);
    main.headers = readHeaderNames(r, c, at);
    p->endpoints = {main};
    p->endpoints += readObjects<Endpoint>(r, c, QStringLiteral("other_endpoints"), at, false,
                                          [&r](const QJsonObject &o, const QVariantList &a) {
                                              return readEndpoint(r, o, a);
                                          });
    for (qsizetype i = 0; i < p->regions.size() && i < regions.size(); ++i) {
        Region &region = p->regions[i];
        region.endpoint = main.id; // base_url was the main endpoint's URL from there
        const QJsonObject urls = regions.at(i).value(QStringLiteral("endpoint_urls")).toObject();
        if (region.baseUrl == main.baseUrl && !urls.isEmpty()) {
            region.baseUrl = urls.begin()->toString();
            region.endpoint = urls.begin().key();
        }
    }
    readRoutes(r, c, at, main.id, p);
}

void readCounts(JsonReader &r, const QJsonObject &c, const QVariantList &at, RunPlan *p)
{
    p->iterations = int(r.number(c, QStringLiteral("iterations"), at, true, 1, 1e6).value_or(1));
    p->warmup = int(r.number(c, QStringLiteral("warmup"), at, true, 0, 1e4).value_or(0));
    p->lanes = int(r.number(c, QStringLiteral("lanes"), at, false, 0, 1e6).value_or(0));
    p->concurrency = int(r.number(c, QStringLiteral("concurrency"), at, false, 1, 1e5).value_or(1));
    p->retries = int(r.number(c, QStringLiteral("retries"), at, false, 0, 100).value_or(0));
    p->prompt = r.string(c, QStringLiteral("prompt"), at, false).value_or(QString());
    p->maxTokens = int(r.number(c, QStringLiteral("max_tokens"), at, false, 1, 1e7).value_or(150));
    p->timeScale = r.number(c, QStringLiteral("time_scale"), at, false, 1e-3, 1e4).value_or(1.0);
    p->keepText = r.boolean(c, QStringLiteral("keep_text"), at, false).value_or(false);
    // Runs from before the engine's own transport all went over Qt's.
    const QString transport = r.string(c, QStringLiteral("transport"), at, false).value_or(QStringLiteral("qt"));
    if (transport != u"qt" && transport != u"engine")
        r.fail(at + QVariantList{QStringLiteral("transport")}, Tr::tr("expected \"engine\" or \"qt\""));
    p->qtTransport = transport != u"engine";
    if (const auto workload = r.object(c, QStringLiteral("workload"), at, false))
        p->workload = WorkloadJson::read(r, *workload, at + QVariantList{QStringLiteral("workload")});
    else
        p->workload = WorkloadJson::older(p->prompt, p->maxTokens);
    const QString nonce = r.string(c, QStringLiteral("prompt_nonce"), at, false).value_or(QString());
    p->promptNonce = nonce.toULongLong(nullptr, 16);
    if (const auto load = r.object(c, QStringLiteral("load"), at, false))
        p->load = LoadJson::read(r, *load, at + QVariantList{QStringLiteral("load")});
    if (const auto limits = r.object(c, QStringLiteral("limits"), at, false)) {
        const QVariantList lAt = at + QVariantList{QStringLiteral("limits")};
        StreamLimits &l = p->limits;
        l.maxEventBytes = qsizetype(r.number(*limits, QStringLiteral("max_event_bytes"), lAt, false, 1, 1e12)
                                        .value_or(double(l.maxEventBytes)));
        l.maxResponseBytes = qint64(r.number(*limits, QStringLiteral("max_response_bytes"), lAt, false, 1, 1e15)
                                        .value_or(double(l.maxResponseBytes)));
        l.maxTokenEvents = int(
            r.number(*limits, QStringLiteral("max_token_events"), lAt, false, 1, 1e9).value_or(l.maxTokenEvents));
    }
    const auto timeouts = r.object(c, QStringLiteral("timeouts_s"), at, false);
    if (!timeouts)
        return;
    const QVariantList tAt = at + QVariantList{QStringLiteral("timeouts_s")};
    Timeouts &t = p->timeouts;
    t.connectS = r.number(*timeouts, QStringLiteral("connect"), tAt, false, 0, 1e6).value_or(t.connectS);
    t.firstTokenS = r.number(*timeouts, QStringLiteral("first_token"), tAt, false, 0, 1e6).value_or(t.firstTokenS);
    t.idleS = r.number(*timeouts, QStringLiteral("idle"), tAt, false, 0, 1e6).value_or(t.idleS);
    t.totalS = r.number(*timeouts, QStringLiteral("total"), tAt, false, 0, 1e6).value_or(t.totalS);
}

} // namespace

QJsonObject PlanJson::toJson(const RunPlan &p)
{
    QJsonArray endpoints, regions;
    for (const Endpoint &e : p.endpoints)
        endpoints.append(endpointJson(e));
    for (const Region &r : p.regions)
        regions.append(regionJson(r));
    QJsonObject o{
        {QStringLiteral("endpoint_name"), p.endpointNames()},
        {QStringLiteral("endpoints"), endpoints},
        {QStringLiteral("models"), QJsonArray::fromStringList(p.models)},
        {QStringLiteral("routes"), routesJson(p)},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("iterations"), p.iterations},
        {QStringLiteral("warmup"), p.warmup},
        {QStringLiteral("lanes"), p.lanes},
        {QStringLiteral("concurrency"), p.concurrency},
        {QStringLiteral("retries"), p.retries},
        // A prompt read from a file is named by its workload, never quoted, unless texts are kept.
        {QStringLiteral("prompt"), p.workload.promptFile.isEmpty() || p.keepText ? p.prompt : QString()},
        {QStringLiteral("max_tokens"), p.maxTokens},
        {QStringLiteral("workload"), WorkloadJson::toJson(p.workload)},
        {QStringLiteral("prompt_nonce"), QString::number(p.promptNonce, 16)},
        {QStringLiteral("time_scale"), p.timeScale},
        {QStringLiteral("keep_text"), p.keepText},
        // Which HTTP stack timed the direct lanes (lanes through a proxy always go over Qt's).
        {QStringLiteral("transport"), p.qtTransport ? QStringLiteral("qt") : QStringLiteral("engine")},
        {QStringLiteral("limits"),
         QJsonObject{{QStringLiteral("max_event_bytes"), double(p.limits.maxEventBytes)},
                     {QStringLiteral("max_response_bytes"), double(p.limits.maxResponseBytes)},
                     {QStringLiteral("max_token_events"), p.limits.maxTokenEvents}}},
        {QStringLiteral("timeouts_s"),
         QJsonObject{{QStringLiteral("connect"), p.timeouts.connectS},
                     {QStringLiteral("first_token"), p.timeouts.firstTokenS},
                     {QStringLiteral("idle"), p.timeouts.idleS},
                     {QStringLiteral("total"), p.timeouts.totalS}}},
    };
    if (p.load.openLoop() || p.load.timed())
        o.insert(QStringLiteral("load"), LoadJson::toJson(p.load));
    return o;
}

std::optional<RunPlan> PlanJson::read(JsonReader &r, const QJsonObject &c, const QVariantList &at, bool simulated)
{
    RunPlan p;
    p.simulated = simulated;
    const QJsonArray models = r.array(c, QStringLiteral("models"), at, true).value_or(QJsonArray());
    for (qsizetype i = 0; i < models.size() && r.ok(); ++i) {
        if (!models.at(i).isString() || models.at(i).toString().isEmpty())
            r.fail(at + QVariantList{QStringLiteral("models"), int(i)}, Tr::tr("expected a model id"));
        else
            p.models.append(models.at(i).toString());
    }
    QList<QJsonObject> regionObjects;
    p.regions = readObjects<Region>(r, c, QStringLiteral("regions"), at, true,
                                    [&](const QJsonObject &o, const QVariantList &a) {
                                        regionObjects.append(o);
                                        return readRegion(r, o, a);
                                    });
    if (c.contains(QStringLiteral("endpoints"))) {
        p.endpoints = readObjects<Endpoint>(r, c, QStringLiteral("endpoints"), at, true,
                                            [&r](const QJsonObject &o, const QVariantList &a) {
                                                return readEndpoint(r, o, a);
                                            });
        readRoutes(r, c, at, p.endpoints.isEmpty() ? QString() : p.endpoints.constFirst().id, &p);
    } else {
        readOlderEndpoints(r, c, at, regionObjects, &p);
    }
    readCounts(r, c, at, &p);
    if (!r.ok())
        return std::nullopt;
    return p;
}
