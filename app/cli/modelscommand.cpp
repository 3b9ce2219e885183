#include "modelscommand.h"

#include "clisetup.h"
#include "endpointoptions.h"
#include "exitcodes.h"
#include "plan/modelfetcher.h"
#include "plan/planner.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace {

// This file's strings, in the "ModelsCommand" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelsCommand)
};

int usage(const QString &error)
{
    QTextStream(stderr) << "tokenmeter-cli models: " << error << '\n';
    return ExitCode::Usage;
}

} // namespace

int runModelsCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Lists the models an endpoint serves (GET {base}/models), one id a line: a saved "
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
    ModelFetcher fetcher(&planner, &secrets);
    QObject::connect(&fetcher, &ModelFetcher::fetched, &fetcher, [](const QStringList &models) {
        QTextStream out(stdout);
        for (const QString &m : models)
            out << m << '\n';
        out.flush();
        QCoreApplication::exit(ExitCode::Ok);
    });
    QObject::connect(&fetcher, &ModelFetcher::failed, &fetcher, [](const QString &problem) {
        QTextStream(stderr) << "tokenmeter-cli models: " << problem << '\n';
        QCoreApplication::exit(ExitCode::SomeFailed);
    });
    QTimer::singleShot(0, &fetcher, [&] { fetcher.fetch(settings, context); });
    return QCoreApplication::exec();
}
