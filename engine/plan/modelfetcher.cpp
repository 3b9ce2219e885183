#include "modelfetcher.h"

#include "stream/dialect.h"
#include "stream/modellister.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

ModelFetcher::ModelFetcher(Planner *planner, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_planner(planner)
    , m_secrets(secrets)
{ }

void ModelFetcher::fetch(const RunSettings &settings, const PlanContext &context)
{
    // Only the chosen endpoint's key (and the regions' proxy passwords) are read.
    m_planner->readSecrets(m_secrets, settings, {}, context, this,
                           [this, settings](std::optional<PlanContext> read, const QString &problem) {
                               QString error = problem;
                               const auto listing = read ? m_planner->listing(settings, *read, &error) : std::nullopt;
                               if (listing)
                                   list(*listing);
                               else
                                   Q_EMIT failed(error);
                           });
}

void ModelFetcher::list(const ListingTarget &listing)
{
    StreamTarget target;
    target.baseUrl = listing.region.urlFor(listing.endpoint);
    target.apiKey = listing.endpoint.apiKey;
    target.dialect = &Dialect::forProtocol(listing.endpoint.protocol);
    target.caCertificates = listing.endpoint.caCertificates;
    target.headers = listing.endpoint.headers;
    target.timeouts.totalS = 30;
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxy(listing.region.networkProxy().value_or(QNetworkProxy(QNetworkProxy::DefaultProxy)));
    auto *lister = new ModelLister(manager, target, manager);
    const QString provider = listing.simulated ? QCoreApplication::translate("ModelFetcher", "Simulated")
                                               : listing.endpoint.name;
    connect(lister, &ModelLister::finished, this,
            [this, manager, provider](const QStringList &models, const QString &error) {
                manager->deleteLater();
                if (error.isEmpty())
                    Q_EMIT fetched(models, provider);
                else
                    Q_EMIT failed(error);
            });
    Q_EMIT asking(target.baseUrl.toDisplayString());
    lister->start();
}
