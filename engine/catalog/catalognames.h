#pragma once

#include <QString>

// The names the built-in catalog gives its tiers, TTFT bands and regions, in
// the user's language. They are data (a user's catalog may rename them), so a
// name without a translation is shown as it is.
namespace CatalogNames {

QString display(const QString &name);

} // namespace CatalogNames
