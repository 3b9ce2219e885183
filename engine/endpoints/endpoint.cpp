#include "endpoint.h"

#include <algorithm>

const Endpoint *findEndpoint(const QList<Endpoint> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const Endpoint &e) { return e.id == id; });
    return it != list.cend() ? &*it : nullptr;
}
