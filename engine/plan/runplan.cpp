#include "runplan.h"

#include <QCoreApplication>

#include <algorithm>

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
        if (!isHttpUrl(r.baseUrl))
            return tr("the base URL of region %1 is not an http(s) URL: %2")
                .arg(r.id, r.baseUrl.toDisplayString());
        for (auto it = r.endpointUrls.cbegin(); it != r.endpointUrls.cend(); ++it) {
            if (!isHttpUrl(*it))
                return tr("the base URL of %1 from region %2 is not an http(s) URL: %3")
                    .arg(it.key(), r.id, it->toDisplayString());
        }
    }
    for (const EndpointRoute &e : otherEndpoints) {
        if (!isHttpUrl(e.baseUrl))
            return tr("the base URL of endpoint %1 is not an http(s) URL: %2").arg(e.name, e.baseUrl.toDisplayString());
        if (e.protocol != u"openai" && e.protocol != u"anthropic")
            return tr("the protocol of endpoint %1 must be openai or anthropic, not %2").arg(e.name, e.protocol);
    }
    for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
        if (!it->endpoint.isEmpty() && !endpointOf(it.key()))
            return tr("model %1 is served by endpoint %2, which the run does not have").arg(it.key(), it->endpoint);
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

const EndpointRoute *RunPlan::endpointOf(const QString &model) const
{
    const QString id = routes.value(model).endpoint;
    if (id.isEmpty())
        return nullptr;
    const auto it = std::find_if(otherEndpoints.cbegin(), otherEndpoints.cend(),
                                 [&](const EndpointRoute &e) { return e.id == id; });
    return it != otherEndpoints.cend() ? &*it : nullptr;
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
