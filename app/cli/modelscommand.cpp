#include "modelscommand.h"

#include "exitcodes.h"
#include "stream/dialect.h"
#include "stream/modellister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ModelsCommand", text);
}

} // namespace

int runModelsCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the models an endpoint serves (GET {base}/models), one id a line."));
    p.addHelpOption();
    p.addOptions({{QStringLiteral("base-url"), tr("The endpoint, e.g. https://api.openai.com/v1 (default: $OPENAI_BASE_URL)."), tr("URL")},
                  {QStringLiteral("protocol"), tr("openai (default) or anthropic."), tr("P"), QStringLiteral("openai")},
                  {QStringLiteral("api-key-env"), tr("Environment variable holding the API key."), tr("NAME")},
                  {QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), tr("FILE")}});
    if (!p.parse(arguments)) {
        err << "tokenmeter-cli models: " << p.errorText() << '\n';
        return ExitCode::Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitCode::Ok;
    }
    const QString base = p.isSet(QStringLiteral("base-url")) ? p.value(QStringLiteral("base-url")) : qEnvironmentVariable("OPENAI_BASE_URL");
    const QUrl url = QUrl::fromUserInput(base);
    if (base.isEmpty() || !url.isValid() || !(url.scheme() == u"http" || url.scheme() == u"https")) {
        err << "tokenmeter-cli models: " << tr("give the endpoint with --base-url URL") << '\n';
        return ExitCode::Usage;
    }
    const bool anthropic = p.value(QStringLiteral("protocol")) == u"anthropic";
    StreamTarget target;
    target.baseUrl = url;
    target.dialect = &Dialect::forProtocol(p.value(QStringLiteral("protocol")));
    target.timeouts.totalS = 30;
    const QString keyEnv = p.value(QStringLiteral("api-key-env"));
    target.apiKey = !keyEnv.isEmpty() ? qEnvironmentVariable(keyEnv.toLocal8Bit().constData())
        : qEnvironmentVariable("TOKENMETER_API_KEY", qEnvironmentVariable(anthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"));
    if (p.isSet(QStringLiteral("ca-file"))) {
        target.caCertificates = QSslCertificate::fromPath(p.value(QStringLiteral("ca-file")));
        if (target.caCertificates.isEmpty()) {
            err << "tokenmeter-cli models: " << tr("--ca-file %1 holds no PEM certificate").arg(p.value(QStringLiteral("ca-file"))) << '\n';
            return ExitCode::Usage;
        }
    }
    QNetworkAccessManager manager;
    ModelLister lister(&manager, target);
    int exitCode = ExitCode::Ok;
    QObject::connect(&lister, &ModelLister::finished, &lister, [&](const QStringList &models, const QString &error) {
        QTextStream out(stdout);
        for (const QString &m : models)
            out << m << '\n';
        if (!error.isEmpty()) {
            err << "tokenmeter-cli models: " << error << '\n';
            exitCode = ExitCode::SomeFailed;
        }
        QCoreApplication::exit(exitCode);
    });
    lister.start();
    QCoreApplication::exec();
    return exitCode;
}
