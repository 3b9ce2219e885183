#include "modelscommand.h"

#include "clisetup.h"
#include "endpointoptions.h"
#include "exitcodes.h"
#include "plan/planner.h"
#include "secrets/secretstore.h"
#include "stream/dialect.h"
#include "stream/modellister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ModelsCommand", text);
}

int usage(const QString &error)
{
    QTextStream(stderr) << "tokenmeter-cli models: " << error << '\n';
    return ExitCode::Usage;
}

// Asks the listing's endpoint for its models and prints them, one id a line.
void list(const ListingTarget &listing, QNetworkAccessManager *manager)
{
    StreamTarget target;
    target.baseUrl = listing.region.urlFor(listing.endpoint);
    target.apiKey = listing.endpoint.apiKey;
    target.dialect = &Dialect::forProtocol(listing.endpoint.protocol);
    target.caCertificates = listing.endpoint.caCertificates;
    target.headers = listing.endpoint.headers;
    target.timeouts.totalS = 30;
    manager->setProxy(listing.region.networkProxy().value_or(QNetworkProxy(QNetworkProxy::DefaultProxy)));
    auto *lister = new ModelLister(manager, target, manager);
    QObject::connect(lister, &ModelLister::finished, manager, [](const QStringList &models, const QString &error) {
        QTextStream out(stdout);
        for (const QString &m : models)
            out << m << '\n';
        out.flush();
        if (!error.isEmpty())
            QTextStream(stderr) << "tokenmeter-cli models: " << error << '\n';
        QCoreApplication::exit(error.isEmpty() ? ExitCode::Ok : ExitCode::SomeFailed);
    });
    lister->start();
}

} // namespace

int runModelsCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the models an endpoint serves (GET {base}/models), one id a line: a saved "
                                   "endpoint (--endpoint), one given by --base-url, or the simulated provider."));
    p.addHelpOption();
    addEndpointOptions(&p);
    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitCode::Ok;
    }
    QTextStream err(stderr);
    CliSetup setup;
    PlanContext context;
    QString error;
    if (!setup.load(p.value(QStringLiteral("settings")), {}, err, &error))
        return usage(error);
    context.endpoints = setup.endpoints;
    context.regions = setup.regions;
    RunSettings settings;
    if (!readEndpointOptions(p, setup.savedChoice, &settings, &context, &error))
        return usage(error);
    if (settings.simulated && settings.simulatedRegions.isEmpty())
        settings.simulatedRegions = {setup.catalog.regions().value(0).id};
    Planner planner(&setup.catalog);
    SecretStore secrets;
    QNetworkAccessManager manager;
    QTimer::singleShot(0, &manager, [&] {
        planner.readSecrets(&secrets, settings, {}, context, &manager,
                            [&](std::optional<PlanContext> read, const QString &problem) {
                                QString planError = problem;
                                const auto listing = read ? planner.listing(settings, *read, &planError) : std::nullopt;
                                if (!listing)
                                    QCoreApplication::exit(usage(planError));
                                else
                                    list(*listing, &manager);
                            });
    });
    return QCoreApplication::exec();
}
