#include "endpointscommand.h"

#include "clisetup.h"
#include "exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

// This file's strings, in the "EndpointsCommand" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointsCommand)
};

// Where the key is, never the key: "$NAME", "$NAME (not set)", "the keychain", "none".
QString keySource(const Endpoint &e)
{
    if (e.keyInKeychain())
        return Tr::tr("the keychain (%1)").arg(e.keychainEntry());
    if (!e.keyEnv().isEmpty())
        return qEnvironmentVariableIsEmpty(e.keyEnv().toLocal8Bit().constData())
            ? Tr::tr("$%1 (not set)").arg(e.keyEnv())
            : QStringLiteral("$") + e.keyEnv();
    return Tr::tr("none");
}

QString regionRoute(const Region &r)
{
    QStringList parts;
    parts.append(r.proxy.isEmpty() ? Tr::tr("direct") : Tr::tr("through %1").arg(r.proxyWithoutCredentials()));
    if (!r.proxyUser.isEmpty())
        parts.append(Tr::tr("as %1, password in the keychain").arg(r.proxyUser));
    if (!r.baseUrl.isEmpty())
        parts.append(r.endpoint.isEmpty() ? Tr::tr("every endpoint at %1").arg(r.baseUrl)
                                          : Tr::tr("%1 at %2").arg(r.endpoint, r.baseUrl));
    return parts.join(QStringLiteral("; "));
}

void showEndpoint(const Endpoint &e, QTextStream &out)
{
    out << Tr::tr("id:          %1").arg(e.id) << '\n'
        << Tr::tr("name:        %1").arg(e.name) << '\n'
        << Tr::tr("base URL:    %1").arg(e.baseUrl) << '\n'
        << Tr::tr("protocol:    %1").arg(e.protocol) << '\n'
        << Tr::tr("key:         %1").arg(keySource(e)) << '\n'
        << Tr::tr("usage:       %1")
               .arg(e.streamOptions ? Tr::tr("asked for (stream_options.include_usage)") : Tr::tr("not asked for"))
        << '\n';
    if (!e.caFile.isEmpty())
        out << Tr::tr("CA file:     %1").arg(e.caFile) << '\n';
    for (const HttpHeader &h : e.headers)
        out << Tr::tr("header:      %1: (value not shown)").arg(QString::fromLatin1(h.name)) << '\n';
}

// Parses `--settings` and the positional arguments; nothing on error or help.
std::optional<QStringList> parse(const QStringList &arguments, const QString &description, CliSetup *setup,
                                 int *exitCode)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(description);
    p.addHelpOption();
    p.addOption({QStringLiteral("settings"), Tr::tr("The settings file (default: the dashboard's)."), Tr::tr("FILE")});
    if (!p.parse(arguments)) {
        err << p.errorText() << '\n';
        *exitCode = ExitCode::Usage;
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        *exitCode = ExitCode::Ok;
        return std::nullopt;
    }
    QString error;
    if (!setup->load(p.value(QStringLiteral("settings")), {}, err, &error)) {
        err << error << '\n';
        *exitCode = ExitCode::Usage;
        return std::nullopt;
    }
    return p.positionalArguments();
}

} // namespace

int runEndpointsCommand(const QStringList &arguments)
{
    CliSetup setup;
    int exitCode = ExitCode::Ok;
    const auto args = parse(arguments,
                            Tr::tr("Lists the saved endpoints (list), or one in full (show NAME). Keys and "
                                   "header values are never shown."),
                            &setup, &exitCode);
    if (!args)
        return exitCode;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString verb = args->value(0, QStringLiteral("list"));
    if (verb == u"list" && args->size() <= 1) {
        for (const Endpoint &e : std::as_const(setup.endpoints))
            out << e.id << '\t' << e.name << '\t' << e.protocol << '\t' << e.baseUrl << '\t' << keySource(e) << '\n';
        return ExitCode::Ok;
    }
    if (verb == u"show" && args->size() == 2) {
        for (const Endpoint &e : std::as_const(setup.endpoints)) {
            if (e.id == args->at(1) || e.name.compare(args->at(1), Qt::CaseInsensitive) == 0) {
                showEndpoint(e, out);
                return ExitCode::Ok;
            }
        }
        err << Tr::tr("tokenmeter-cli endpoints: there is no saved endpoint \"%1\"").arg(args->at(1)) << '\n';
        return ExitCode::Usage;
    }
    err << Tr::tr("Usage: tokenmeter-cli endpoints list | show NAME [--settings FILE]") << '\n';
    return ExitCode::Usage;
}

int runRegionsCommand(const QStringList &arguments)
{
    CliSetup setup;
    int exitCode = ExitCode::Ok;
    const auto args = parse(arguments, Tr::tr("Lists the saved regions: where the requests of a run leave from."),
                            &setup, &exitCode);
    if (!args)
        return exitCode;
    if (args->value(0, QStringLiteral("list")) != u"list" || args->size() > 1) {
        QTextStream(stderr) << Tr::tr("Usage: tokenmeter-cli regions list [--settings FILE]") << '\n';
        return ExitCode::Usage;
    }
    QTextStream out(stdout);
    for (const Region &r : std::as_const(setup.regions))
        out << r.id << '\t' << r.name << '\t' << regionRoute(r) << '\n';
    return ExitCode::Ok;
}
