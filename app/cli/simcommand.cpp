#include "simcommand.h"

#include "catalog/catalog.h"
#include "exitcodes.h"
#include "signalwatcher.h"
#include "sim/simhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {
// This file's strings, in the "SimCommand" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimCommand)
};
} // namespace

int runSimCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Runs Tokenmeter's simulated OpenAI-compatible provider until interrupted."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("port"), Tr::tr("Port to listen on (0: any free port)."), Tr::tr("N"), QStringLiteral("8089")},
        {QStringLiteral("host"), Tr::tr("Address to listen on."), Tr::tr("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("time-scale"), Tr::tr("Divide every delay by X (faster than real time)."), Tr::tr("X"),
         QStringLiteral("1")},
        {QStringLiteral("seed"), Tr::tr("Seed of the jitter."), Tr::tr("N"), QStringLiteral("1")},
        {QStringLiteral("fault"), Tr::tr("Inject a fault into every answer, e.g. status=429 or stall=2000."),
         Tr::tr("SPEC")},
        {QStringLiteral("catalog"), Tr::tr("A catalog file to add to the built-in one."), Tr::tr("FILE")},
    });
    if (!p.parse(arguments)) {
        err << p.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return ExitCode::Ok;
    }
    bool okPort = false, okScale = false, okSeed = false;
    const uint port = p.value(QStringLiteral("port")).toUInt(&okPort);
    const double scale = p.value(QStringLiteral("time-scale")).toDouble(&okScale);
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    const QHostAddress host(p.value(QStringLiteral("host")));
    if (!okPort || port > 65535 || !okScale || scale <= 0 || scale > 1000 || !okSeed || host.isNull()) {
        err << Tr::tr("tokenmeter-cli sim: --port must be 0-65535, --time-scale above 0 (at most 1000), "
                      "--seed a whole number, --host an IP address")
            << '\n';
        return ExitCode::Usage;
    }
    SimFault fault;
    QString error;
    if (p.isSet(QStringLiteral("fault")) && !SimFault::parse(p.value(QStringLiteral("fault")), &fault, &error)) {
        err << Tr::tr("tokenmeter-cli sim: %1").arg(error) << '\n';
        return ExitCode::Usage;
    }
    Catalog catalog = Catalog::builtIn();
    if (p.isSet(QStringLiteral("catalog")) && !catalog.mergeFile(p.value(QStringLiteral("catalog")), &error)) {
        err << error << '\n';
        return ExitCode::Usage;
    }
    SimHost sim;
    if (!sim.start(catalog, host, quint16(port), scale, seed, fault, &error)) {
        err << error << '\n';
        return ExitCode::Usage;
    }
    out << Tr::tr("Simulated provider (every figure it produces is simulated) listening on %1")
               .arg(sim.rootUrl().toString())
        << '\n';
    for (const Region &r : catalog.regions())
        out << "  " << r.name << ": " << sim.baseUrl(r.id).toString() << '\n';
    out << "  " << Tr::tr("no region") << ": " << sim.baseUrl({}).toString() << '\n'
        << Tr::tr("time scale %1x, seed %2, %3 models. Ctrl+C stops it.")
               .arg(scale)
               .arg(seed)
               .arg(catalog.models().size())
        << Qt::endl;

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, qApp, [] { QCoreApplication::exit(ExitCode::Ok); });
    return QCoreApplication::exec();
}
