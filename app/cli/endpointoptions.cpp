#include "endpointoptions.h"

#include "endpoints/savedendpoints.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

namespace {

// This file's strings, in the "EndpointOptions" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointOptions)
};

// The key of an endpoint given on the command line: --api-key-env, else the usual variables.
bool readKeySource(const QCommandLineParser &p, Endpoint *e, QString *error)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (p.isSet(QStringLiteral("api-key-env"))) {
        const QString name = p.value(QStringLiteral("api-key-env"));
        if (!env.contains(name)) {
            *error = Tr::tr("--api-key-env names %1, which is not set").arg(name);
            return false;
        }
        e->keyRef = QStringLiteral("env:") + name;
        return true;
    }
    const QString vendor = e->protocol == u"anthropic" ? QStringLiteral("ANTHROPIC_API_KEY")
                                                       : QStringLiteral("OPENAI_API_KEY");
    e->keyRef = QStringLiteral("env:")
        + (env.contains(QStringLiteral("TOKENMETER_API_KEY")) ? QStringLiteral("TOKENMETER_API_KEY") : vendor);
    return true;
}

// --base-url and what describes it: an endpoint of this run only.
std::optional<Endpoint> readAdHocEndpoint(const QCommandLineParser &p, const QString &baseUrl, const QStringList &taken,
                                          QString *error)
{
    const QUrl base = QUrl::fromUserInput(baseUrl);
    if (!isHttpUrl(base)) {
        *error = Tr::tr("--base-url must be an http:// or https:// URL, not \"%1\"").arg(baseUrl);
        return std::nullopt;
    }
    if (!base.userInfo().isEmpty()) {
        *error = Tr::tr("--base-url must not hold credentials; put the key in an environment variable");
        return std::nullopt;
    }
    Endpoint e;
    e.id = SavedEndpoints::uniqueId(base.host(), taken);
    e.name = base.host();
    e.baseUrl = base.toString();
    e.protocol = p.value(QStringLiteral("protocol")).isEmpty() ? QStringLiteral("openai")
                                                               : p.value(QStringLiteral("protocol"));
    if (!Endpoint::isProtocol(e.protocol)) {
        *error = Tr::tr("--protocol must be openai or anthropic, not \"%1\"").arg(e.protocol);
        return std::nullopt;
    }
    for (const QString &line : p.values(QStringLiteral("header"))) {
        const std::optional<HttpHeader> header = HttpHeader::fromLine(line);
        if (!header) {
            *error = Tr::tr("--header must look like \"Name: value\" on one line, not \"%1\"").arg(line);
            return std::nullopt;
        }
        e.headers.append(*header);
    }
    e.caFile = p.value(QStringLiteral("ca-file"));
    if (!e.caFile.isEmpty() && QSslCertificate::fromPath(e.caFile, QSsl::Pem).isEmpty()) {
        *error = Tr::tr("--ca-file %1 holds no PEM certificate (or cannot be read)").arg(e.caFile);
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
    return names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "));
}

bool readRegions(const QCommandLineParser &p, const RunSettings &savedChoice, RunSettings *settings,
                 PlanContext *context, QString *error)
{
    RunSettings &s = *settings;
    const QStringList named = commaListOption(p, QStringLiteral("region"));
    s.regions.clear();
    for (const QString &text : named) {
        const std::optional<QString> id = savedId(context->regions, text);
        if (!id) {
            *error = Tr::tr("there is no saved region \"%1\"; the saved ones are: %2")
                         .arg(text, savedNames(context->regions));
            return false;
        }
        s.regions.append(*id);
    }
    if (p.isSet(QStringLiteral("proxy"))) {
        const QString proxy = p.value(QStringLiteral("proxy"));
        const std::optional<QNetworkProxy> parsed = Region::proxyFromUrl(proxy);
        if (!parsed) {
            *error = Tr::tr("--proxy must look like http://host:port or socks5://host:port, not \"%1\"").arg(proxy);
            return false;
        }
        Region r;
        r.id = QStringLiteral("proxy");
        r.name = Tr::tr("This machine through %1:%2").arg(parsed->hostName()).arg(parsed->port());
        r.proxy = proxy; // its credentials, if any, stay in memory: a report keeps the host only
        context->regions.append(r);
        s.regions.append(r.id);
    }
    if (s.regions.isEmpty() && p.isSet(QStringLiteral("base-url"))) {
        s.regions = {QStringLiteral("local")}; // this machine, as --base-url always measured
    } else if (s.regions.isEmpty()) {
        // The regions last chosen in the dashboard, as far as they still exist.
        for (const QString &id : savedChoice.regions) {
            if (findRegion(context->regions, id))
                s.regions.append(id);
        }
        if (s.regions.isEmpty() && !context->regions.isEmpty())
            s.regions.append(context->regions.constFirst().id);
    }
    return true;
}

bool readChosenEndpoint(const QCommandLineParser &p, RunSettings *settings, PlanContext *context, QString *error)
{
    RunSettings &s = *settings;
    s.simulated = false;
    QString baseUrl = p.value(QStringLiteral("base-url"));
    if (p.isSet(QStringLiteral("endpoint"))) {
        const QString name = p.value(QStringLiteral("endpoint"));
        for (const char *adHoc : {"base-url", "protocol", "api-key-env", "header", "ca-file"}) {
            if (p.isSet(QLatin1String(adHoc))) {
                *error
                    = Tr::tr(
                          "--%1 describes an endpoint of its own; a saved endpoint (--endpoint) keeps its own settings")
                          .arg(QLatin1String(adHoc));
                return false;
            }
        }
        const std::optional<QString> id = savedId(context->endpoints, name);
        if (!id) {
            *error = Tr::tr("there is no saved endpoint \"%1\"; the saved ones are: %2")
                         .arg(name, savedNames(context->endpoints));
            return false;
        }
        s.endpoint = *id;
    } else {
        if (baseUrl.isEmpty())
            baseUrl = qEnvironmentVariable("OPENAI_BASE_URL"); // as OpenAI's own tools do
        QStringList taken;
        for (const Endpoint &e : std::as_const(context->endpoints))
            taken.append(e.id);
        const std::optional<Endpoint> e = readAdHocEndpoint(p, baseUrl, taken, error);
        if (!e)
            return false;
        context->endpoints.append(*e);
        s.endpoint = e->id;
        Region local = SavedEndpoints::defaultRegions().constFirst(); // this machine, direct
        context->regions.removeIf([&](const Region &r) { return r.id == local.id; });
        context->regions.append(local);
    }
    return true;
}

} // namespace

void addEndpointOptions(QCommandLineParser *p)
{
    p->addOptions({
        {QStringLiteral("endpoint"), Tr::tr("A saved endpoint, by id or name (tokenmeter-cli endpoints list)."),
         Tr::tr("NAME")},
        {QStringList{QStringLiteral("region"), QStringLiteral("regions")},
         Tr::tr("A region to measure from, by id or name; repeatable, or a comma-separated list. The saved regions "
                "(tokenmeter-cli regions list) for a real endpoint, us-east and asia for the simulated provider."),
         Tr::tr("NAME")},
        {QStringLiteral("base-url"),
         Tr::tr(
             "An endpoint of this run only: its base URL, e.g. https://api.openai.com/v1 (default: $OPENAI_BASE_URL)."),
         Tr::tr("URL")},
        {QStringLiteral("api-key-env"),
         Tr::tr(
             "With --base-url: the environment variable holding the API key (default: TOKENMETER_API_KEY, then OPENAI_API_KEY, or ANTHROPIC_API_KEY with --protocol anthropic)."),
         Tr::tr("NAME")},
        {QStringLiteral("protocol"),
         Tr::tr("With --base-url: openai (default: POST {base}/chat/completions) or anthropic (POST {base}/messages)."),
         Tr::tr("P")},
        {QStringLiteral("header"),
         Tr::tr(
             "With --base-url: send this extra header with every request, e.g. \"HTTP-Referer: https://example.com\" (repeatable; values are never saved)."),
         Tr::tr("\"NAME: VALUE\"")},
        {QStringLiteral("ca-file"),
         Tr::tr("With --base-url: also trust the CA certificates in this PEM file (a server with a private CA)."),
         Tr::tr("FILE")},
        {QStringLiteral("proxy"),
         Tr::tr(
             "Also measure from this machine through a proxy: http://host:port or socks5://host:port (user:password@ allowed, never saved)."),
         Tr::tr("URL")},
        {QStringLiteral("settings"),
         Tr::tr("The settings file with the saved endpoints and regions (default: the dashboard's)."), Tr::tr("FILE")},
    });
}

bool namesRealEndpoint(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("endpoint")) || p.isSet(QStringLiteral("base-url"))
        || (!p.isSet(QStringLiteral("region")) && qEnvironmentVariableIsSet("OPENAI_BASE_URL"));
}

bool readEndpointOptions(const QCommandLineParser &p, const RunSettings &savedChoice, RunSettings *settings,
                         PlanContext *context, QString *error)
{
    if (!namesRealEndpoint(p)) {
        for (const char *realOnly : {"proxy", "ca-file", "header", "api-key-env", "protocol"}) {
            if (p.isSet(QLatin1String(realOnly))) {
                *error
                    = Tr::tr("--%1 applies to a real endpoint (--endpoint or --base-url)").arg(QLatin1String(realOnly));
                return false;
            }
        }
        settings->simulated = true;
        settings->simulatedRegions = commaListOption(p, QStringLiteral("region"));
        return true;
    }
    return readChosenEndpoint(p, settings, context, error) && readRegions(p, savedChoice, settings, context, error);
}

QStringList commaListOption(const QCommandLineParser &p, const QString &name)
{
    QStringList items;
    for (const QString &v : p.values(name))
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            items.append(part.trimmed());
    items.removeDuplicates();
    return items;
}
