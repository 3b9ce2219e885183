#include "runlauncher.h"

#include "catalog/catalog.h"
#include "sim/simhost.h"
#include "catalog/catalognames.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslCertificate>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RunLauncher", text);
}

QString keyOf(const EndpointInfo &e, const LaunchContext &context)
{
    if (e.keyInKeychain())
        return context.secrets.value(e.keychainEntry());
    const QString env = e.keyEnv();
    return env.isEmpty() ? QString() : qEnvironmentVariable(env.toLocal8Bit().constData());
}

std::optional<QList<QSslCertificate>> caOf(const EndpointInfo &e, QString *error)
{
    if (e.caFile.isEmpty())
        return QList<QSslCertificate>();
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(e.caFile, QSsl::Pem);
    if (ca.isEmpty()) {
        *error = QCoreApplication::translate("RunLauncher", "The CA file %1 of %2 holds no PEM certificate, or cannot be read.")
                     .arg(e.caFile, e.name);
        return std::nullopt;
    }
    return ca;
}

std::optional<QUrl> urlOf(const QString &text, const QString &what, QString *error)
{
    const QUrl url = QUrl::fromUserInput(text);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("RunLauncher", "%1 has no usable base URL (\"%2\"); set one with the Endpoints… button.")
                     .arg(what, text);
        return std::nullopt;
    }
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

RunLauncher::RunLauncher(const Catalog *catalog)
    : m_catalog(catalog)
{
}

RunLauncher::~RunLauncher() = default;

bool RunLauncher::ensureSimulator(double timeScale, QString *error)
{
    if (m_sim && m_simScale == timeScale)
        return true;
    m_sim.reset();
    auto sim = std::make_unique<SimHost>();
    // A new seed per provider start: two runs differ by jitter as real ones do.
    const quint64 seed = QRandomGenerator::global()->generate64();
    if (!sim->start(*m_catalog, QHostAddress::LocalHost, 0, timeScale, seed, SimFault{}, error))
        return false;
    m_sim = std::move(sim);
    m_simScale = timeScale;
    return true;
}

std::optional<QList<EndpointInfo>> RunLauncher::endpointsOf(const RunSettings &s, const QStringList &models,
                                                            const LaunchContext &context, QString *error) const
{
    const auto find = [&](const QString &id) {
        const auto it = std::find_if(context.endpoints.cbegin(), context.endpoints.cend(),
                                     [&](const EndpointInfo &e) { return e.id == id; });
        return it != context.endpoints.cend() ? &*it : nullptr;
    };
    const EndpointInfo *main = find(s.endpoint);
    if (!main) {
        *error = tr("Choose an endpoint (or set one up with the Endpoints… button).");
        return std::nullopt;
    }
    QList<EndpointInfo> used{*main};
    for (const QString &id : models) {
        const ModelInfo *m = m_catalog->model(id);
        if (!m || m->endpoint.isEmpty() || std::any_of(used.cbegin(), used.cend(), [&](const EndpointInfo &e) { return e.id == m->endpoint; }))
            continue;
        const EndpointInfo *other = find(m->endpoint);
        if (!other) {
            *error = tr("%1 is served by the endpoint \"%2\", which is not among the saved endpoints: add it, "
                        "or clear the model's endpoint in the catalog.").arg(m->name, m->endpoint);
            return std::nullopt;
        }
        used.append(*other);
    }
    return used;
}

QList<VantagePoint> RunLauncher::chosenRegions(const RunSettings &s, const LaunchContext &context) const
{
    QList<VantagePoint> chosen;
    for (const VantagePoint &r : context.regions) {
        if (s.vantagePoints.contains(r.id))
            chosen.append(r);
    }
    return chosen;
}

QStringList RunLauncher::secretsNeeded(const RunSettings &s, const QStringList &models, const LaunchContext &context) const
{
    if (s.simulated)
        return {};
    QStringList entries;
    QString ignored;
    const auto endpoints = endpointsOf(s, models, context, &ignored);
    for (const EndpointInfo &e : endpoints.value_or(QList<EndpointInfo>())) {
        const bool typed = e.id == s.endpoint && !context.sessionKey.isEmpty();
        if (e.keyInKeychain() && !typed)
            entries.append(e.keychainEntry());
    }
    for (const VantagePoint &r : chosenRegions(s, context)) {
        if (!r.proxy.isEmpty() && !r.proxyUser.isEmpty())
            entries.append(r.proxyKeychainEntry());
    }
    return entries;
}

std::optional<RunPlan> RunLauncher::plan(const RunSettings &s, const QStringList &models, const LaunchContext &context,
                                         QString *error)
{
    RunPlan plan;
    plan.models = models;
    plan.iterations = s.iterations;
    plan.warmup = s.warmup;
    plan.concurrency = s.concurrency;
    plan.prompt = s.prompt;
    plan.maxTokens = s.maxTokens;
    plan.timeouts.totalS = s.timeoutS;
    plan.keepText = true; // the stream preview shows it
    if (s.simulated) {
        if (!ensureSimulator(s.timeScale, error))
            return std::nullopt;
        plan.simulated = true;
        plan.timeScale = s.timeScale;
        plan.endpointName = tr("Simulated provider");
        plan.endpoint = m_sim->rootUrl();
        for (const RegionInfo &region : m_catalog->regions()) {
            if (s.regions.contains(region.id))
                plan.regions.append(RegionRoute{region.id, CatalogNames::display(region.name), m_sim->baseUrl(region.id)});
        }
    } else {
        const auto endpoints = endpointsOf(s, models, context, error);
        if (!endpoints)
            return std::nullopt;
        const EndpointInfo &main = endpoints->constFirst();
        const auto mainUrl = urlOf(main.baseUrl, main.name, error);
        const auto mainCa = mainUrl ? caOf(main, error) : std::nullopt;
        if (!mainCa)
            return std::nullopt;
        plan.endpointName = main.name;
        plan.endpoint = mainUrl->adjusted(QUrl::RemoveUserInfo);
        plan.protocol = main.protocol;
        plan.apiKey = context.sessionKey.isEmpty() ? keyOf(main, context) : context.sessionKey;
        plan.headers = main.headers;
        plan.includeUsage = main.streamOptions;
        plan.caCertificates = *mainCa;
        for (qsizetype i = 1; i < endpoints->size(); ++i) {
            const EndpointInfo &e = endpoints->at(i);
            const auto url = urlOf(e.baseUrl, e.name, error);
            const auto ca = url ? caOf(e, error) : std::nullopt;
            if (!ca)
                return std::nullopt;
            plan.otherEndpoints.append(EndpointRoute{e.id, e.name, *url, e.protocol, keyOf(e, context), e.headers,
                                                     e.streamOptions, *ca});
        }
        for (const QString &id : models) {
            const ModelInfo *m = m_catalog->model(id);
            if (m && (!m->apiId.isEmpty() || (!m->endpoint.isEmpty() && m->endpoint != main.id)))
                plan.routes.insert(id, ModelRoute{m->apiId, m->endpoint == main.id ? QString() : m->endpoint});
        }
        for (const VantagePoint &r : chosenRegions(s, context)) {
            RegionRoute route{r.id, r.name, *mainUrl};
            if (!r.proxy.isEmpty()) {
                std::optional<QNetworkProxy> proxy = RegionRoute::proxyFromUrl(r.proxy);
                if (!proxy) {
                    *error = tr("The proxy of %1 must look like http://host:port or socks5://host:port, not \"%2\".")
                                 .arg(r.name, r.proxy);
                    return std::nullopt;
                }
                proxy->setUser(r.proxyUser);
                proxy->setPassword(context.secrets.value(r.proxyKeychainEntry()));
                route.proxy = *proxy;
            }
            if (!r.baseUrl.isEmpty()) {
                const auto url = urlOf(r.baseUrl, r.name, error);
                if (!url)
                    return std::nullopt;
                if (r.endpoint.isEmpty() || r.endpoint == main.id)
                    route.baseUrl = *url;
                for (const EndpointRoute &e : std::as_const(plan.otherEndpoints)) {
                    if (r.endpoint.isEmpty() || r.endpoint == e.id)
                        route.endpointUrls.insert(e.id, *url);
                }
            }
            plan.regions.append(route);
        }
    }
    const QString invalid = plan.validate();
    if (!invalid.isEmpty()) {
        *error = invalid.at(0).toUpper() + invalid.mid(1) + u'.';
        return std::nullopt;
    }
    return plan;
}

QStringList RunLauncher::plainHttpHostsWithKey(const RunPlan &plan)
{
    QStringList hosts;
    const auto check = [&hosts](const QUrl &url, const QString &key) {
        const QString host = url.host();
        if (!key.isEmpty() && url.scheme() == u"http" && !QHostAddress(host).isLoopback() && host != u"localhost"
            && !hosts.contains(host))
            hosts.append(host);
    };
    for (const RegionRoute &r : plan.regions) {
        check(r.baseUrl, plan.apiKey);
        for (const EndpointRoute &e : plan.otherEndpoints)
            check(r.endpointUrls.value(e.id, e.baseUrl), e.apiKey);
    }
    return hosts;
}
