#include "runoptions.h"

#include "catalog/catalog.h"
#include "endpoints/savedendpoints.h"
#include "history/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

/* TRANSLATOR RunOptions */

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
    if (!ok || !(v >= 0 && v <= 86400)) {
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

bool readCounts(const QCommandLineParser &p, RunSettings *s, QString *error)
{
    if (!intOption(p, QStringLiteral("iterations"), 1, 100000, &s->iterations, error)
        || !intOption(p, QStringLiteral("warmup"), 0, 100, &s->warmup, error)
        || !intOption(p, QStringLiteral("lanes"), 0, 10000, &s->lanes, error)
        || !intOption(p, QStringLiteral("concurrency"), 1, 1000, &s->concurrency, error)
        || !intOption(p, QStringLiteral("max-tokens"), 1, 1000000, &s->maxTokens, error)
        || !secondsOption(p, QStringLiteral("timeout"), &s->timeouts.totalS, error)
        || !secondsOption(p, QStringLiteral("connect-timeout"), &s->timeouts.connectS, error)
        || !secondsOption(p, QStringLiteral("first-token-timeout"), &s->timeouts.firstTokenS, error)
        || !secondsOption(p, QStringLiteral("idle-timeout"), &s->timeouts.idleS, error))
        return false;
    if (p.isSet(QStringLiteral("prompt")))
        s->prompt = p.value(QStringLiteral("prompt"));
    s->keepText = p.isSet(QStringLiteral("keep-text"));
    s->askForUsage = !p.isSet(QStringLiteral("no-usage"));
    return true;
}

bool readOutput(const QCommandLineParser &p, RunOptions *o, QString *error)
{
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
    o->dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!p.isSet(QStringLiteral("no-history")) && !o->dryRun) {
        o->historyPath = p.isSet(QStringLiteral("history")) ? p.value(QStringLiteral("history"))
            : qEnvironmentVariableIsSet("TOKENMETER_HISTORY") ? qEnvironmentVariable("TOKENMETER_HISTORY")
                                                              : HistoryStore::defaultPath();
    }
    o->logRequests = p.isSet(QStringLiteral("log-requests"));
    return true;
}

bool readSimulated(const QCommandLineParser &p, const Catalog &catalog, RunSettings *s, QString *error)
{
    s->simulated = true;
    s->simulatedRegions = listOption(p, QStringLiteral("region"));
    if (s->simulatedRegions.isEmpty() && !catalog.regions().isEmpty())
        s->simulatedRegions.append(catalog.regions().constFirst().id);
    bool ok = true;
    if (p.isSet(QStringLiteral("time-scale"))) {
        s->timeScale = p.value(QStringLiteral("time-scale")).toDouble(&ok);
        if (!ok || !(s->timeScale > 0 && s->timeScale <= 1000)) {
            *error = tr("--time-scale must be a number above 0, at most 1000");
            return false;
        }
    }
    s->simSeed = 1; // a run from the command line repeats itself unless told otherwise
    if (p.isSet(QStringLiteral("seed"))) {
        s->simSeed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = tr("--seed must be a whole number");
            return false;
        }
    }
    return !p.isSet(QStringLiteral("sim-fault")) || SimFault::parse(p.value(QStringLiteral("sim-fault")), &s->simFault, error);
}

// The key of an endpoint given on the command line: --api-key-env, else the usual variables.
bool readKeySource(const QCommandLineParser &p, Endpoint *e, QString *error)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (p.isSet(QStringLiteral("api-key-env"))) {
        const QString name = p.value(QStringLiteral("api-key-env"));
        if (!env.contains(name)) {
            *error = tr("--api-key-env names %1, which is not set").arg(name);
            return false;
        }
        e->keyRef = QStringLiteral("env:") + name;
        return true;
    }
    const QString vendor = e->protocol == u"anthropic" ? QStringLiteral("ANTHROPIC_API_KEY") : QStringLiteral("OPENAI_API_KEY");
    e->keyRef = QStringLiteral("env:") + (env.contains(QStringLiteral("TOKENMETER_API_KEY")) ? QStringLiteral("TOKENMETER_API_KEY") : vendor);
    return true;
}

// --base-url and what describes it: an endpoint of this run only.
std::optional<Endpoint> readAdHocEndpoint(const QCommandLineParser &p, const QString &baseUrl, const QStringList &taken,
                                          QString *error)
{
    const QUrl base = QUrl::fromUserInput(baseUrl);
    if (!isHttpUrl(base)) {
        *error = tr("--base-url must be an http:// or https:// URL, not \"%1\"").arg(baseUrl);
        return std::nullopt;
    }
    if (!base.userInfo().isEmpty()) {
        *error = tr("--base-url must not hold credentials; put the key in an environment variable");
        return std::nullopt;
    }
    Endpoint e;
    e.id = SavedEndpoints::uniqueId(base.host(), taken);
    e.name = base.host();
    e.baseUrl = base.toString();
    e.protocol = p.value(QStringLiteral("protocol")).isEmpty() ? QStringLiteral("openai") : p.value(QStringLiteral("protocol"));
    if (!Endpoint::isProtocol(e.protocol)) {
        *error = tr("--protocol must be openai or anthropic, not \"%1\"").arg(e.protocol);
        return std::nullopt;
    }
    for (const QString &line : p.values(QStringLiteral("header"))) {
        const std::optional<HttpHeader> header = HttpHeader::fromLine(line);
        if (!header) {
            *error = tr("--header must look like \"Name: value\" on one line, not \"%1\"").arg(line);
            return std::nullopt;
        }
        e.headers.append(*header);
    }
    e.caFile = p.value(QStringLiteral("ca-file"));
    if (!e.caFile.isEmpty() && QSslCertificate::fromPath(e.caFile, QSsl::Pem).isEmpty()) {
        *error = tr("--ca-file %1 holds no PEM certificate (or cannot be read)").arg(e.caFile);
        return std::nullopt;
    }
    if (!readKeySource(p, &e, error))
        return std::nullopt;
    return e;
}

// The id of the saved entry named `text` (its id, or its name in any case).
template<typename T>
std::optional<QString> savedId(const QList<T> &list, const QString &text)
{
    for (const T &item : list) {
        if (item.id == text || item.name.compare(text, Qt::CaseInsensitive) == 0)
            return item.id;
    }
    return std::nullopt;
}

template<typename T>
QString savedNames(const QList<T> &list)
{
    QStringList names;
    for (const T &item : list)
        names.append(item.id == item.name ? item.id : QStringLiteral("%1 (%2)").arg(item.id, item.name));
    return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
}

bool readRegions(const QCommandLineParser &p, const RunSettings &savedChoice, RunOptions *o, QString *error)
{
    RunSettings &s = o->settings;
    const QStringList named = listOption(p, QStringLiteral("region"));
    s.regions.clear();
    for (const QString &text : named) {
        const std::optional<QString> id = savedId(o->context.regions, text);
        if (!id) {
            *error = tr("there is no saved region \"%1\"; the saved ones are: %2").arg(text, savedNames(o->context.regions));
            return false;
        }
        s.regions.append(*id);
    }
    if (p.isSet(QStringLiteral("proxy"))) {
        const QString proxy = p.value(QStringLiteral("proxy"));
        const std::optional<QNetworkProxy> parsed = Region::proxyFromUrl(proxy);
        if (!parsed) {
            *error = tr("--proxy must look like http://host:port or socks5://host:port, not \"%1\"").arg(proxy);
            return false;
        }
        Region r;
        r.id = QStringLiteral("proxy");
        r.name = tr("This machine through %1:%2").arg(parsed->hostName()).arg(parsed->port());
        r.proxy = proxy; // its credentials, if any, stay in memory: a report keeps the host only
        o->context.regions.append(r);
        s.regions.append(r.id);
    }
    if (s.regions.isEmpty() && p.isSet(QStringLiteral("base-url"))) {
        s.regions = {QStringLiteral("local")}; // this machine, as --base-url always measured
    } else if (s.regions.isEmpty()) {
        // The regions last chosen in the dashboard, as far as they still exist.
        for (const QString &id : savedChoice.regions) {
            if (findRegion(o->context.regions, id))
                s.regions.append(id);
        }
        if (s.regions.isEmpty() && !o->context.regions.isEmpty())
            s.regions.append(o->context.regions.constFirst().id);
    }
    return true;
}

bool readRealEndpoint(const QCommandLineParser &p, const RunSettings &savedChoice, RunOptions *o, QString *error)
{
    RunSettings &s = o->settings;
    s.simulated = false;
    for (const char *simOnly : {"time-scale", "seed", "sim-fault"}) {
        if (p.isSet(QLatin1String(simOnly))) {
            *error = tr("--%1 applies to the simulated provider only").arg(QLatin1String(simOnly));
            return false;
        }
    }
    QString baseUrl = p.value(QStringLiteral("base-url"));
    if (p.isSet(QStringLiteral("endpoint"))) {
        const QString name = p.value(QStringLiteral("endpoint"));
        for (const char *adHoc : {"base-url", "protocol", "api-key-env", "header", "ca-file"}) {
            if (p.isSet(QLatin1String(adHoc))) {
                *error = tr("--%1 describes an endpoint of its own; a saved endpoint (--endpoint) keeps its own settings")
                             .arg(QLatin1String(adHoc));
                return false;
            }
        }
        const std::optional<QString> id = savedId(o->context.endpoints, name);
        if (!id) {
            *error = tr("there is no saved endpoint \"%1\"; the saved ones are: %2").arg(name, savedNames(o->context.endpoints));
            return false;
        }
        s.endpoint = *id;
    } else {
        if (baseUrl.isEmpty())
            baseUrl = qEnvironmentVariable("OPENAI_BASE_URL"); // as OpenAI's own tools do
        QStringList taken;
        for (const Endpoint &e : std::as_const(o->context.endpoints))
            taken.append(e.id);
        const std::optional<Endpoint> e = readAdHocEndpoint(p, baseUrl, taken, error);
        if (!e)
            return false;
        o->context.endpoints.append(*e);
        s.endpoint = e->id;
        Region local = SavedEndpoints::defaultRegions().constFirst(); // this machine, direct
        o->context.regions.removeIf([&](const Region &r) { return r.id == local.id; });
        o->context.regions.append(local);
    }
    return readRegions(p, savedChoice, o, error);
}

} // namespace

void addRunOptions(QCommandLineParser *p)
{
    p->setApplicationDescription(
        tr("Streams chat completions from every chosen model and region and measures TTFT, tokens/s and "
           "latency. Without --endpoint or --base-url it runs against the embedded simulated provider."));
    p->addHelpOption();
    p->addOptions({
        {QStringLiteral("endpoint"), tr("A saved endpoint, by id or name (tokenmeter-cli endpoints list)."), tr("NAME")},
        {QStringList{QStringLiteral("region"), QStringLiteral("regions")},
         tr("A region to measure from, by id or name; repeatable, or a comma-separated list. The saved regions "
            "(tokenmeter-cli regions list) for a real endpoint, us-east and asia for the simulated provider."),
         tr("NAME")},
        {QStringLiteral("base-url"), tr("An endpoint of this run only: its base URL, e.g. https://api.openai.com/v1."), tr("URL")},
        {QStringLiteral("api-key-env"), tr("With --base-url: the environment variable holding the API key (default: TOKENMETER_API_KEY, then OPENAI_API_KEY, or ANTHROPIC_API_KEY with --protocol anthropic)."), tr("NAME")},
        {QStringLiteral("protocol"), tr("With --base-url: openai (default: POST {base}/chat/completions) or anthropic (POST {base}/messages)."), tr("P")},
        {QStringLiteral("header"), tr("With --base-url: send this extra header with every request, e.g. \"HTTP-Referer: https://example.com\" (repeatable; values are never saved)."), tr("\"NAME: VALUE\"")},
        {QStringLiteral("ca-file"), tr("With --base-url: also trust the CA certificates in this PEM file (a server with a private CA)."), tr("FILE")},
        {QStringLiteral("proxy"), tr("Also measure from this machine through a proxy: http://host:port or socks5://host:port (user:password@ allowed, never saved)."), tr("URL")},
        {QStringLiteral("settings"), tr("The settings file with the saved endpoints and regions (default: the dashboard's)."), tr("FILE")},
        {QStringLiteral("models"), tr("Comma-separated model ids (default: every catalog model)."), tr("a,b")},
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
        {QStringLiteral("no-usage"), tr("Do not ask for stream_options.include_usage (for servers that refuse it).")},
        {QStringLiteral("keep-text"), tr("Keep each answer's text (and reasoning) in the JSON report.")},
        {QStringLiteral("history"), tr("Keep the run in this history database (default: $TOKENMETER_HISTORY, else the user's)."), tr("FILE")},
        {QStringLiteral("no-history"), tr("Do not keep the run in the history.")},
        {QStringLiteral("log-requests"), tr("Print on stderr what each request sends (the key and extra header values redacted), and a line as each request is stored in the history.")},
        {QStringLiteral("catalog"), tr("A catalog file adding or overriding models and prices."), tr("FILE")},
        {QStringLiteral("dry-run"), tr("Print the plan (as the report's \"config\") and run nothing; no key is read from the keychain.")},
        {QStringLiteral("out"), tr("Also save the JSON report to FILE."), tr("FILE.json")},
        {QStringLiteral("format"), tr("What to print: table, json, csv or md (default table)."), tr("FORMAT")},
        {QStringLiteral("rank-by"), tr("Rank the leaderboard by ttft, tps or cost (default ttft)."), tr("METRIC")},
    });
}

bool readRunOptions(const QCommandLineParser &p, const Catalog &catalog, const QList<Endpoint> &savedEndpoints,
                    const QList<Region> &savedRegions, const RunSettings &savedChoice, RunOptions *o, QString *error)
{
    if (!p.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"").arg(p.positionalArguments().constFirst());
        return false;
    }
    if (!readCounts(p, &o->settings, error) || !readOutput(p, o, error))
        return false;
    o->models = listOption(p, QStringLiteral("models"));
    if (o->models.isEmpty())
        for (const ModelInfo &m : catalog.models())
            o->models.append(m.id);
    o->context.endpoints = savedEndpoints;
    o->context.regions = savedRegions;
    const bool real = p.isSet(QStringLiteral("endpoint")) || p.isSet(QStringLiteral("base-url"))
        || (!p.isSet(QStringLiteral("region")) && qEnvironmentVariableIsSet("OPENAI_BASE_URL"));
    if (real)
        return readRealEndpoint(p, savedChoice, o, error);
    for (const char *realOnly : {"proxy", "ca-file", "header", "api-key-env", "protocol"}) {
        if (p.isSet(QLatin1String(realOnly))) {
            *error = tr("--%1 applies to a real endpoint (--endpoint or --base-url)").arg(QLatin1String(realOnly));
            return false;
        }
    }
    return readSimulated(p, catalog, &o->settings, error);
}
