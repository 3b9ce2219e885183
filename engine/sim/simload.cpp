#include "simload.h"

#include <algorithm>
#include <cmath>

SimLoad::Admission SimLoad::admit(const QString &deployment, const SimCapacity &capacity, qint64 nowUs, qint64 graceUs,
                                  double timeScale)
{
    Admission a;
    if (capacity.decodeSlots <= 0)
        return a; // unlimited
    Deployment &d = m_deployments[deployment];
    if (d.freeAt.size() != capacity.decodeSlots)
        d.freeAt = QList<qint64>(capacity.decodeSlots, 0);
    d.startsAt.removeIf([nowUs](qint64 at) { return at <= nowUs; });
    const auto earliest = std::min_element(d.freeAt.cbegin(), d.freeAt.cend());
    const qint64 startUs = qMax(nowUs, *earliest - graceUs);
    if (startUs > nowUs && d.startsAt.size() >= capacity.queue) {
        a.rejected = true;
        const qint64 freeUs = d.startsAt.isEmpty() ? startUs : d.startsAt.constFirst();
        const double waitS = double(freeUs - nowUs) / 1e6 / qMax(1e-3, timeScale);
        a.retryAfterS = int(qBound(1.0, std::ceil(waitS), 60.0));
        return a;
    }
    a.slot = int(earliest - d.freeAt.cbegin());
    a.queueUs = startUs - nowUs;
    a.batch = 1
        + int(std::count_if(d.freeAt.cbegin(), d.freeAt.cend(), [&](qint64 at) { return at - graceUs > startUs; }));
    a.batch = qMin(a.batch, capacity.decodeSlots);
    if (capacity.decodeSlots > 1)
        a.decodeFactor = 1.0 - (1.0 - capacity.fullBatchSpeed) * double(a.batch - 1) / double(capacity.decodeSlots - 1);
    if (a.queueUs > 0)
        d.startsAt.append(startUs);
    return a;
}

void SimLoad::occupy(const QString &deployment, int slot, qint64 freeAtUs)
{
    Deployment &d = m_deployments[deployment];
    if (slot >= 0 && slot < d.freeAt.size())
        d.freeAt[slot] = freeAtUs;
}
