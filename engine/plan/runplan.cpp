#include "runplan.h"

#include "core/filelimit.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// This file's strings, in the "RunPlan" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunPlan)
};

QString validateRegions(const RunPlan &plan)
{
    for (const Region &r : plan.regions) {
        if (!r.networkProxy())
            return Tr::tr("the proxy of region %1 must look like http://host:port or socks5://host:port, not \"%2\"")
                .arg(r.name, r.proxyWithoutCredentials());
        for (const Endpoint &e : plan.endpoints) {
            if (!isHttpUrl(r.urlFor(e)))
                return Tr::tr("the base URL of %1 from region %2 is not an http(s) URL: %3")
                    .arg(e.name, r.name, r.urlFor(e).toDisplayString());
        }
    }
    return {};
}

QString validateRoutes(const RunPlan &plan)
{
    for (const Endpoint &e : plan.endpoints) {
        if (!Endpoint::isProtocol(e.protocol))
            return Tr::tr("the protocol of endpoint %1 must be openai or anthropic, not %2").arg(e.name, e.protocol);
    }
    for (const QString &model : plan.models) {
        const QString endpoint = plan.routes.value(model).endpoint;
        if (!plan.endpointOf(model))
            return endpoint.isEmpty()
                ? Tr::tr("model %1 has no endpoint to go to").arg(model)
                : Tr::tr("model %1 is served by endpoint %2, which the run does not have").arg(model, endpoint);
    }
    return {};
}

QString validateCounts(const RunPlan &plan);

} // namespace

int RunPlan::streamsPerLane() const
{
    if (load.sweep == Load::Sweep::Concurrency && !load.steps.isEmpty())
        return int(*std::max_element(load.steps.cbegin(), load.steps.cend()));
    if (load.timed() || load.openLoop())
        return concurrency;
    return qMin(concurrency, workload.requestsPerLane(iterations) + warmup);
}

namespace {

QString validateCounts(const RunPlan &plan)
{
    if (plan.iterations < 1 || plan.iterations > 100000)
        return Tr::tr("iterations must be between 1 and 100000");
    if (plan.warmup < 0 || plan.warmup > 100)
        return Tr::tr("warm-up requests must be between 0 and 100");
    if (plan.lanes < 0)
        return Tr::tr("lanes must be 0 (all) or more");
    if (plan.concurrency < 1 || plan.concurrency > RunPlan::kMaxConcurrency)
        return Tr::tr("concurrency must be between 1 and %1").arg(RunPlan::kMaxConcurrency);
    if (const QString problem = plan.load.validate(); !problem.isEmpty())
        return problem;
    if ((plan.load.openLoop() || plan.load.timed()) && plan.retries > 0)
        return Tr::tr("a load test does not retry: a 429 or a failure is part of what it measures");
    if ((plan.load.warmupS + plan.load.durationS) * 1000 / plan.timeScale > 2e9)
        return Tr::tr("a step of the load test is too long at this time scale");
    const long long streams = qint64(plan.lanes > 0 && !plan.load.timed() ? qMin(plan.lanes, plan.laneCount())
                                                                          : plan.laneCount())
        * plan.streamsPerLane();
    const long long maxStreams = FileLimit::maxStreams(plan.simulated);
    if (streams > maxStreams)
        return Tr::tr("%1 streams at once need more open files than this system allows (%2): at most %3 streams "
                      "can run at once; run fewer lanes at once or lower the concurrency")
            .arg(streams)
            .arg(FileLimit::current())
            .arg(maxStreams);
    if (plan.retries < 0 || plan.retries > 10)
        return Tr::tr("retries must be between 0 and 10");
    if (plan.maxTokens < 1 || plan.maxTokens > 1000000)
        return Tr::tr("max tokens must be between 1 and 1000000");
    if (plan.prompt.trimmed().isEmpty() && plan.workload.datasetFile.isEmpty()) // a dataset brings its own
        return Tr::tr("the prompt is empty");
    if (!(plan.timeScale > 0 && plan.timeScale <= 1000))
        return Tr::tr("the time scale must be above 0 and at most 1000");
    return {};
}

QString validateWorkload(const RunPlan &plan)
{
    if (const QString problem = plan.workload.validate(); !problem.isEmpty())
        return problem;
    if (!plan.workload.datasetFile.isEmpty() && !plan.dataset)
        return Tr::tr("the dataset %1 was not read").arg(plan.workload.datasetFile);
    if (!plan.workload.fixedOutput)
        return {};
    for (const Endpoint &e : plan.endpoints) {
        if (e.protocol == u"anthropic")
            return Tr::tr("%1 speaks Anthropic's protocol, which has no min_tokens or ignore_eos: a fixed output "
                          "length needs an OpenAI-compatible server that takes them (vLLM, llama.cpp)")
                .arg(e.name.isEmpty() ? e.id : e.name);
    }
    return {};
}

} // namespace

QString RunPlan::validate() const
{
    if (models.isEmpty())
        return Tr::tr("choose at least one model");
    if (regions.isEmpty())
        return Tr::tr("choose at least one region");
    if (endpoints.isEmpty())
        return Tr::tr("choose an endpoint");
    for (const auto &check : {validateRegions, validateRoutes, validateCounts, validateWorkload}) {
        if (const QString problem = check(*this); !problem.isEmpty())
            return problem;
    }
    return {};
}

const Endpoint *RunPlan::endpointOf(const QString &model) const
{
    return findEndpoint(endpoints, routes.value(model).endpoint);
}

QString RunPlan::sentId(const QString &model) const
{
    const QString apiId = routes.value(model).apiId;
    return apiId.isEmpty() ? model : apiId;
}

QString RunPlan::endpointNames() const
{
    QStringList names;
    for (const Endpoint &e : endpoints)
        names.append(e.name.isEmpty() ? e.id : e.name);
    return names.join(QStringLiteral(", "));
}

RunPlan RunPlan::withoutSecrets() const
{
    RunPlan p = *this;
    for (Endpoint &e : p.endpoints) {
        e.apiKey.clear();
        for (HttpHeader &h : e.headers)
            h.value.clear(); // values may be credentials: only the names are kept
    }
    for (Region &r : p.regions)
        r.proxyPassword.clear();
    return p;
}

int RunPlan::laneIndex(const QString &model, const QString &region) const
{
    const qsizetype m = models.indexOf(model);
    const auto r = std::find_if(regions.cbegin(), regions.cend(), [&](const Region &x) { return x.id == region; });
    if (m < 0 || r == regions.cend())
        return -1;
    return int(m * regions.size() + (r - regions.cbegin()));
}
