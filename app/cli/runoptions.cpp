#include "runoptions.h"

#include "clisetup.h"

#include "catalog/catalog.h"
#include "endpointoptions.h"
#include "history/historystore.h"
#include "loadoptions.h"
#include "plan/runplan.h"
#include "workloadoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// This file's strings, in the "RunOptions" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunOptions)
};

bool intOption(const QCommandLineParser &p, const QString &name, int min, int max, int *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = Tr::tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(p.value(name));
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
        *error = Tr::tr("--%1 must be a number of seconds from 0 (off) to 86400, not \"%2\"").arg(name, p.value(name));
        return false;
    }
    *out = v;
    return true;
}

bool readCounts(const QCommandLineParser &p, bool sweep, RunSettings *s, QString *error)
{
    if (!sweep && !intOption(p, QStringLiteral("concurrency"), 1, RunPlan::kMaxConcurrency, &s->concurrency, error))
        return false;
    if (!intOption(p, QStringLiteral("iterations"), 1, 100000, &s->iterations, error)
        || !intOption(p, QStringLiteral("warmup"), 0, 100, &s->warmup, error)
        || !intOption(p, QStringLiteral("lanes"), 0, 10000, &s->lanes, error)
        || !intOption(p, QStringLiteral("retries"), 0, 10, &s->retries, error)
        || !intOption(p, QStringLiteral("max-tokens"), 1, 1000000, &s->maxTokens, error)
        || !secondsOption(p, QStringLiteral("timeout"), &s->timeouts.totalS, error)
        || !secondsOption(p, QStringLiteral("connect-timeout"), &s->timeouts.connectS, error)
        || !secondsOption(p, QStringLiteral("first-token-timeout"), &s->timeouts.firstTokenS, error)
        || !secondsOption(p, QStringLiteral("idle-timeout"), &s->timeouts.idleS, error))
        return false;
    if (p.isSet(QStringLiteral("prompt")))
        s->prompt = p.value(QStringLiteral("prompt"));
    s->keepText = p.isSet(QStringLiteral("keep-text"));
    const QString transport = p.value(QStringLiteral("transport"));
    if (!transport.isEmpty() && transport != u"engine" && transport != u"qt") {
        *error = Tr::tr("--transport must be engine or qt, not \"%1\"").arg(transport);
        return false;
    }
    s->qtTransport = transport == u"qt";
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
        *error = Tr::tr("--format must be table, json, csv or md, not \"%1\"").arg(format);
        return false;
    }
    if (p.isSet(QStringLiteral("rank-by"))) {
        const auto by = Leaderboard::rankByFromString(p.value(QStringLiteral("rank-by")));
        if (!by) {
            *error = Tr::tr("--rank-by must be ttft, tps or cost, not \"%1\"").arg(p.value(QStringLiteral("rank-by")));
            return false;
        }
        o->rankBy = *by;
    }
    o->outPath = p.value(QStringLiteral("out"));
    o->dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!p.isSet(QStringLiteral("no-history")) && !o->dryRun) {
        o->historyPath = p.isSet(QStringLiteral("history"))   ? p.value(QStringLiteral("history"))
            : qEnvironmentVariableIsSet("TOKENMETER_HISTORY") ? qEnvironmentVariable("TOKENMETER_HISTORY")
                                                              : HistoryStore::defaultPath();
    }
    o->logRequests = p.isSet(QStringLiteral("log-requests"));
    return true;
}

bool readSimulated(const QCommandLineParser &p, const Catalog &catalog, RunSettings *s, QString *error)
{
    if (s->simulatedRegions.isEmpty() && !catalog.regions().isEmpty())
        s->simulatedRegions.append(catalog.regions().constFirst().id);
    bool ok = true;
    if (p.isSet(QStringLiteral("time-scale")) && p.value(QStringLiteral("time-scale")) != u"auto") {
        s->timeScale = p.value(QStringLiteral("time-scale")).toDouble(&ok);
        if (!ok || !(s->timeScale > 0 && s->timeScale <= 1000)) {
            *error = Tr::tr("--time-scale must be auto or a number above 0, at most 1000");
            return false;
        }
    }
    s->simSeed = 1; // a run from the command line repeats itself unless told otherwise
    if (p.isSet(QStringLiteral("seed"))) {
        s->simSeed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = Tr::tr("--seed must be a whole number");
            return false;
        }
    }
    return !p.isSet(QStringLiteral("sim-fault"))
        || SimFault::parse(p.value(QStringLiteral("sim-fault")), &s->simFault, error);
}

} // namespace

void addRunOptions(QCommandLineParser *p, bool sweep)
{
    p->setApplicationDescription(
        Tr::tr("Streams chat completions from every chosen model and region and measures TTFT, tokens/s and "
               "latency. Without --endpoint or --base-url it runs against the embedded simulated provider."));
    p->addHelpOption();
    addEndpointOptions(p);
    p->addOptions({
        {QStringLiteral("models"), Tr::tr("Comma-separated model ids (default: every catalog model)."), Tr::tr("a,b")},
        {QStringLiteral("iterations"), Tr::tr("Measured requests per model and region (default 10)."), Tr::tr("N")},
        {QStringLiteral("warmup"), Tr::tr("Warm-up requests per lane, excluded from statistics (default 1)."),
         Tr::tr("N")},
        {QStringLiteral("lanes"), Tr::tr("Model/region lanes running at once (default: all)."), Tr::tr("N")},
        {QStringLiteral("retries"),
         Tr::tr(
             "Try a request again up to N times after HTTP 429, 5xx or a dropped connection, waiting as Retry-After says (else 1, 2, 4 ... s); every try is kept in the report (default 0)."),
         Tr::tr("N")},
        {QStringLiteral("prompt"), Tr::tr("The prompt (default \"Explain recursion in 200 words\")."), Tr::tr("TEXT")},
        {QStringLiteral("max-tokens"), Tr::tr("max_tokens of each request (default 150)."), Tr::tr("N")},
    });
    if (!sweep)
        p->addOption({QStringLiteral("concurrency"),
                      Tr::tr("Requests in flight within each lane (default 1: one after another, as the study "
                             "measured)."),
                      Tr::tr("N")});
    addLoadOptions(p, sweep);
    addWorkloadOptions(p);
    p->addOptions({
        {QStringLiteral("timeout"), Tr::tr("Total time one request may take, in seconds (default 600)."), Tr::tr("S")},
        {QStringLiteral("connect-timeout"), Tr::tr("Time to connect and send, in seconds (default 15)."), Tr::tr("S")},
        {QStringLiteral("first-token-timeout"), Tr::tr("Time to the first token, in seconds (default 120)."),
         Tr::tr("S")},
        {QStringLiteral("idle-timeout"), Tr::tr("Longest silence within an answer, in seconds (default 60)."),
         Tr::tr("S")},
        {QStringLiteral("time-scale"),
         Tr::tr("Run the simulated provider X times faster than real time (default 1); auto measures the highest "
                "speed-up that keeps the figures honest on this machine first."),
         Tr::tr("X")},
        {QStringLiteral("seed"), Tr::tr("Seed of the simulated provider's jitter (default 1)."), Tr::tr("N")},
        {QStringLiteral("sim-fault"), Tr::tr("Make the simulated provider inject a fault, e.g. status=429."),
         Tr::tr("SPEC")},
        {QStringLiteral("no-usage"),
         Tr::tr("Do not ask for stream_options.include_usage (for servers that refuse it).")},
        {QStringLiteral("keep-text"), Tr::tr("Keep each answer's text (and reasoning) in the JSON report.")},
        {QStringLiteral("transport"),
         Tr::tr("engine (default): Tokenmeter's own HTTP/1.1 client, which times each read on a thread that only "
                "reads; qt: Qt's QNetworkAccessManager (HTTP/2 where the server offers it). Lanes through a proxy "
                "always use qt."),
         Tr::tr("NAME")},
        {QStringLiteral("history"),
         Tr::tr("Keep the run in this history database (default: $TOKENMETER_HISTORY, else the user's)."),
         Tr::tr("FILE")},
        {QStringLiteral("no-history"), Tr::tr("Do not keep the run in the history.")},
        {QStringLiteral("log-requests"),
         Tr::tr(
             "Print on stderr what each request sends (the key and extra header values redacted), and a line as each request is stored in the history.")},
        {QStringLiteral("catalog"), Tr::tr("A catalog file adding or overriding models and prices."), Tr::tr("FILE")},
        {QStringLiteral("dry-run"),
         Tr::tr("Print the plan (as the report's \"config\") and run nothing; no key is read from the keychain.")},
        {QStringLiteral("out"), Tr::tr("Also save the JSON report to FILE."), Tr::tr("FILE.json")},
        {QStringLiteral("format"), Tr::tr("What to print: table, json, csv or md (default table)."), Tr::tr("FORMAT")},
        {QStringLiteral("rank-by"), Tr::tr("Rank the leaderboard by ttft, tps or cost (default ttft)."),
         Tr::tr("METRIC")},
    });
}

bool readRunOptions(const QCommandLineParser &p, const CliSetup &setup, RunOptions *o, QString *error)
{
    const Catalog &catalog = setup.catalog;
    if (!p.positionalArguments().isEmpty()) {
        *error = Tr::tr("unexpected argument \"%1\"").arg(p.positionalArguments().constFirst());
        return false;
    }
    if (!readWorkloadProfile(p, setup.workloads, &o->settings, error) || !readCounts(p, o->sweep, &o->settings, error)
        || !readLoadOptions(p, o->sweep, &o->settings.load, error) || !readWorkloadOptions(p, &o->settings, error)
        || !readOutput(p, o, error))
        return false;
    o->models = commaListOption(p, QStringLiteral("models"));
    if (o->models.isEmpty())
        for (const ModelInfo &m : catalog.models())
            o->models.append(m.id);
    o->context.endpoints = setup.endpoints;
    o->context.regions = setup.regions;
    if (namesRealEndpoint(p)) {
        for (const char *simOnly : {"time-scale", "seed", "sim-fault"}) {
            if (p.isSet(QLatin1String(simOnly))) {
                *error = Tr::tr("--%1 applies to the simulated provider only").arg(QLatin1String(simOnly));
                return false;
            }
        }
    }
    if (!readEndpointOptions(p, setup.savedChoice, &o->settings, &o->context, error))
        return false;
    if (!o->settings.simulated)
        return true;
    return readSimulated(p, catalog, &o->settings, error);
}
