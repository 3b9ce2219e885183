#include "planner.h"

#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "secrets/secretbatch.h"
#include "sim/simhost.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRandomGenerator>

#include <algorithm>

namespace {

// This file's strings, in the "Planner" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
};

QString keyOf(const Endpoint &e, const PlanContext &context)
{
    if (e.keyInKeychain())
        return context.secrets.value(e.keychainEntry());
    const QString env = e.keyEnv();
    return env.isEmpty() ? QString() : qEnvironmentVariable(env.toLocal8Bit().constData());
}

// The endpoint as a run sends to it: its base URL checked, key and CA certificates read.
bool resolve(Endpoint *e, const QString &key, QString *error)
{
    const QUrl url = QUrl::fromUserInput(e->baseUrl);
    if (e->baseUrl.trimmed().isEmpty() || !isHttpUrl(url)) {
        *error = Tr::tr("%1 has no usable base URL (\"%2\"); set one under Endpoints….").arg(e->name, e->baseUrl);
        return false;
    }
    e->baseUrl = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    e->apiKey = key;
    if (e->caFile.isEmpty())
        return true;
    e->caCertificates = QSslCertificate::fromPath(e->caFile, QSsl::Pem);
    if (e->caCertificates.isEmpty()) {
        *error = Tr::tr("The CA file %1 of %2 holds no PEM certificate, or cannot be read.").arg(e->caFile, e->name);
        return false;
    }
    return true;
}

bool resolve(Region *r, const PlanContext &context, QString *error)
{
    if (!r->proxy.isEmpty() && !Region::proxyFromUrl(r->proxy)) {
        *error = Tr::tr("The proxy of %1 must look like http://host:port or socks5://host:port, not \"%2\".")
                     .arg(r->name, r->proxyWithoutCredentials());
        return false;
    }
    if (!r->baseUrl.isEmpty() && !isHttpUrl(r->baseUrl)) {
        *error = Tr::tr("%1 has no usable base URL (\"%2\"); set one under Endpoints….").arg(r->name, r->baseUrl);
        return false;
    }
    if (!r->proxyUser.isEmpty() && r->proxyPassword.isEmpty())
        r->proxyPassword = context.secrets.value(r->proxyKeychainEntry());
    return true;
}

void applyCounts(const RunSettings &s, RunPlan *plan)
{
    plan->iterations = s.iterations;
    plan->warmup = s.warmup;
    plan->lanes = s.lanes;
    plan->concurrency = s.concurrency;
    plan->load = s.load;
    plan->retries = s.retries;
    plan->prompt = s.prompt;
    plan->maxTokens = s.maxTokens;
    plan->workload = s.workload;
    plan->dataset = s.dataset;
    plan->promptNonce = QRandomGenerator::system()->generate64();
    plan->timeouts = s.timeouts;
    plan->limits = s.limits;
    plan->keepText = s.keepText;
    plan->qtTransport = s.qtTransport;
}

QString knownIds(const QStringList &ids)
{
    return ids.isEmpty() ? Tr::tr("(none)") : ids.join(QStringLiteral(", "));
}

} // namespace

Planner::Planner(const Catalog *catalog)
    : m_catalog(catalog)
{ }

Planner::~Planner() = default;

bool Planner::ensureSimulator(const RunSettings &s, QString *error)
{
    if (m_sim && m_simScale == s.timeScale && (!s.simSeed || *s.simSeed == m_simSeed) && m_simFault == s.simFault)
        return true;
    m_sim.reset();
    auto sim = std::make_unique<SimHost>();
    // A new seed per provider start unless one is asked for: two runs differ by jitter as real ones do.
    const quint64 seed = s.simSeed.value_or(QRandomGenerator::global()->generate64());
    if (!sim->start(*m_catalog, QHostAddress::LocalHost, 0, s.timeScale, seed, s.simFault, error))
        return false;
    m_sim = std::move(sim);
    m_simScale = s.timeScale;
    m_simSeed = seed;
    m_simFault = s.simFault;
    return true;
}

std::optional<RunPlan> Planner::plan(const RunSettings &s, const QStringList &models, const PlanContext &context,
                                     QString *error)
{
    std::optional<RunPlan> plan = s.simulated ? simulatedPlan(s, models, error) : realPlan(s, models, context, error);
    if (!plan)
        return std::nullopt;
    applyCounts(s, &*plan);
    if (const QString invalid = plan->validate(); !invalid.isEmpty()) {
        *error = invalid.at(0).toUpper() + invalid.mid(1) + u'.';
        return std::nullopt;
    }
    return plan;
}

std::optional<RunPlan> Planner::simulatedPlan(const RunSettings &s, const QStringList &models, QString *error)
{
    for (const QString &id : models) {
        if (!m_catalog->model(id)) {
            QStringList known;
            for (const ModelInfo &m : m_catalog->models())
                known.append(m.id);
            *error = Tr::tr("The simulated provider has no model \"%1\"; it serves: %2.").arg(id, knownIds(known));
            return std::nullopt;
        }
    }
    QStringList known;
    for (const Region &r : m_catalog->regions())
        known.append(r.id);
    for (const QString &id : s.simulatedRegions) {
        if (!known.contains(id)) {
            *error = Tr::tr("The simulated provider has no region \"%1\"; it has: %2.").arg(id, knownIds(known));
            return std::nullopt;
        }
    }
    if (!ensureSimulator(s, error))
        return std::nullopt;
    RunPlan plan;
    plan.simulated = true;
    plan.timeScale = s.timeScale;
    plan.simLog = m_sim->writeLog();
    Endpoint sim;
    sim.id = kSimulatedId;
    sim.name = Tr::tr("Simulated provider");
    sim.baseUrl = m_sim->baseUrl({}).toString();
    sim.streamOptions = s.askForUsage;
    plan.endpoints = {sim};
    for (const Region &catalogRegion : m_catalog->regions()) {
        if (!s.simulatedRegions.contains(catalogRegion.id))
            continue;
        Region r = catalogRegion;
        r.name = CatalogNames::display(r.name);
        r.baseUrl = m_sim->baseUrl(r.id).toString();
        r.endpoint = kSimulatedId;
        plan.regions.append(r);
    }
    plan.models = models;
    for (const QString &id : models)
        plan.routes.insert(id, ModelRoute{kSimulatedId, {}});
    return plan;
}

std::optional<RunPlan> Planner::realPlan(const RunSettings &s, const QStringList &models, const PlanContext &context,
                                         QString *error) const
{
    std::optional<QList<Endpoint>> endpoints = endpointsOf(s, models, context, error);
    std::optional<QList<Region>> regions = endpoints ? chosenRegions(s, context, error) : std::nullopt;
    if (!regions)
        return std::nullopt;
    RunPlan plan;
    for (Endpoint &e : *endpoints) {
        const bool typed = e.id == s.endpoint && !context.sessionKey.isEmpty();
        if (!resolve(&e, typed ? context.sessionKey : keyOf(e, context), error))
            return std::nullopt;
        e.streamOptions = e.streamOptions && s.askForUsage;
    }
    for (Region &r : *regions) {
        if (!resolve(&r, context, error))
            return std::nullopt;
        r.name = CatalogNames::display(r.name); // "This machine", in the user's language
    }
    for (Endpoint &e : *endpoints)
        e.name = CatalogNames::display(e.name); // a preset's name, likewise
    plan.endpoints = *endpoints;
    plan.regions = *regions;
    plan.models = models;
    for (const QString &id : models) {
        const ModelInfo *m = m_catalog->model(id);
        const QString endpoint = m && !m->endpoint.isEmpty() ? m->endpoint : s.endpoint;
        plan.routes.insert(id, ModelRoute{endpoint, m ? m->apiId : QString()});
    }
    return plan;
}

std::optional<QList<Endpoint>> Planner::endpointsOf(const RunSettings &s, const QStringList &models,
                                                    const PlanContext &context, QString *error) const
{
    const Endpoint *chosen = findEndpoint(context.endpoints, s.endpoint);
    if (!chosen) {
        *error = s.endpoint.isEmpty() ? Tr::tr("Choose an endpoint (or set one up under Endpoints…).")
                                      : Tr::tr("There is no saved endpoint \"%1\".").arg(s.endpoint);
        return std::nullopt;
    }
    QList<Endpoint> used{*chosen};
    for (const QString &id : models) {
        const ModelInfo *m = m_catalog->model(id);
        if (!m || m->endpoint.isEmpty() || findEndpoint(used, m->endpoint))
            continue;
        const Endpoint *other = findEndpoint(context.endpoints, m->endpoint);
        if (!other) {
            *error = Tr::tr("%1 is served by the endpoint \"%2\", which is not among the saved endpoints: add it, "
                            "or clear the model's endpoint in the catalog.")
                         .arg(m->name, m->endpoint);
            return std::nullopt;
        }
        used.append(*other);
    }
    return used;
}

std::optional<QList<Region>> Planner::chosenRegions(const RunSettings &s, const PlanContext &context,
                                                    QString *error) const
{
    QList<Region> chosen;
    QStringList known;
    for (const Region &r : context.regions) {
        known.append(r.id);
        if (s.regions.contains(r.id))
            chosen.append(r);
    }
    for (const QString &id : s.regions) {
        if (!known.contains(id)) {
            *error = Tr::tr("There is no saved region \"%1\"; the saved ones are: %2.").arg(id, knownIds(known));
            return std::nullopt;
        }
    }
    return chosen;
}

QStringList Planner::secretsNeeded(const RunSettings &s, const QStringList &models, const PlanContext &context) const
{
    if (s.simulated)
        return {};
    QStringList entries;
    QString ignored;
    for (const Endpoint &e : endpointsOf(s, models, context, &ignored).value_or(QList<Endpoint>())) {
        const bool typed = e.id == s.endpoint && !context.sessionKey.isEmpty();
        if (e.keyInKeychain() && !typed)
            entries.append(e.keychainEntry());
    }
    for (const Region &r : chosenRegions(s, context, &ignored).value_or(QList<Region>())) {
        if (!r.proxy.isEmpty() && !r.proxyUser.isEmpty() && r.proxyPassword.isEmpty())
            entries.append(r.proxyKeychainEntry());
    }
    return entries;
}

void Planner::readSecrets(SecretStore *store, const RunSettings &settings, const QStringList &models,
                          PlanContext context, QObject *receiver,
                          std::function<void(std::optional<PlanContext>, QString)> done) const
{
    const QStringList needed = secretsNeeded(settings, models, context);
    if (needed.isEmpty()) {
        done(std::move(context), {});
        return;
    }
    // The keychain answers asynchronously (it may even ask the user to unlock it).
    SecretBatch::read(store, needed, receiver,
                      [context, done](const QHash<QString, QString> &secrets, const QStringList &problems) mutable {
                          if (!problems.isEmpty()) {
                              done(std::nullopt, problems.join(QStringLiteral("; ")));
                              return;
                          }
                          context.secrets.insert(secrets);
                          done(std::move(context), {});
                      });
}

void Planner::prepare(SecretStore *store, const RunSettings &settings, const QStringList &models, PlanContext context,
                      QObject *receiver, std::function<void(std::optional<RunPlan>, QString)> done)
{
    readSecrets(store, settings, models, std::move(context), receiver,
                [this, settings, models, done](std::optional<PlanContext> read, const QString &problem) {
                    if (!read) {
                        done(std::nullopt, problem);
                        return;
                    }
                    QString error;
                    std::optional<RunPlan> plan = this->plan(settings, models, *read, &error);
                    done(std::move(plan), error);
                });
}

std::optional<ListingTarget> Planner::listing(const RunSettings &settings, const PlanContext &context, QString *error)
{
    // The plan of a run of no model: the chosen endpoint alone, from the chosen regions.
    const std::optional<RunPlan> p = settings.simulated ? simulatedPlan(settings, {}, error)
                                                        : realPlan(settings, {}, context, error);
    if (!p)
        return std::nullopt;
    if (p->regions.isEmpty()) {
        *error = Tr::tr("Choose at least one region.");
        return std::nullopt;
    }
    return ListingTarget{p->endpoints.constFirst(), p->regions.constFirst(), p->simulated};
}

QStringList Planner::plainHttpHostsWithKey(const RunPlan &plan)
{
    QStringList hosts;
    for (const Region &r : plan.regions) {
        for (const Endpoint &e : plan.endpoints) {
            const QUrl url = r.urlFor(e);
            const QString host = url.host();
            if (!e.apiKey.isEmpty() && url.scheme() == u"http" && !QHostAddress(host).isLoopback()
                && host != u"localhost" && !hosts.contains(host))
                hosts.append(host);
        }
    }
    return hosts;
}
