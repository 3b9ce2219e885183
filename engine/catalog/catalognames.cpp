#include "catalognames.h"

#include <QCoreApplication>

namespace {

// The names of resources/catalog.json, for lupdate.
[[maybe_unused]] constexpr const char *kNames[] = {
    QT_TRANSLATE_NOOP("Catalog", "Ultra-budget"),   QT_TRANSLATE_NOOP("Catalog", "Budget"),
    QT_TRANSLATE_NOOP("Catalog", "Mid-range"),      QT_TRANSLATE_NOOP("Catalog", "Premium"),
    QT_TRANSLATE_NOOP("Catalog", "Instant"),        QT_TRANSLATE_NOOP("Catalog", "Fast"),
    QT_TRANSLATE_NOOP("Catalog", "Noticeable"),     QT_TRANSLATE_NOOP("Catalog", "Slow"),
    QT_TRANSLATE_NOOP("Catalog", "US East (Ohio)"), QT_TRANSLATE_NOOP("Catalog", "Asia (Singapore)"),
};

} // namespace

QString CatalogNames::display(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    return QCoreApplication::translate("Catalog", utf8.constData());
}
