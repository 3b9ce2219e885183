#include "reportreader.h"

#include "run/requestmetrics.h"
#include "core/jsonreader.h"
#include "jsonreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>

#include <algorithm>

#include <cmath>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportReader", text);
}

constexpr double kMaxMs = 1e7;      // any duration: under three hours
constexpr double kMaxCount = 1e9;   // tokens, events, bytes
constexpr qsizetype kMaxEvents = 10'000'000;

// Reads one request's fields; the timeline's offsets go back to wall-clock
// microseconds (the report holds them in the run's time base).
class RequestParser
{
public:
    RequestParser(JsonReader &r, const RunPlan &plan) : m_r(r), m_plan(plan) {}

    std::optional<RequestRecord> read(const QJsonValue &value, int index);

private:
    // Milliseconds in the run's time base to wall microseconds, -1 when absent.
    qint32 offsetUs(const QJsonObject &o, const QString &key, const QVariantList &at)
    {
        const auto ms = m_r.number(o, key, at, false, 0, kMaxMs);
        return ms ? toUs(*ms, at) : -1;
    }
    qint32 toUs(double ms, const QVariantList &at)
    {
        const double us = std::round(ms * 1000.0 / m_plan.timeScale);
        if (us > std::numeric_limits<qint32>::max()) {
            m_r.fail(at, tr("longer than a request can last (35 minutes of wall time)"));
            return -1;
        }
        return qint32(us);
    }

    JsonReader &m_r;
    const RunPlan &m_plan;
};

std::optional<RequestRecord> RequestParser::read(const QJsonValue &value, int index)
{
    const QVariantList at{QStringLiteral("requests"), index};
    if (!value.isObject()) {
        m_r.fail(at, tr("expected an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    RequestRecord rec;
    RequestTimeline &t = rec.timeline;
    t.requestId = m_r.string(o, QStringLiteral("id"), at, false).value_or(QString()).toLatin1();
    rec.model = m_r.string(o, QStringLiteral("model"), at, true).value_or(QString());
    rec.region = m_r.string(o, QStringLiteral("region"), at, true).value_or(QString());
    if (!m_r.ok())
        return std::nullopt;
    const qsizetype model = m_plan.models.indexOf(rec.model);
    const auto region = std::find_if(m_plan.regions.cbegin(), m_plan.regions.cend(),
                                     [&](const RegionRoute &r) { return r.id == rec.region; });
    if (model < 0) {
        m_r.fail(at + QVariantList{QStringLiteral("model")}, tr("\"%1\" is not one of config.models").arg(rec.model));
        return std::nullopt;
    }
    if (region == m_plan.regions.cend()) {
        m_r.fail(at + QVariantList{QStringLiteral("region")}, tr("\"%1\" is not one of config.regions").arg(rec.region));
        return std::nullopt;
    }
    rec.lane = int(model * m_plan.regions.size() + (region - m_plan.regions.cbegin()));
    rec.iteration = int(m_r.number(o, QStringLiteral("iteration"), at, true, 0, 1e7).value_or(0));
    rec.warmup = m_r.boolean(o, QStringLiteral("warmup"), at, true).value_or(false);
    const QString status = m_r.string(o, QStringLiteral("status"), at, true).value_or(QString());
    t.status = statusFromId(status);
    if (m_r.ok() && (t.status == RequestStatus::Pending)) {
        m_r.fail(at + QVariantList{QStringLiteral("status")}, tr("\"%1\" is not a request status").arg(status));
        return std::nullopt;
    }
    t.error = m_r.string(o, QStringLiteral("error"), at, false).value_or(QString());
    t.httpStatus = int(m_r.number(o, QStringLiteral("http_status"), at, false, 0, 999).value_or(0));
    const QString mono = m_r.string(o, QStringLiteral("t_send_mono_ns"), at, false).value_or(QStringLiteral("0"));
    bool ok = false;
    t.sendMonoNs = mono.toLongLong(&ok);
    if (!ok || t.sendMonoNs < 0)
        m_r.fail(at + QVariantList{QStringLiteral("t_send_mono_ns")}, tr("expected a whole number of nanoseconds"));
    rec.clientWaitUs = qint32(std::round(m_r.number(o, QStringLiteral("client_wait_ms"), at, false, 0, kMaxMs).value_or(0) * 1000.0));
    t.sentUs = offsetUs(o, QStringLiteral("sent_ms"), at + QVariantList{QStringLiteral("sent_ms")});
    t.headersUs = offsetUs(o, QStringLiteral("headers_ms"), at + QVariantList{QStringLiteral("headers_ms")});
    t.firstContentUs = offsetUs(o, QStringLiteral("ttft_ms"), at + QVariantList{QStringLiteral("ttft_ms")});
    t.firstAnyUs = offsetUs(o, QStringLiteral("ttft_any_ms"), at + QVariantList{QStringLiteral("ttft_any_ms")});
    t.endUs = offsetUs(o, QStringLiteral("e2e_ms"), at + QVariantList{QStringLiteral("e2e_ms")});
    const auto tokens = m_r.number(o, QStringLiteral("output_tokens"), at, false, 0, kMaxCount);
    const auto promptTokens = m_r.number(o, QStringLiteral("prompt_tokens"), at, false, 0, kMaxCount);
    if (promptTokens)
        t.usagePromptTokens = qint64(*promptTokens);
    const QString source = m_r.string(o, QStringLiteral("token_source"), at, false).value_or(QStringLiteral("none"));
    if (source == tokenSourceId(TokenSource::Usage)) {
        if (!tokens && m_r.ok())
            m_r.fail(at + QVariantList{QStringLiteral("output_tokens")}, tr("missing, and token_source says usage"));
        t.usageCompletionTokens = qint64(tokens.value_or(0));
    } else if (source != tokenSourceId(TokenSource::Events) && source != tokenSourceId(TokenSource::None)) {
        m_r.fail(at + QVariantList{QStringLiteral("token_source")}, tr("expected usage, events or none"));
    }
    t.finishReason = m_r.string(o, QStringLiteral("finish_reason"), at, false).value_or(QString());
    t.events = int(m_r.number(o, QStringLiteral("events"), at, false, 0, kMaxCount).value_or(0));
    t.comments = int(m_r.number(o, QStringLiteral("comments"), at, false, 0, kMaxCount).value_or(0));
    t.bytes = qint64(m_r.number(o, QStringLiteral("bytes"), at, false, 0, 1e15).value_or(0));
    t.text = m_r.string(o, QStringLiteral("text"), at, false).value_or(QString());
    t.reasoningText = m_r.string(o, QStringLiteral("reasoning_text"), at, false).value_or(QString());
    const QJsonArray events = m_r.array(o, QStringLiteral("events_ms"), at, false).value_or(QJsonArray());
    if (events.size() > kMaxEvents) {
        m_r.fail(at + QVariantList{QStringLiteral("events_ms")}, tr("more events than any stream sends"));
        return std::nullopt;
    }
    t.tokenEventsUs.reserve(events.size());
    double previous = 0;
    for (qsizetype i = 0; i < events.size() && m_r.ok(); ++i) {
        const QVariantList eventAt = at + QVariantList{QStringLiteral("events_ms"), int(i)};
        const QJsonValue e = events.at(i);
        if (!e.isDouble() || !(e.toDouble() >= previous) || e.toDouble() > kMaxMs) {
            m_r.fail(eventAt, tr("expected a number of ms, not less than the one before it"));
            break;
        }
        previous = e.toDouble();
        t.tokenEventsUs.append(toUs(previous, eventAt));
    }
    if (!m_r.ok())
        return std::nullopt;
    return rec;
}

// Header names; their values were never saved.
QList<HttpHeader> readHeaderNames(JsonReader &r, const QJsonObject &o, const QVariantList &at)
{
    QList<HttpHeader> headers;
    const QJsonArray names = r.array(o, QStringLiteral("headers"), at, false).value_or(QJsonArray());
    for (qsizetype i = 0; i < names.size() && r.ok(); ++i) {
        if (!names.at(i).isString())
            r.fail(at + QVariantList{QStringLiteral("headers"), int(i)}, tr("expected a header name"));
        else
            headers.append(HttpHeader{names.at(i).toString().toLatin1(), {}});
    }
    return headers;
}

// The endpoints besides the main one, and which model went where.
void readRoutes(JsonReader &r, const QJsonObject &c, const QVariantList &at, RunPlan *p)
{
    p->headers = readHeaderNames(r, c, at);
    const QJsonArray endpoints = r.array(c, QStringLiteral("other_endpoints"), at, false).value_or(QJsonArray());
    for (qsizetype i = 0; i < endpoints.size() && r.ok(); ++i) {
        const QVariantList eAt = at + QVariantList{QStringLiteral("other_endpoints"), int(i)};
        if (!endpoints.at(i).isObject()) {
            r.fail(eAt, tr("expected an object"));
            break;
        }
        const QJsonObject o = endpoints.at(i).toObject();
        EndpointRoute e;
        e.id = r.string(o, QStringLiteral("id"), eAt, true).value_or(QString());
        e.name = r.string(o, QStringLiteral("name"), eAt, false).value_or(e.id);
        e.baseUrl = QUrl(r.string(o, QStringLiteral("base_url"), eAt, false).value_or(QString()));
        e.protocol = r.string(o, QStringLiteral("protocol"), eAt, false).value_or(e.protocol);
        e.includeUsage = r.boolean(o, QStringLiteral("include_usage"), eAt, false).value_or(true);
        e.headers = readHeaderNames(r, o, eAt);
        p->otherEndpoints.append(e);
    }
    if (const auto routes = r.object(c, QStringLiteral("routes"), at, false)) {
        for (auto it = routes->begin(); it != routes->end() && r.ok(); ++it) {
            const QVariantList rAt = at + QVariantList{QStringLiteral("routes"), it.key()};
            if (!it->isObject()) {
                r.fail(rAt, tr("expected an object"));
                break;
            }
            const QJsonObject o = it->toObject();
            p->routes.insert(it.key(), ModelRoute{r.string(o, QStringLiteral("api_id"), rAt, false).value_or(QString()),
                                                  r.string(o, QStringLiteral("endpoint"), rAt, false).value_or(QString())});
        }
    }
}

std::optional<RunPlan> readPlan(JsonReader &r, const QJsonObject &root)
{
    const QVariantList at{QStringLiteral("config")};
    const auto config = r.object(root, QStringLiteral("config"), {}, true);
    if (!config)
        return std::nullopt;
    const QJsonObject &c = *config;
    RunPlan p;
    p.endpointName = r.string(c, QStringLiteral("endpoint_name"), at, false).value_or(QString());
    p.endpoint = QUrl(r.string(c, QStringLiteral("endpoint"), at, false).value_or(QString()));
    p.protocol = r.string(c, QStringLiteral("protocol"), at, false).value_or(p.protocol);
    const QJsonArray models = r.array(c, QStringLiteral("models"), at, true).value_or(QJsonArray());
    for (qsizetype i = 0; i < models.size() && r.ok(); ++i) {
        if (!models.at(i).isString() || models.at(i).toString().isEmpty())
            r.fail(at + QVariantList{QStringLiteral("models"), int(i)}, tr("expected a model id"));
        else
            p.models.append(models.at(i).toString());
    }
    const QJsonArray regions = r.array(c, QStringLiteral("regions"), at, true).value_or(QJsonArray());
    for (qsizetype i = 0; i < regions.size() && r.ok(); ++i) {
        const QVariantList regionAt = at + QVariantList{QStringLiteral("regions"), int(i)};
        if (!regions.at(i).isObject()) {
            r.fail(regionAt, tr("expected an object"));
            break;
        }
        const QJsonObject o = regions.at(i).toObject();
        RegionRoute route;
        route.id = r.string(o, QStringLiteral("id"), regionAt, true).value_or(QString());
        route.name = r.string(o, QStringLiteral("name"), regionAt, false).value_or(route.id);
        route.baseUrl = QUrl(r.string(o, QStringLiteral("base_url"), regionAt, false).value_or(QString()));
        if (const auto proxy = r.string(o, QStringLiteral("proxy"), regionAt, false)) {
            const QUrl url(*proxy);
            route.proxy = QNetworkProxy(url.scheme() == u"socks5" ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                        url.host(), quint16(std::clamp(url.port(), 0, 65535)));
        }
        if (const auto urls = r.object(o, QStringLiteral("endpoint_urls"), regionAt, false)) {
            for (auto it = urls->begin(); it != urls->end(); ++it)
                route.endpointUrls.insert(it.key(), QUrl(it->toString()));
        }
        p.regions.append(route);
    }
    p.iterations = int(r.number(c, QStringLiteral("iterations"), at, true, 1, 1e6).value_or(1));
    p.warmup = int(r.number(c, QStringLiteral("warmup"), at, true, 0, 1e4).value_or(0));
    p.lanes = int(r.number(c, QStringLiteral("lanes"), at, false, 0, 1e6).value_or(0));
    p.concurrency = int(r.number(c, QStringLiteral("concurrency"), at, false, 1, 1e5).value_or(1));
    p.prompt = r.string(c, QStringLiteral("prompt"), at, false).value_or(QString());
    p.maxTokens = int(r.number(c, QStringLiteral("max_tokens"), at, false, 1, 1e7).value_or(150));
    p.includeUsage = r.boolean(c, QStringLiteral("include_usage"), at, false).value_or(true);
    p.timeScale = r.number(c, QStringLiteral("time_scale"), at, false, 1e-3, 1e4).value_or(1.0);
    p.keepText = r.boolean(c, QStringLiteral("keep_text"), at, false).value_or(false);
    readRoutes(r, c, at, &p);
    if (const auto timeouts = r.object(c, QStringLiteral("timeouts_s"), at, false)) {
        const QVariantList tAt = at + QVariantList{QStringLiteral("timeouts_s")};
        p.timeouts.connectS = r.number(*timeouts, QStringLiteral("connect"), tAt, false, 0, 1e6).value_or(p.timeouts.connectS);
        p.timeouts.firstTokenS = r.number(*timeouts, QStringLiteral("first_token"), tAt, false, 0, 1e6).value_or(p.timeouts.firstTokenS);
        p.timeouts.idleS = r.number(*timeouts, QStringLiteral("idle"), tAt, false, 0, 1e6).value_or(p.timeouts.idleS);
        p.timeouts.totalS = r.number(*timeouts, QStringLiteral("total"), tAt, false, 0, 1e6).value_or(p.timeouts.totalS);
    }
    if (!r.ok())
        return std::nullopt;
    return p;
}

// The catalog the run was costed with: its recorded prices over the built-in one.
void readPrices(JsonReader &r, const QJsonObject &root, Catalog *catalog)
{
    const QJsonArray prices = r.array(root, QStringLiteral("prices"), {}, false).value_or(QJsonArray());
    for (qsizetype i = 0; i < prices.size() && r.ok(); ++i) {
        const QVariantList at{QStringLiteral("prices"), int(i)};
        if (!prices.at(i).isObject()) {
            r.fail(at, tr("expected an object"));
            return;
        }
        const QJsonObject o = prices.at(i).toObject();
        const QString id = r.string(o, QStringLiteral("model"), at, true).value_or(QString());
        if (!r.ok())
            return;
        ModelInfo m;
        if (const ModelInfo *known = catalog->model(id))
            m = *known;
        m.id = id;
        m.name = r.string(o, QStringLiteral("name"), at, false).value_or(m.name.isEmpty() ? id : m.name);
        m.provider = r.string(o, QStringLiteral("provider"), at, false).value_or(m.provider);
        m.outputPricePerM = r.number(o, QStringLiteral("output_usd_per_m"), at, false, 0, 1e6);
        m.inputPricePerM = r.number(o, QStringLiteral("input_usd_per_m"), at, false, 0, 1e6);
        catalog->upsert(m);
    }
}

} // namespace

std::optional<LoadedReport> ReportReader::parse(const QByteArray &json, const QString &sourceName, QString *error)
{
    if (json.trimmed().isEmpty()) {
        *error = tr("%1: the file is empty, not a Tokenmeter report").arg(sourceName);
        return std::nullopt;
    }
    JsonReader r(json, sourceName);
    QJsonObject root;
    if (!r.parseObject(&root)) {
        *error = r.error();
        return std::nullopt;
    }
    const QString schema = root.value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(JsonReport::kSchema)) {
        if (schema.startsWith(QStringLiteral("tokenmeter.report/")))
            *error = tr("%1: this is a %2 report; this Tokenmeter reads %3 (was it written by a newer version?)")
                         .arg(sourceName, schema, QLatin1String(JsonReport::kSchema));
        else
            *error = tr("%1: not a Tokenmeter report (no \"schema\": \"%2\")").arg(sourceName, QLatin1String(JsonReport::kSchema));
        return std::nullopt;
    }
    LoadedReport loaded{RunResult{}, Catalog::builtIn()};
    RunResult &result = loaded.result;
    result.simulated = r.boolean(root, QStringLiteral("simulated"), {}, true).value_or(false);
    result.cancelled = r.boolean(root, QStringLiteral("cancelled"), {}, false).value_or(false);
    result.startedUtc = QDateTime::fromString(r.string(root, QStringLiteral("started_utc"), {}, false).value_or(QString()), Qt::ISODateWithMs);
    result.finishedUtc = QDateTime::fromString(r.string(root, QStringLiteral("finished_utc"), {}, false).value_or(QString()), Qt::ISODateWithMs);
    result.environment = r.object(root, QStringLiteral("environment"), {}, false).value_or(QJsonObject());
    const std::optional<RunPlan> plan = readPlan(r, root);
    if (plan) {
        result.plan = *plan;
        result.plan.simulated = result.simulated;
        readPrices(r, root, &loaded.catalog);
    }
    const QJsonArray requests = r.array(root, QStringLiteral("requests"), {}, true).value_or(QJsonArray());
    RequestParser parser(r, result.plan);
    result.records.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size() && r.ok(); ++i) {
        if (std::optional<RequestRecord> rec = parser.read(requests.at(i), int(i))) {
            rec->timeline.simulated = result.simulated;
            result.records.append(std::move(*rec));
        }
    }
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    return loaded;
}

std::optional<LoadedReport> ReportReader::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("%1 is %2 MB, more than a report can be (%3 MB)")
                     .arg(path).arg(file.size() >> 20).arg(kMaxBytes >> 20);
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), error);
}
