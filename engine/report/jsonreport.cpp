#include "jsonreport.h"

#include "catalog/catalog.h"
#include "load/loadjson.h"
#include "planjson.h"
#include "run/lanesummary.h"
#include "run/measurementlag.h"
#include "run/requestmetrics.h"
#include "run/runresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>

#include <cmath>

namespace {

QJsonValue num(std::optional<double> v, int decimals = 3)
{
    if (!v || !std::isfinite(*v))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonValue optInt(std::optional<qint64> v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue::Null;
}

QJsonObject distribution(const Distribution &d)
{
    if (d.isEmpty())
        return QJsonObject{{QStringLiteral("n"), 0}};
    return QJsonObject{{QStringLiteral("n"), d.n},
                       {QStringLiteral("mean"), num(d.mean)},
                       {QStringLiteral("stddev"), num(d.stddev)},
                       {QStringLiteral("min"), num(d.min)},
                       {QStringLiteral("p50"), num(d.p50)},
                       {QStringLiteral("p90"), num(d.p90)},
                       {QStringLiteral("p95"), num(d.p95)},
                       {QStringLiteral("p99"), num(d.p99)},
                       {QStringLiteral("max"), num(d.max)}};
}

// Each kind of text that came: its characters and when, in the run's time.
QJsonObject textFlowsJson(const RequestTimeline &t, double timeScale)
{
    QJsonObject out;
    const std::pair<TokenKind, const TextFlow *> flows[]{{TokenKind::Answer, &t.answer},
                                                         {TokenKind::Reasoning, &t.reasoning},
                                                         {TokenKind::ToolCall, &t.tool}};
    for (const auto &[kind, f] : flows) {
        if (f->chars == 0)
            continue;
        out.insert(tokenKindId(kind),
                   QJsonObject{{QStringLiteral("chars"), double(f->chars)},
                               {QStringLiteral("first_chars"), double(f->firstChars)},
                               {QStringLiteral("first_ms"), num(f->firstUs * timeScale / 1000.0)},
                               {QStringLiteral("last_ms"), num(f->lastUs * timeScale / 1000.0)},
                               {QStringLiteral("chars_per_s"), num(f->charsPerS(timeScale), 1)}});
    }
    return out;
}

} // namespace

QJsonObject JsonReport::configJson(const RunPlan &p)
{
    return PlanJson::toJson(p);
}

QJsonObject JsonReport::requestJson(const RequestRecord &r, bool keepText, double timeScale)
{
    const RequestTimeline &t = r.timeline;
    const RequestMetrics m = RequestMetrics::from(t, timeScale);
    QJsonArray events;
    for (qint32 us : t.tokenEventsUs)
        events.append(std::round(us * timeScale / 10.0) / 100.0);
    QJsonObject o{
        {QStringLiteral("id"), QString::fromLatin1(t.requestId)},
        {QStringLiteral("model"), r.model},
        {QStringLiteral("region"), r.region},
        {QStringLiteral("iteration"), r.iteration},
        {QStringLiteral("warmup"), r.warmup},
        {QStringLiteral("status"), statusId(t.status)},
        {QStringLiteral("error"), t.error.isEmpty() ? QJsonValue::Null : QJsonValue(t.error)},
        {QStringLiteral("http_status"), t.httpStatus > 0 ? QJsonValue(t.httpStatus) : QJsonValue::Null},
        {QStringLiteral("t_send_mono_ns"), QString::number(t.sendMonoNs)},
        {QStringLiteral("client_wait_ms"), num(r.clientWaitUs / 1000.0)},
        {QStringLiteral("headers_ms"), num(m.headersMs)},
        {QStringLiteral("ttft_ms"), num(m.ttftMs)},
        {QStringLiteral("ttft_any_ms"), num(m.ttftAnyMs)},
        {QStringLiteral("e2e_ms"), num(m.e2eMs)},
        {QStringLiteral("output_tokens"), optInt(m.outputTokens)},
        {QStringLiteral("prompt_tokens"), optInt(t.usagePromptTokens)},
        {QStringLiteral("cached_tokens"), optInt(t.usageCachedTokens)},
        {QStringLiteral("token_source"), tokenSourceId(m.tokenSource)},
        {QStringLiteral("tokens_per_s"), num(m.tokensPerS)},
        {QStringLiteral("finish_reason"), t.finishReason.isEmpty() ? QJsonValue::Null : QJsonValue(t.finishReason)},
        {QStringLiteral("sent_ms"), t.sentUs >= 0 ? num(t.sentUs * timeScale / 1000.0) : QJsonValue::Null},
        {QStringLiteral("bytes"), double(t.bytes)},
        {QStringLiteral("events"), t.events},
        {QStringLiteral("comments"), t.comments},
        {QStringLiteral("events_ms"), events},
    };
    if (m.itl)
        o.insert(QStringLiteral("itl_ms"),
                 QJsonObject{{QStringLiteral("mean"), num(m.itl->meanMs)},
                             {QStringLiteral("p50"), num(m.itl->p50Ms)},
                             {QStringLiteral("p99"), num(m.itl->p99Ms)},
                             {QStringLiteral("max"), num(m.itl->maxMs)}});
    if (r.inputTargetTokens > 0)
        o.insert(QStringLiteral("input_target_tokens"), r.inputTargetTokens);
    if (t.firstKind != TokenKind::None)
        o.insert(QStringLiteral("first_token_kind"), tokenKindId(t.firstKind));
    if (t.arrivalClock != ArrivalClock::Unknown)
        o.insert(QStringLiteral("arrival_clock"), arrivalClockId(t.arrivalClock));
    const QJsonObject flows = textFlowsJson(t, timeScale);
    if (!flows.isEmpty())
        o.insert(QStringLiteral("text_flow"), flows);
    if (r.attempt > 0)
        o.insert(QStringLiteral("attempt"), r.attempt);
    if (r.step > 0)
        o.insert(QStringLiteral("step"), r.step);
    if (r.scheduledNs > 0) {
        o.insert(QStringLiteral("t_scheduled_mono_ns"), QString::number(r.scheduledNs));
        o.insert(QStringLiteral("schedule_lag_ms"), num(r.scheduleLagUs / 1000.0, 3)); // wall time, as client_wait_ms
    }
    if (r.retried)
        o.insert(QStringLiteral("retried"), true); // failed, then tried again: not an error
    if (t.retryAfterS >= 0)
        o.insert(QStringLiteral("retry_after_s"), t.retryAfterS);
    if (t.lagUs)
        o.insert(QStringLiteral("lag_us"), *t.lagUs); // the simulated provider's only
    if (t.simLagUs)
        o.insert(QStringLiteral("sim_lag_us"), *t.simLagUs);
    if (!t.finalUrl.isEmpty())
        o.insert(QStringLiteral("final_url"), t.finalUrl); // a redirect moved it (same host only)
    if (keepText) {
        o.insert(QStringLiteral("text"), t.text);
        o.insert(QStringLiteral("reasoning_text"), t.reasoningText);
    }
    return o;
}

namespace JsonReport {

QJsonArray pricesJson(const QStringList &models, const Catalog &catalog)
{
    QJsonArray prices;
    for (const QString &id : models) {
        const ModelInfo *m = catalog.model(id);
        prices.append(QJsonObject{
            {QStringLiteral("model"), id},
            {QStringLiteral("name"), m ? m->name : id},
            {QStringLiteral("provider"), m ? m->provider : QString()},
            {QStringLiteral("output_usd_per_m"), num(m ? m->outputPricePerM : std::nullopt, 4)},
            {QStringLiteral("input_usd_per_m"), num(m ? m->inputPricePerM : std::nullopt, 4)},
            {QStringLiteral("tier"),
             m && catalog.tierFor(m->outputPricePerM) ? catalog.tierFor(m->outputPricePerM)->id : QString()},
        });
    }
    return prices;
}

QJsonObject environmentJson()
{
    return QJsonObject{
        {QStringLiteral("app"), QStringLiteral("Tokenmeter")},
        {QStringLiteral("app_version"), QStringLiteral(TOKENMETER_VERSION)},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion())},
        {QStringLiteral("cpu_arch"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("clock"), QStringLiteral("CLOCK_MONOTONIC")},
    };
}

QJsonObject toJson(const RunResult &result, const Catalog &catalog)
{
    const QJsonArray prices = pricesJson(result.plan.models, catalog);
    QJsonArray requests;
    for (const RequestRecord &r : result.records)
        requests.append(requestJson(r, result.plan.keepText, result.plan.timeScale));

    const auto priceOf = [&catalog](const QString &id) {
        const ModelInfo *m = catalog.model(id);
        return m ? ModelPrice{m->inputPricePerM, m->outputPricePerM} : ModelPrice{};
    };
    QJsonArray summary;
    for (const LaneSummary &s : LaneSummary::summarize(result.records, priceOf, result.plan.timeScale)) {
        summary.append(QJsonObject{
            {QStringLiteral("model"), s.model},
            {QStringLiteral("region"), s.region},
            {QStringLiteral("n"), s.n},
            {QStringLiteral("errors"), s.errors},
            {QStringLiteral("warmups_excluded"), s.warmups},
            {QStringLiteral("ttft_ms"), distribution(s.ttftMs)},
            {QStringLiteral("ttft_any_ms"), distribution(s.ttftAnyMs)},
            {QStringLiteral("tokens_per_s"), distribution(s.tokensPerS)},
            {QStringLiteral("e2e_ms"), distribution(s.e2eMs)},
            {QStringLiteral("itl_ms"), distribution(s.itlMs)},
            {QStringLiteral("answer_chars_per_s"), distribution(s.answerCharsPerS)},
            {QStringLiteral("reasoning_chars_per_s"), distribution(s.reasoningCharsPerS)},
            {QStringLiteral("tool_call_chars_per_s"), distribution(s.toolCharsPerS)},
            {QStringLiteral("tool_call_ms"), distribution(s.toolCallMs)},
            {QStringLiteral("output_tokens_per_request"), distribution(s.outputTokensEach)},
            {QStringLiteral("first_token_kinds"),
             QJsonObject{{QStringLiteral("answer"), s.firstAnswer},
                         {QStringLiteral("reasoning"), s.firstReasoning},
                         {QStringLiteral("tool_call"), s.firstTool}}},
            {QStringLiteral("output_tokens"), double(s.outputTokens)},
            {QStringLiteral("tokens_estimated"), s.tokensEstimated},
            {QStringLiteral("cost_usd"), num(s.costUsd, 6)},
            {QStringLiteral("cost_covers_input"), s.costCoversInput},
        });
    }
    const QJsonObject environment = !result.environment.isEmpty() ? result.environment : environmentJson();
    QJsonObject lagJson;
    if (const std::optional<MeasurementLag> lag = MeasurementLag::of(result.records, result.plan.timeScale)) {
        // In the run's time, like every figure; the requests' lag_us are real microseconds.
        lagJson = QJsonObject{{QStringLiteral("n"), lag->n},
                              {QStringLiteral("p50_ms"), num(lag->p50Ms, 3)},
                              {QStringLiteral("p99_ms"), num(lag->p99Ms, 3)},
                              {QStringLiteral("simulator_p50_ms"), num(lag->simP50Ms, 3)},
                              {QStringLiteral("limit_ms"), num(lag->limitP50Ms(), 3)},
                              {QStringLiteral("exceeds_limit"), lag->exceeds()}};
    }
    QJsonObject report{
        {QStringLiteral("schema"), QString::fromLatin1(kSchema)},
        {QStringLiteral("simulated"), result.simulated},
        {QStringLiteral("cancelled"), result.cancelled},
        // Durations and rates are in the simulated provider's time: wall time
        // multiplied by config.time_scale (1 for real endpoints).
        {QStringLiteral("time_base"),
         result.plan.timeScale == 1.0 ? QStringLiteral("wall") : QStringLiteral("simulated")},
        {QStringLiteral("started_utc"), result.startedUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_utc"), result.finishedUtc.toString(Qt::ISODateWithMs)},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("config"), configJson(result.plan)},
        {QStringLiteral("prices"), prices},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("summary"), summary},
    };
    if (!lagJson.isEmpty())
        report.insert(QStringLiteral("measurement_lag"), lagJson);
    if (!result.steps.isEmpty()) // in the run's time, like every figure
        report.insert(QStringLiteral("load"),
                      QJsonObject{{QStringLiteral("steps"), LoadJson::stepsJson(result.steps)},
                                  {QStringLiteral("summary"), LoadJson::summaryJson(StepSummary::of(result))}});
    return report;
}

bool save(const QJsonObject &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("JsonReport", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QCoreApplication::translate("JsonReport", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace JsonReport
