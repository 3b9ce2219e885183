// tokenmeter-cli: Tokenmeter's benchmarks without a screen.
#include "comparecommand.h"
#include "core/filelimit.h"
#include "core/translations.h"
#include "endpointscommand.h"
#include "exitcodes.h"
#include "modelscommand.h"
#include "reportcommand.h"
#include "runcommand.h"
#include "simcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QTextStream>
#include <memory>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "tokenmeter-cli",
        "Usage: tokenmeter-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  run        benchmark streaming chat models (default: the embedded simulated provider)\n"
        "  sweep      step the load (concurrency or rate) and find where latency breaks\n"
        "  sim        run the simulated OpenAI-compatible provider on its own\n"
        "  report     re-export a saved report (table, json, csv, requests-csv, md, html, pdf)\n"
        "  history    list, show and export the runs kept in the history\n"
        "  compare    compare two reports: changes per model and region, and whether beyond noise\n"
        "  models     list the models an endpoint serves\n"
        "  endpoints  list the saved endpoints, or show one (never a key)\n"
        "  regions    list the saved regions requests leave from\n"
        "\n"
        "'tokenmeter-cli COMMAND --help' lists a command's options.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    FileLimit::raise(); // a socket per stream
    // A PDF needs Qt Gui's fonts and painter; everything else runs on Qt Core
    // alone. Neither needs a display.
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]), next(i + 1 < argc ? argv[i + 1] : "");
        pdf = pdf || arg == "--format=pdf" || (arg == "--format" && next == "pdf")
            || (arg.startsWith("--out=") && arg.endsWith(".pdf")) || (arg == "--out" && next.endsWith(".pdf"));
    }
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(pdf ? new QGuiApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("tokenmeter"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenmeter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENMETER_VERSION));
    // Messages in the user's language (LANG, LC_ALL); reports and CSV stay machine-readable.
    Translations::install(appHolder.get(), QString());

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (args.size() > 1)
        args.removeAt(1); // the parsers see "tokenmeter-cli --option ..."
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (command == u"run")
        return runRunCommand(args, false);
    if (command == u"sweep")
        return runRunCommand(args, true);
    if (command == u"sim")
        return runSimCommand(args);
    if (command == u"report")
        return runReportCommand(args);
    if (command == u"history")
        return runHistoryCommand(args);
    if (command == u"compare")
        return runCompareCommand(args);
    if (command == u"models")
        return runModelsCommand(args);
    if (command == u"endpoints")
        return runEndpointsCommand(args);
    if (command == u"regions")
        return runRegionsCommand(args);
    if (command == u"--version" || command == u"version") {
        out << "tokenmeter-cli " << QCoreApplication::applicationVersion() << " (Qt " << qVersion() << ")\n";
        return ExitCode::Ok;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << usage();
        return ExitCode::Ok;
    }
    err << (command.isEmpty() ? QString()
                              : QCoreApplication::translate("tokenmeter-cli", "unknown command \"%1\"\n").arg(command))
        << usage();
    return ExitCode::Usage;
}
