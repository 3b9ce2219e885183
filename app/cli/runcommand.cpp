#include "runcommand.h"

#include "clirun.h"
#include "clisetup.h"
#include "exitcodes.h"
#include "plan/planner.h"
#include "report/planjson.h"
#include "run/speedupcalibrator.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace {

// This file's strings, in the "RunCommand" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

QString g_command = QStringLiteral("run");

int usage(QTextStream &err, const QString &error)
{
    err << "tokenmeter-cli " << g_command << ": " << error << '\n'
        << Tr::tr("Try 'tokenmeter-cli %1 --help'.").arg(g_command) << '\n';
    return ExitCode::Usage;
}

// --dry-run: the plan the run would follow, with no secret read from the keychain.
int printPlan(Planner *planner, const RunOptions &options, QTextStream &err)
{
    QString error;
    const std::optional<RunPlan> plan = planner->plan(options.settings, options.models, options.context, &error);
    if (!plan)
        return usage(err, error);
    QTextStream(stdout) << QJsonDocument(PlanJson::toJson(plan->withoutSecrets())).toJson(QJsonDocument::Indented);
    return ExitCode::Ok;
}

} // namespace

int runRunCommand(const QStringList &arguments, bool sweep)
{
    g_command = sweep ? QStringLiteral("sweep") : QStringLiteral("run");
    QTextStream err(stderr);
    QCommandLineParser p;
    addRunOptions(&p, sweep);
    if (!p.parse(arguments))
        return usage(err, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitCode::Ok;
    }
    CliSetup setup;
    RunOptions options;
    options.sweep = sweep;
    QString error;
    if (!setup.load(p.value(QStringLiteral("settings")), p.value(QStringLiteral("catalog")), err, &error)
        || !readRunOptions(p, setup, &options, &error))
        return usage(err, error);

    if (options.dryRun) {
        Planner planner(&setup.catalog);
        return printPlan(&planner, options, err);
    }
    SecretStore secrets;
    CliRun run(options, &setup.catalog, &secrets);
    // --time-scale auto: measured first, then the run.
    SpeedupCalibrator calibrator(&setup.catalog);
    if (options.settings.simulated && p.value(QStringLiteral("time-scale")) == u"auto") {
        QObject::connect(&calibrator, &SpeedupCalibrator::trying, &run, [&err](double scale) {
            err << Tr::tr("Measuring the measurement lag at %1x…").arg(scale) << Qt::endl;
        });
        QObject::connect(&calibrator, &SpeedupCalibrator::finished, &run,
                         [&err, &run](double scale, const QStringList &log) {
                             for (const QString &line : log)
                                 err << "  " << line << '\n';
                             err << Tr::tr("Speed-up %1x: the highest that keeps the figures honest here.").arg(scale)
                                 << Qt::endl;
                             run.setTimeScale(scale);
                             run.start();
                         });
        QObject::connect(&calibrator, &SpeedupCalibrator::failed, &run, [&err](const QString &why) {
            err << "tokenmeter-cli run: " << why << '\n';
            QCoreApplication::exit(ExitCode::Usage);
        });
        QTimer::singleShot(0, &calibrator, &SpeedupCalibrator::start);
        return QCoreApplication::exec();
    }
    // Keys in the keychain are read first (asynchronously), then the run starts.
    QTimer::singleShot(0, &run, &CliRun::start);
    return QCoreApplication::exec();
}
