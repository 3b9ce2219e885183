#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString Translations::install(QCoreApplication *app, const QString &language)
{
    // A change of language replaces what an earlier call installed.
    const auto earlier = app->findChildren<QTranslator *>(QStringLiteral("tokenmeter-translator"));
    for (QTranslator *t : earlier) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(app);
    own->setObjectName(QStringLiteral("tokenmeter-translator"));
    if (!own->load(locale, QStringLiteral("tokenmeter"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("tokenmeter-translator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}
