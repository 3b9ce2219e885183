#pragma once

#include "catalog/catalog.h"
#include "endpoints/endpoint.h"
#include "endpoints/region.h"
#include "plan/runsettings.h"
#include "settings/savedworkload.h"

#include <QList>
#include <QString>

class QTextStream;

// What the commands that plan read first: the catalog (built in, the
// dashboard's edits, then --catalog) and the dashboard's saved endpoints,
// regions and last run choice, from its settings file (or --settings).
struct CliSetup
{
    Catalog catalog = Catalog::builtIn();
    QList<Endpoint> endpoints;
    QList<Region> regions;
    RunSettings savedChoice;
    QList<SavedWorkload> workloads;
    QString settingsPath;

    // False and *error when --catalog cannot be read; a settings file that
    // cannot be read only costs its contents, with a line on `warnings`.
    bool load(const QString &settingsPath, const QString &catalogPath, QTextStream &warnings, QString *error);
};
