#include "managerpool.h"

#include "net/sockettransport.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

ManagerPool::ManagerPool(QObject *parent)
    : QObject(parent)
{ }

QNetworkAccessManager *ManagerPool::acquire(const QNetworkProxy &proxy)
{
    for (QNetworkAccessManager *m : std::as_const(m_order)) {
        int &active = m_active[m];
        if (active < kStreamsPerManager && m->proxy() == proxy) {
            ++active;
            return m;
        }
    }
    auto *m = new QNetworkAccessManager(this);
    m->setAutoDeleteReplies(false);
    m->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m->setProxy(proxy);
    m_order.append(m);
    m_active.insert(m, 1);
    return m;
}

void ManagerPool::release(QNetworkAccessManager *manager)
{
    auto it = m_active.find(manager);
    if (it != m_active.end() && *it > 0)
        --*it;
    if (it != m_active.end() && *it == 0 && m_retired.removeOne(manager)) {
        m_active.erase(it);
        manager->deleteLater();
    }
}

SocketTransport *ManagerPool::transport()
{
    if (!m_transport)
        m_transport = new SocketTransport(this);
    return m_transport;
}

bool ManagerPool::useOwnTransport(const QUrl &url, const QNetworkProxy &proxy, bool qtAsked)
{
    if (qtAsked || (url.scheme() != u"http" && url.scheme() != u"https"))
        return false;
    if (proxy.type() == QNetworkProxy::NoProxy)
        return true;
    if (proxy.type() != QNetworkProxy::DefaultProxy)
        return false;
    // What Qt's stack would use for it (an application or system proxy included).
    const QList<QNetworkProxy> resolved = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return resolved.isEmpty() || resolved.constFirst().type() == QNetworkProxy::NoProxy
        || resolved.constFirst().type() == QNetworkProxy::DefaultProxy;
}

void ManagerPool::retire(QNetworkAccessManager *manager)
{
    if (!m_active.contains(manager) || m_retired.contains(manager))
        return;
    m_order.removeOne(manager);
    m_retired.append(manager);
}
