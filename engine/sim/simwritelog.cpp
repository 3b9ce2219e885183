#include "simwritelog.h"

void SimWriteLog::add(const QByteArray &requestId, Write write)
{
    if (requestId.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    auto it = m_log.find(requestId);
    if (it == m_log.end()) {
        while (!m_order.isEmpty() && (m_order.size() >= kMaxRequests || m_total >= kMaxWrites))
            m_total -= m_log.take(m_order.takeFirst()).size();
        m_order.append(requestId);
        it = m_log.insert(requestId, {});
    }
    if (it->size() >= kMaxWritesPerRequest)
        return;
    it->append(write);
    ++m_total;
}

QList<SimWriteLog::Write> SimWriteLog::writes(const QByteArray &requestId) const
{
    QMutexLocker lock(&m_mutex);
    return m_log.value(requestId);
}
