#pragma once

#include <QString>

// The names Tokenmeter gives things, in the user's language: the built-in
// catalog's tiers, TTFT bands and regions, the endpoint presets, "This
// machine", the example cost strategies. They are data (saved in whatever
// language was on when they were made, and the user may rename them), so
// they are translated when shown; a name without a translation is shown as
// it is.
namespace CatalogNames {

QString display(const QString &name);
// A run's name as the history makes it ("Simulated 2026-12-03 09:30"), its
// words translated; a name the user gave is shown as it is.
QString runName(const QString &name);

} // namespace CatalogNames
