#include "runlauncher.h"

#include "catalog/catalog.h"
#include "sim/simhost.h"
#include "style/catalognames.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslCertificate>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RunLauncher", text);
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

std::optional<RunPlan> RunLauncher::plan(const RunSettings &s, const QStringList &models, const QString &sessionKey,
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
        const QUrl url = QUrl::fromUserInput(s.baseUrl);
        if (s.baseUrl.trimmed().isEmpty() || !url.isValid()) {
            *error = tr("Enter the base URL of an OpenAI-compatible endpoint, e.g. https://api.openai.com/v1.");
            return std::nullopt;
        }
        plan.endpointName = url.host();
        plan.endpoint = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        plan.protocol = s.protocol.isEmpty() ? QStringLiteral("openai") : s.protocol;
        RegionRoute local{QStringLiteral("local"), tr("This machine"), url};
        if (!s.proxy.isEmpty()) {
            const std::optional<QNetworkProxy> proxy = RegionRoute::proxyFromUrl(s.proxy);
            if (!proxy) {
                *error = tr("The proxy must look like http://host:port or socks5://host:port, not \"%1\".").arg(s.proxy);
                return std::nullopt;
            }
            local.proxy = *proxy;
            local.name = tr("This machine through %1:%2").arg(proxy->hostName()).arg(proxy->port());
        }
        plan.regions.append(local);
        if (!s.caFile.isEmpty()) {
            plan.caCertificates = QSslCertificate::fromPath(s.caFile, QSsl::Pem);
            if (plan.caCertificates.isEmpty()) {
                *error = tr("The CA file %1 holds no PEM certificate, or cannot be read.").arg(s.caFile);
                return std::nullopt;
            }
        }
        plan.apiKey = sessionKey;
        if (plan.apiKey.isEmpty() && !s.keyEnv.isEmpty())
            plan.apiKey = qEnvironmentVariable(s.keyEnv.toLocal8Bit().constData());
    }
    const QString invalid = plan.validate();
    if (!invalid.isEmpty()) {
        *error = invalid.at(0).toUpper() + invalid.mid(1) + u'.';
        return std::nullopt;
    }
    return plan;
}
