#include "reportreader.h"

#include "core/jsonreader.h"
#include "jsonreport.h"
#include "load/loadjson.h"
#include "planjson.h"
#include "run/requestmetrics.h"
#include "workload/workload.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <cmath>
#include <limits>

namespace {

// This file's strings, in the "ReportReader" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportReader)
};

constexpr double kMaxMs = 1e7;       // any duration: under three hours
constexpr double kMaxWallMs = 2.1e6; // a wall-clock wait kept in 32-bit microseconds: 35 minutes
constexpr double kMaxCount = 1e9;    // tokens, events, bytes
constexpr qsizetype kMaxEvents = 10'000'000;

// Reads one request's fields; the timeline's offsets go back to wall-clock
// microseconds (the report holds them in the run's time base).
class RequestParser
{
public:
    RequestParser(JsonReader &r, const RunPlan &plan)
        : m_r(r)
        , m_plan(plan)
    { }

    std::optional<RequestRecord> read(const QJsonValue &value, int index);

private:
    bool readIdentity(const QJsonObject &o, const QVariantList &at, RequestRecord *rec);
    void readTimes(const QJsonObject &o, const QVariantList &at, RequestRecord *rec);
    void readTokens(const QJsonObject &o, const QVariantList &at, RequestTimeline *t);
    void readEvents(const QJsonObject &o, const QVariantList &at, RequestTimeline *t);
    void readTextFlows(const QJsonObject &o, const QVariantList &at, RequestTimeline *t);

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
            m_r.fail(at, Tr::tr("longer than a request can last (35 minutes of wall time)"));
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
        m_r.fail(at, Tr::tr("expected an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    RequestRecord rec;
    if (!readIdentity(o, at, &rec))
        return std::nullopt;
    readTimes(o, at, &rec);
    readTokens(o, at, &rec.timeline);
    readEvents(o, at, &rec.timeline);
    readTextFlows(o, at, &rec.timeline);
    if (!m_r.ok())
        return std::nullopt;
    return rec;
}

// Which request it was: id, model, region, iteration, status.
bool RequestParser::readIdentity(const QJsonObject &o, const QVariantList &at, RequestRecord *rec)
{
    RequestTimeline &t = rec->timeline;
    t.requestId = m_r.string(o, QStringLiteral("id"), at, false).value_or(QString()).toLatin1();
    rec->model = m_r.string(o, QStringLiteral("model"), at, true).value_or(QString());
    rec->region = m_r.string(o, QStringLiteral("region"), at, true).value_or(QString());
    if (!m_r.ok())
        return false;
    if (!m_plan.models.contains(rec->model)) {
        m_r.fail(at + QVariantList{QStringLiteral("model")},
                 Tr::tr("\"%1\" is not one of config.models").arg(rec->model));
        return false;
    }
    if (!findRegion(m_plan.regions, rec->region)) {
        m_r.fail(at + QVariantList{QStringLiteral("region")},
                 Tr::tr("\"%1\" is not one of config.regions").arg(rec->region));
        return false;
    }
    rec->lane = m_plan.laneIndex(rec->model, rec->region);
    rec->iteration = int(m_r.number(o, QStringLiteral("iteration"), at, true, 0, 1e7).value_or(0));
    rec->warmup = m_r.boolean(o, QStringLiteral("warmup"), at, true).value_or(false);
    rec->attempt = int(m_r.number(o, QStringLiteral("attempt"), at, false, 0, 100).value_or(0));
    rec->step = int(m_r.number(o, QStringLiteral("step"), at, false, 0, Load::kMaxSteps - 1).value_or(0));
    rec->inputTargetTokens = int(
        m_r.number(o, QStringLiteral("input_target_tokens"), at, false, 0, Workload::kMaxInputTokens).value_or(0));
    rec->retried = m_r.boolean(o, QStringLiteral("retried"), at, false).value_or(false);
    const QString status = m_r.string(o, QStringLiteral("status"), at, true).value_or(QString());
    t.status = statusFromId(status);
    if (m_r.ok() && (t.status == RequestStatus::Pending)) {
        m_r.fail(at + QVariantList{QStringLiteral("status")}, Tr::tr("\"%1\" is not a request status").arg(status));
        return false;
    }
    t.error = m_r.string(o, QStringLiteral("error"), at, false).value_or(QString());
    const QString clock = m_r.string(o, QStringLiteral("arrival_clock"), at, false).value_or(QString());
    t.arrivalClock = arrivalClockFromId(clock);
    if (!clock.isEmpty() && t.arrivalClock == ArrivalClock::Unknown)
        m_r.fail(at + QVariantList{QStringLiteral("arrival_clock")},
                 Tr::tr("expected kernel, reading_thread or engine_thread"));
    t.httpStatus = int(m_r.number(o, QStringLiteral("http_status"), at, false, 0, 999).value_or(0));
    return m_r.ok();
}

// When it was sent and when each part arrived.
void RequestParser::readTimes(const QJsonObject &o, const QVariantList &at, RequestRecord *rec)
{
    RequestTimeline &t = rec->timeline;
    const QString mono = m_r.string(o, QStringLiteral("t_send_mono_ns"), at, false).value_or(QStringLiteral("0"));
    bool ok = false;
    t.sendMonoNs = mono.toLongLong(&ok);
    if (!ok || t.sendMonoNs < 0)
        m_r.fail(at + QVariantList{QStringLiteral("t_send_mono_ns")}, Tr::tr("expected a whole number of nanoseconds"));
    // The client's own wait is wall time already, never scaled.
    const auto wait = m_r.number(o, QStringLiteral("client_wait_ms"), at, false, 0, kMaxWallMs);
    rec->clientWaitUs = wait ? qint32(std::round(*wait * 1000.0)) : 0;
    if (o.contains(QStringLiteral("t_scheduled_mono_ns"))) {
        const QString due = m_r.string(o, QStringLiteral("t_scheduled_mono_ns"), at, true).value_or(QString());
        rec->scheduledNs = due.toLongLong(&ok);
        if (!ok || rec->scheduledNs <= 0)
            m_r.fail(at + QVariantList{QStringLiteral("t_scheduled_mono_ns")},
                     Tr::tr("expected a whole number of nanoseconds"));
        const auto lag = m_r.number(o, QStringLiteral("schedule_lag_ms"), at, true, -kMaxWallMs, kMaxWallMs);
        rec->scheduleLagUs = lag ? qint32(std::round(*lag * 1000.0)) : -1;
    }
    t.sentUs = offsetUs(o, QStringLiteral("sent_ms"), at + QVariantList{QStringLiteral("sent_ms")});
    t.headersUs = offsetUs(o, QStringLiteral("headers_ms"), at + QVariantList{QStringLiteral("headers_ms")});
    t.firstContentUs = offsetUs(o, QStringLiteral("ttft_ms"), at + QVariantList{QStringLiteral("ttft_ms")});
    t.firstAnyUs = offsetUs(o, QStringLiteral("ttft_any_ms"), at + QVariantList{QStringLiteral("ttft_any_ms")});
    t.endUs = offsetUs(o, QStringLiteral("e2e_ms"), at + QVariantList{QStringLiteral("e2e_ms")});
}

// Token counts and where they came from, and the text if it was kept.
void RequestParser::readTokens(const QJsonObject &o, const QVariantList &at, RequestTimeline *t)
{
    const auto tokens = m_r.number(o, QStringLiteral("output_tokens"), at, false, 0, kMaxCount);
    const auto promptTokens = m_r.number(o, QStringLiteral("prompt_tokens"), at, false, 0, kMaxCount);
    if (promptTokens)
        t->usagePromptTokens = qint64(*promptTokens);
    if (const auto cached = m_r.number(o, QStringLiteral("cached_tokens"), at, false, 0, kMaxCount))
        t->usageCachedTokens = qint64(*cached);
    const QString source = m_r.string(o, QStringLiteral("token_source"), at, false).value_or(QStringLiteral("none"));
    if (source == tokenSourceId(TokenSource::Usage)) {
        if (!tokens && m_r.ok())
            m_r.fail(at + QVariantList{QStringLiteral("output_tokens")},
                     Tr::tr("missing, and token_source says usage"));
        t->usageCompletionTokens = qint64(tokens.value_or(0));
    } else if (source != tokenSourceId(TokenSource::Events) && source != tokenSourceId(TokenSource::None)) {
        m_r.fail(at + QVariantList{QStringLiteral("token_source")}, Tr::tr("expected usage, events or none"));
    }
    t->finishReason = m_r.string(o, QStringLiteral("finish_reason"), at, false).value_or(QString());
    t->events = int(m_r.number(o, QStringLiteral("events"), at, false, 0, kMaxCount).value_or(0));
    t->comments = int(m_r.number(o, QStringLiteral("comments"), at, false, 0, kMaxCount).value_or(0));
    t->bytes = qint64(m_r.number(o, QStringLiteral("bytes"), at, false, 0, 1e15).value_or(0));
    t->text = m_r.string(o, QStringLiteral("text"), at, false).value_or(QString());
    t->reasoningText = m_r.string(o, QStringLiteral("reasoning_text"), at, false).value_or(QString());
    t->finalUrl = m_r.string(o, QStringLiteral("final_url"), at, false).value_or(QString());
    t->retryAfterS = int(m_r.number(o, QStringLiteral("retry_after_s"), at, false, 0, 86400).value_or(-1));
    if (const auto lag = m_r.number(o, QStringLiteral("lag_us"), at, false, -60e6, 60e6))
        t->lagUs = qint32(*lag);
    if (const auto lag = m_r.number(o, QStringLiteral("sim_lag_us"), at, false, -60e6, 60e6))
        t->simLagUs = qint32(*lag);
}

// The token-bearing events' times, in order.
void RequestParser::readEvents(const QJsonObject &o, const QVariantList &at, RequestTimeline *t)
{
    const QJsonArray events = m_r.array(o, QStringLiteral("events_ms"), at, false).value_or(QJsonArray());
    if (events.size() > kMaxEvents) {
        m_r.fail(at + QVariantList{QStringLiteral("events_ms")}, Tr::tr("more events than any stream sends"));
        return;
    }
    t->tokenEventsUs.reserve(events.size());
    double previous = 0;
    for (qsizetype i = 0; i < events.size() && m_r.ok(); ++i) {
        const QVariantList eventAt = at + QVariantList{QStringLiteral("events_ms"), int(i)};
        const QJsonValue e = events.at(i);
        if (!e.isDouble() || !(e.toDouble() >= previous) || e.toDouble() > kMaxMs) {
            m_r.fail(eventAt, Tr::tr("expected a number of ms, not less than the one before it"));
            break;
        }
        previous = e.toDouble();
        t->tokenEventsUs.append(toUs(previous, eventAt));
    }
}

// What the first token was, and each kind of text with its characters and times.
void RequestParser::readTextFlows(const QJsonObject &o, const QVariantList &at, RequestTimeline *t)
{
    const QString kind = m_r.string(o, QStringLiteral("first_token_kind"), at, false).value_or(QString());
    t->firstKind = tokenKindFromId(kind);
    if (!kind.isEmpty() && t->firstKind == TokenKind::None)
        m_r.fail(at + QVariantList{QStringLiteral("first_token_kind")},
                 Tr::tr("expected answer, reasoning or tool_call"));
    const QVariantList flowsAt = at + QVariantList{QStringLiteral("text_flow")};
    const QJsonObject flows = m_r.object(o, QStringLiteral("text_flow"), at, false).value_or(QJsonObject());
    const std::pair<TokenKind, TextFlow *> targets[]{{TokenKind::Answer, &t->answer},
                                                     {TokenKind::Reasoning, &t->reasoning},
                                                     {TokenKind::ToolCall, &t->tool}};
    for (const auto &[k, flow] : targets) {
        const QString key = tokenKindId(k);
        const std::optional<QJsonObject> f = m_r.object(flows, key, flowsAt, false);
        if (!f || !m_r.ok())
            continue;
        const QVariantList fAt = flowsAt + QVariantList{key};
        flow->chars = qint64(m_r.number(*f, QStringLiteral("chars"), fAt, true, 0, kMaxCount).value_or(0));
        flow->firstChars = qint64(
            m_r.number(*f, QStringLiteral("first_chars"), fAt, true, 0, double(flow->chars)).value_or(0));
        flow->firstUs = offsetUs(*f, QStringLiteral("first_ms"), fAt + QVariantList{QStringLiteral("first_ms")});
        flow->lastUs = offsetUs(*f, QStringLiteral("last_ms"), fAt + QVariantList{QStringLiteral("last_ms")});
        if (m_r.ok() && flow->lastUs < flow->firstUs)
            m_r.fail(fAt + QVariantList{QStringLiteral("last_ms")}, Tr::tr("earlier than first_ms"));
    }
}

// The catalog the run was costed with: its recorded prices over the built-in one.
void readPrices(JsonReader &r, const QJsonObject &root, Catalog *catalog)
{
    const QJsonArray prices = r.array(root, QStringLiteral("prices"), {}, false).value_or(QJsonArray());
    for (qsizetype i = 0; i < prices.size() && r.ok(); ++i) {
        const QVariantList at{QStringLiteral("prices"), int(i)};
        if (!prices.at(i).isObject()) {
            r.fail(at, Tr::tr("expected an object"));
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
        *error = Tr::tr("%1: the file is empty, not a Tokenmeter report").arg(sourceName);
        return std::nullopt;
    }
    JsonReader r(json, sourceName);
    QJsonObject root;
    if (!r.parseObject(&root)) {
        *error = r.error();
        return std::nullopt;
    }
    const QString schema = root.value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(JsonReport::kSchema) && schema != QLatin1String(JsonReport::kSchemaV1)) {
        if (schema.startsWith(QStringLiteral("tokenmeter.report/")))
            *error = Tr::tr("%1: this is a %2 report; this Tokenmeter reads %3 (was it written by a newer version?)")
                         .arg(sourceName, schema, QLatin1String(JsonReport::kSchema));
        else
            *error = Tr::tr("%1: not a Tokenmeter report (no \"schema\": \"%2\")")
                         .arg(sourceName, QLatin1String(JsonReport::kSchema));
        return std::nullopt;
    }
    LoadedReport loaded{RunResult{}, Catalog::builtIn()};
    RunResult &result = loaded.result;
    result.simulated = r.boolean(root, QStringLiteral("simulated"), {}, true).value_or(false);
    result.cancelled = r.boolean(root, QStringLiteral("cancelled"), {}, false).value_or(false);
    result.startedUtc = QDateTime::fromString(
        r.string(root, QStringLiteral("started_utc"), {}, false).value_or(QString()), Qt::ISODateWithMs);
    result.finishedUtc = QDateTime::fromString(
        r.string(root, QStringLiteral("finished_utc"), {}, false).value_or(QString()), Qt::ISODateWithMs);
    result.environment = r.object(root, QStringLiteral("environment"), {}, false).value_or(QJsonObject());
    const QJsonObject config = r.object(root, QStringLiteral("config"), {}, true).value_or(QJsonObject());
    const std::optional<RunPlan> plan = r.ok() ? PlanJson::read(r, config, {QStringLiteral("config")}, result.simulated)
                                               : std::nullopt;
    if (plan) {
        result.plan = *plan;
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
    if (const auto load = r.ok() ? r.object(root, QStringLiteral("load"), {}, false) : std::nullopt) {
        const QVariantList at{QStringLiteral("load")};
        result.steps = LoadJson::readSteps(r, r.array(*load, QStringLiteral("steps"), at, true).value_or(QJsonArray()),
                                           at + QVariantList{QStringLiteral("steps")});
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
        *error = Tr::tr("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        *error = Tr::tr("%1 is %2 MB, more than a report can be (%3 MB)")
                     .arg(path)
                     .arg(file.size() >> 20)
                     .arg(kMaxBytes >> 20);
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), error);
}
