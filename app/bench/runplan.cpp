#include "runplan.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RunPlan", text);
}
} // namespace

QString RunPlan::validate() const
{
    if (models.isEmpty())
        return tr("choose at least one model");
    if (regions.isEmpty())
        return tr("choose at least one region");
    for (const RegionRoute &r : regions) {
        if (!r.baseUrl.isValid() || !(r.baseUrl.scheme() == u"http" || r.baseUrl.scheme() == u"https"))
            return tr("the base URL of region %1 is not an http(s) URL: %2")
                .arg(r.id, r.baseUrl.toDisplayString());
    }
    if (iterations < 1 || iterations > 100000)
        return tr("iterations must be between 1 and 100000");
    if (warmup < 0 || warmup > 100)
        return tr("warm-up requests must be between 0 and 100");
    if (lanes < 0)
        return tr("lanes must be 0 (all) or more");
    if (concurrency < 1 || concurrency > 1000)
        return tr("concurrency must be between 1 and 1000");
    if (maxTokens < 1 || maxTokens > 1000000)
        return tr("max tokens must be between 1 and 1000000");
    if (prompt.trimmed().isEmpty())
        return tr("the prompt is empty");
    if (protocol != u"openai" && protocol != u"anthropic")
        return tr("the protocol must be openai or anthropic, not %1").arg(protocol);
    if (timeScale <= 0)
        return tr("the time scale must be above 0");
    return {};
}

std::optional<QNetworkProxy> RegionRoute::proxyFromUrl(const QString &text)
{
    const QUrl url(text);
    const bool socks = url.scheme() == u"socks5";
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || !(socks || url.scheme() == u"http"))
        return std::nullopt;
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(), quint16(url.port()),
                         url.userName(), url.password());
}
