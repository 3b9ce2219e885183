#pragma once

#include <QString>

class QCoreApplication;

// Loads Qt's own catalog and Tokenmeter's for a language: "" follows the
// system locale, else "en", "de", "zh_CN".
namespace Translations {

// Returns the language actually loaded ("en" when nothing matched).
QString install(QCoreApplication *app, const QString &language);
QStringList available();

} // namespace Translations
