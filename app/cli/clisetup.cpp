#include "clisetup.h"

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QTextStream>

bool CliSetup::load(const QString &path, const QString &catalogPath, QTextStream &warnings, QString *error)
{
    settingsPath = path.isEmpty() ? AppSettings::defaultPath() : path;
    const AppSettings settings(settingsPath, AppSettings::Access::ReadOnly);
    if (!settings.loadError().isEmpty())
        warnings << settings.loadError() << '\n';
    endpoints = settings.endpoints();
    regions = settings.regions();
    savedChoice = settings.runSettings();
    workloads = settings.savedWorkloads();
    if (const QByteArray edits = settings.userCatalog(); !edits.isEmpty()) {
        QString editError;
        if (!catalog.load(edits, QCoreApplication::translate("CliSetup", "the dashboard's catalog changes"),
                          &editError))
            warnings << QCoreApplication::translate("CliSetup", "Not using the dashboard's catalog changes: %1")
                            .arg(editError)
                     << '\n';
    }
    return catalogPath.isEmpty() || catalog.mergeFile(catalogPath, error);
}
