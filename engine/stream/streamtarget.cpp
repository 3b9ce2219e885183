#include "streamtarget.h"

#include "dialect.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>

QNetworkRequest StreamTarget::request(const QString &path) const
{
    QUrl url = baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest req(url);
    // A redirect is followed only to the same scheme, host and port: the key,
    // the extra headers and a proxy's credentials never go to another origin.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setMaximumRedirectsAllowed(StreamLimits::kMaxRedirects);
    if (!caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(caCertificates);
        req.setSslConfiguration(tls);
    }
    if (dialect) {
        for (const auto &[name, value] : dialect->headers(apiKey))
            req.setRawHeader(name, value);
    }
    for (const HttpHeader &h : headers)
        req.setRawHeader(h.name, h.value);
    return req;
}

QString StreamTarget::describeForLog(const QNetworkRequest &request) const
{
    static const QList<QByteArray> kSecret{"authorization", "x-api-key", "api-key", "proxy-authorization", "cookie"};
    QString text = QStringLiteral("POST ") + request.url().toString(QUrl::RemoveUserInfo);
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        const bool secret = kSecret.contains(lower)
            || std::any_of(headers.cbegin(), headers.cend(),
                           [&](const HttpHeader &h) { return h.name.toLower() == lower; });
        text += u'\n' + QString::fromLatin1(name) + QStringLiteral(": ")
            + (secret ? QStringLiteral("(redacted)") : QString::fromLatin1(request.rawHeader(name)));
    }
    return text;
}

QString StreamTarget::keyProblem(int httpStatus) const
{
    if (httpStatus != 401 && httpStatus != 403)
        return {};
    return apiKey.isEmpty()
        ? QCoreApplication::translate("StreamTarget", "no API key was sent, and %1 wants one").arg(baseUrl.host())
        : QCoreApplication::translate("StreamTarget", "%1 refused the API key").arg(baseUrl.host());
}
