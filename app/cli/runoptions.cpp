#include "runoptions.h"

#include "history/historystore.h"

#include <QNetworkProxy>
#include <QSslCertificate>

#include "catalog/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RunOptions", text);
}

bool intOption(const QCommandLineParser &p, const QString &name, int min, int max, int *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = tr("--%1 must be a whole number from %2 to %3, not \"%4\"").arg(name).arg(min).arg(max).arg(p.value(name));
        return false;
    }
    *out = v;
    return true;
}

bool secondsOption(const QCommandLineParser &p, const QString &name, double *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 86400) {
        *error = tr("--%1 must be a number of seconds from 0 (off) to 86400, not \"%2\"").arg(name, p.value(name));
        return false;
    }
    *out = v;
    return true;
}

QStringList listOption(const QCommandLineParser &p, const QString &name)
{
    QStringList items;
    for (const QString &v : p.values(name))
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            items.append(part.trimmed());
    items.removeDuplicates();
    return items;
}

} // namespace

bool parseRunOptions(const QStringList &arguments, Catalog *catalog, RunOptions *o, QString *error,
                     QString *helpText)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Streams chat completions from every chosen model and region and measures TTFT, tokens/s and "
           "latency. Without --base-url it runs against the embedded simulated provider."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("base-url"), tr("OpenAI-compatible base URL, e.g. https://api.openai.com/v1 (default: the simulated provider)."), tr("URL")},
        {QStringLiteral("api-key-env"), tr("Environment variable holding the API key (default: TOKENMETER_API_KEY, then OPENAI_API_KEY, or ANTHROPIC_API_KEY with --protocol anthropic)."), tr("NAME")},
        {QStringLiteral("protocol"), tr("openai (default: POST {base}/chat/completions) or anthropic (POST {base}/messages)."), tr("P")},
        {QStringLiteral("proxy"), tr("Send through this proxy: http://host:port or socks5://host:port (user:password@ allowed, never saved)."), tr("URL")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file (a server with a private CA)."), tr("FILE")},
        {QStringLiteral("models"), tr("Comma-separated model ids (default: every catalog model)."), tr("a,b")},
        {QStringLiteral("regions"), tr("Comma-separated regions of the simulated provider (us-east, asia; default the first)."), tr("a,b")},
        {QStringLiteral("iterations"), tr("Measured requests per model and region (default 10)."), tr("N")},
        {QStringLiteral("warmup"), tr("Warm-up requests per lane, excluded from statistics (default 1)."), tr("N")},
        {QStringLiteral("lanes"), tr("Model/region lanes running at once (default: all)."), tr("N")},
        {QStringLiteral("concurrency"), tr("Requests in flight within each lane (default 1: one after another, as the study measured)."), tr("N")},
        {QStringLiteral("prompt"), tr("The prompt (default \"Explain recursion in 200 words\")."), tr("TEXT")},
        {QStringLiteral("max-tokens"), tr("max_tokens of each request (default 150)."), tr("N")},
        {QStringLiteral("timeout"), tr("Total time one request may take, in seconds (default 600)."), tr("S")},
        {QStringLiteral("connect-timeout"), tr("Time to connect and send, in seconds (default 15)."), tr("S")},
        {QStringLiteral("first-token-timeout"), tr("Time to the first token, in seconds (default 120)."), tr("S")},
        {QStringLiteral("idle-timeout"), tr("Longest silence within an answer, in seconds (default 60)."), tr("S")},
        {QStringLiteral("time-scale"), tr("Run the simulated provider X times faster than real time (default 1)."), tr("X")},
        {QStringLiteral("seed"), tr("Seed of the simulated provider's jitter (default 1)."), tr("N")},
        {QStringLiteral("sim-fault"), tr("Make the simulated provider inject a fault, e.g. status=429."), tr("SPEC")},
        {QStringLiteral("header"), tr("Send this extra header with every request, e.g. \"HTTP-Referer: https://example.com\" (repeatable; values are never saved)."), tr("\"NAME: VALUE\"")},
        {QStringLiteral("no-usage"), tr("Do not ask for stream_options.include_usage (for servers that refuse it).")},
        {QStringLiteral("keep-text"), tr("Keep each answer's text (and reasoning) in the JSON report.")},
        {QStringLiteral("history"), tr("Keep the run in this history database (default: $TOKENMETER_HISTORY, else the user's).")
                                        , tr("FILE")},
        {QStringLiteral("no-history"), tr("Do not keep the run in the history.")},
        {QStringLiteral("log-requests"), tr("Print on stderr what each request sends (the key and extra header values redacted), and a line as each request is stored in the history.")},
        {QStringLiteral("catalog"), tr("A catalog file adding or overriding models and prices."), tr("FILE")},
        {QStringLiteral("out"), tr("Also save the JSON report to FILE."), tr("FILE.json")},
        {QStringLiteral("format"), tr("What to print: table, json, csv or md (default table)."), tr("FORMAT")},
        {QStringLiteral("rank-by"), tr("Rank the leaderboard by ttft, tps or cost (default ttft)."), tr("METRIC")},
    });
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *helpText = p.helpText();
        return false;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"").arg(p.positionalArguments().constFirst());
        return false;
    }
    if (p.isSet(QStringLiteral("catalog"))) {
        o->catalogPath = p.value(QStringLiteral("catalog"));
        if (!catalog->mergeFile(o->catalogPath, error))
            return false;
    }

    RunPlan &plan = o->plan;
    if (!intOption(p, QStringLiteral("iterations"), 1, 100000, &plan.iterations, error)
        || !intOption(p, QStringLiteral("warmup"), 0, 100, &plan.warmup, error)
        || !intOption(p, QStringLiteral("lanes"), 0, 10000, &plan.lanes, error)
        || !intOption(p, QStringLiteral("concurrency"), 1, 1000, &plan.concurrency, error)
        || !intOption(p, QStringLiteral("max-tokens"), 1, 1000000, &plan.maxTokens, error)
        || !secondsOption(p, QStringLiteral("timeout"), &plan.timeouts.totalS, error)
        || !secondsOption(p, QStringLiteral("connect-timeout"), &plan.timeouts.connectS, error)
        || !secondsOption(p, QStringLiteral("first-token-timeout"), &plan.timeouts.firstTokenS, error)
        || !secondsOption(p, QStringLiteral("idle-timeout"), &plan.timeouts.idleS, error))
        return false;
    if (p.isSet(QStringLiteral("prompt")))
        plan.prompt = p.value(QStringLiteral("prompt"));
    plan.keepText = p.isSet(QStringLiteral("keep-text"));
    if (!p.isSet(QStringLiteral("no-history"))) {
        o->historyPath = p.isSet(QStringLiteral("history")) ? p.value(QStringLiteral("history"))
            : qEnvironmentVariableIsSet("TOKENMETER_HISTORY") ? qEnvironmentVariable("TOKENMETER_HISTORY")
                                                              : HistoryStore::defaultPath();
    }
    o->logRequests = p.isSet(QStringLiteral("log-requests"));
    plan.includeUsage = !p.isSet(QStringLiteral("no-usage"));

    const QString format = p.value(QStringLiteral("format"));
    if (format.isEmpty() || format == u"table")
        o->format = Leaderboard::Format::Table;
    else if (format == u"csv")
        o->format = Leaderboard::Format::Csv;
    else if (format == u"md" || format == u"markdown")
        o->format = Leaderboard::Format::Markdown;
    else if (format == u"json")
        o->formatJson = true;
    else {
        *error = tr("--format must be table, json, csv or md, not \"%1\"").arg(format);
        return false;
    }
    if (p.isSet(QStringLiteral("rank-by"))) {
        const auto by = Leaderboard::rankByFromString(p.value(QStringLiteral("rank-by")));
        if (!by) {
            *error = tr("--rank-by must be ttft, tps or cost, not \"%1\"").arg(p.value(QStringLiteral("rank-by")));
            return false;
        }
        o->rankBy = *by;
    }
    o->outPath = p.value(QStringLiteral("out"));

    plan.models = listOption(p, QStringLiteral("models"));
    if (plan.models.isEmpty())
        for (const ModelInfo &m : catalog->models())
            plan.models.append(m.id);

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString baseUrl = p.value(QStringLiteral("base-url"));
    if (baseUrl.isEmpty() && env.contains(QStringLiteral("OPENAI_BASE_URL")) && !p.isSet(QStringLiteral("regions")))
        baseUrl = env.value(QStringLiteral("OPENAI_BASE_URL")); // as OpenAI's own tools do
    plan.protocol = p.value(QStringLiteral("protocol")).isEmpty() ? QStringLiteral("openai") : p.value(QStringLiteral("protocol"));
    if (plan.protocol != u"openai" && plan.protocol != u"anthropic") {
        *error = tr("--protocol must be openai or anthropic, not \"%1\"").arg(plan.protocol);
        return false;
    }
    o->useSimulator = baseUrl.isEmpty();
    if (o->useSimulator && plan.protocol != u"openai") {
        *error = tr("the simulated provider speaks the openai protocol; give --base-url for --protocol %1").arg(plan.protocol);
        return false;
    }
    if (o->useSimulator) {
        for (const QString &id : std::as_const(plan.models)) {
            if (!catalog->model(id)) {
                QStringList known;
                for (const ModelInfo &m : catalog->models())
                    known.append(m.id);
                *error = tr("the simulated provider has no model \"%1\"; it serves: %2").arg(id, known.join(QStringLiteral(", ")));
                return false;
            }
        }
        o->regionIds = listOption(p, QStringLiteral("regions"));
        if (o->regionIds.isEmpty() && !catalog->regions().isEmpty())
            o->regionIds.append(catalog->regions().constFirst().id);
        for (const QString &id : std::as_const(o->regionIds)) {
            const auto &regions = catalog->regions();
            if (std::none_of(regions.cbegin(), regions.cend(), [&](const RegionInfo &r) { return r.id == id; })) {
                QStringList known;
                for (const RegionInfo &r : regions)
                    known.append(r.id);
                *error = tr("unknown region \"%1\"; the simulated provider has: %2").arg(id, known.join(QStringLiteral(", ")));
                return false;
            }
        }
        bool ok = true;
        if (p.isSet(QStringLiteral("time-scale"))) {
            plan.timeScale = p.value(QStringLiteral("time-scale")).toDouble(&ok);
            if (!ok || plan.timeScale <= 0 || plan.timeScale > 1000) {
                *error = tr("--time-scale must be a number above 0, at most 1000");
                return false;
            }
        }
        if (p.isSet(QStringLiteral("seed"))) {
            o->seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok) {
                *error = tr("--seed must be a whole number");
                return false;
            }
        }
        if (p.isSet(QStringLiteral("sim-fault")) && !SimFault::parse(p.value(QStringLiteral("sim-fault")), &o->simFault, error))
            return false;
        plan.simulated = true;
        plan.endpointName = tr("Simulated provider");
        return true;
    }

    for (const char *realOnly : {"proxy", "ca-file", "header"}) {
        if (o->useSimulator && p.isSet(QLatin1String(realOnly))) {
            *error = tr("--%1 applies to a real endpoint (--base-url)").arg(QLatin1String(realOnly));
            return false;
        }
    }
    for (const char *simOnly : {"regions", "time-scale", "seed", "sim-fault"}) {
        if (p.isSet(QLatin1String(simOnly))) {
            *error = tr("--%1 applies to the simulated provider only; a real endpoint is measured from this "
                        "machine (region \"local\")")
                         .arg(QLatin1String(simOnly));
            return false;
        }
    }
    const QUrl base = QUrl::fromUserInput(baseUrl);
    if (!base.isValid() || base.host().isEmpty() || !(base.scheme() == u"http" || base.scheme() == u"https")) {
        *error = tr("--base-url must be an http:// or https:// URL, not \"%1\"").arg(baseUrl);
        return false;
    }
    if (!base.userInfo().isEmpty()) {
        *error = tr("--base-url must not hold credentials; put the key in an environment variable");
        return false;
    }
    plan.endpoint = base;
    plan.endpointName = base.host();
    RegionRoute local{QStringLiteral("local"), tr("This machine"), base};
    if (p.isSet(QStringLiteral("proxy"))) {
        const std::optional<QNetworkProxy> proxy = RegionRoute::proxyFromUrl(p.value(QStringLiteral("proxy")));
        if (!proxy) {
            *error = tr("--proxy must look like http://host:port or socks5://host:port, not \"%1\"").arg(p.value(QStringLiteral("proxy")));
            return false;
        }
        local.proxy = *proxy;
        local.name = tr("This machine through %1:%2").arg(proxy->hostName()).arg(proxy->port());
    }
    plan.regions = {local};
    for (const QString &line : p.values(QStringLiteral("header"))) {
        const std::optional<HttpHeader> header = HttpHeader::fromLine(line);
        if (!header) {
            *error = tr("--header must look like \"Name: value\" on one line, not \"%1\"").arg(line);
            return false;
        }
        plan.headers.append(*header);
    }
    if (p.isSet(QStringLiteral("ca-file"))) {
        plan.caCertificates = QSslCertificate::fromPath(p.value(QStringLiteral("ca-file")), QSsl::Pem);
        if (plan.caCertificates.isEmpty()) {
            *error = tr("--ca-file %1 holds no PEM certificate (or cannot be read)").arg(p.value(QStringLiteral("ca-file")));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("api-key-env"))) {
        const QString name = p.value(QStringLiteral("api-key-env"));
        if (!env.contains(name)) {
            *error = tr("--api-key-env names %1, which is not set").arg(name);
            return false;
        }
        plan.apiKey = env.value(name);
    } else {
        const QString vendor = plan.protocol == u"anthropic" ? QStringLiteral("ANTHROPIC_API_KEY") : QStringLiteral("OPENAI_API_KEY");
        plan.apiKey = env.value(QStringLiteral("TOKENMETER_API_KEY"), env.value(vendor));
    }
    // A catalog model the endpoint knows by another id is asked for by that id.
    for (const QString &id : std::as_const(plan.models)) {
        if (const ModelInfo *m = catalog->model(id); m && !m->apiId.isEmpty())
            plan.routes.insert(id, ModelRoute{m->apiId, {}});
    }
    return true;
}
