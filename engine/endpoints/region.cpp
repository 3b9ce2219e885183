#include "region.h"

#include "endpoint.h"

#include <algorithm>

QUrl Region::urlFor(const Endpoint &e) const
{
    if (!baseUrl.isEmpty() && (endpoint.isEmpty() || endpoint == e.id))
        return QUrl(baseUrl);
    return e.url();
}

std::optional<QNetworkProxy> Region::networkProxy() const
{
    if (proxy.isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    std::optional<QNetworkProxy> p = proxyFromUrl(proxy);
    if (p && !proxyUser.isEmpty()) {
        p->setUser(proxyUser);
        p->setPassword(proxyPassword);
    }
    return p;
}

QString Region::proxyWithoutCredentials() const
{
    if (proxy.isEmpty())
        return {};
    const QUrl url(proxy);
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

std::optional<QNetworkProxy> Region::proxyFromUrl(const QString &text)
{
    const QUrl url(text);
    const bool socks = url.scheme() == u"socks5";
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || !(socks || url.scheme() == u"http"))
        return std::nullopt;
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(), quint16(url.port()),
                         url.userName(), url.password());
}

const Region *findRegion(const QList<Region> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const Region &r) { return r.id == id; });
    return it != list.cend() ? &*it : nullptr;
}
