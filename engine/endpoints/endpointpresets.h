#pragma once

#include <QList>
#include <QString>

// Endpoints people benchmark, ready to pick: base URL, protocol and the
// environment variable their key usually lives in.
struct EndpointPreset
{
    QString name;
    QString baseUrl;
    QString protocol;
    QString keyEnv;
};

namespace EndpointPresets {

QList<EndpointPreset> all();

} // namespace EndpointPresets
