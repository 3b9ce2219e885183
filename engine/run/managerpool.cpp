#include "managerpool.h"

#include <QNetworkAccessManager>

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
    m->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
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
}
