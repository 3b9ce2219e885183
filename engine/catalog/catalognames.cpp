#include "catalognames.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    // Where each kind of name is translated (their sources are in those files).
    for (const char *context : {"Catalog", "EndpointPresets", "SavedEndpoints", "CostProjector", "Planner"}) {
        const QString translated = QCoreApplication::translate(context, utf8.constData());
        if (translated != name)
            return translated;
    }
    return name;
}

QString CatalogNames::runName(const QString &name)
{
    static const QRegularExpression made(QStringLiteral("^(.+) (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)$"));
    const QRegularExpressionMatch m = made.match(name);
    if (!m.hasMatch())
        return name;
    const QByteArray words = m.captured(1).toUtf8();
    QString translated = QCoreApplication::translate("HistoryStore", words.constData());
    if (translated == m.captured(1))
        translated = display(m.captured(1));
    return translated + u' ' + m.captured(2);
}
