#pragma once

#include "workload/workload.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct RunSettings;

// A custom workload the user saved under a name, with the prompt and answer
// length that go with it (and the dataset's path, to read it again): what
// the run panel and `tokenmeter-cli run --workload NAME` offer beside the
// built-in profiles.
struct SavedWorkload
{
    static constexpr qsizetype kMaxSaved = 100;
    static constexpr qsizetype kMaxNameChars = 80;

    QString name;
    QString prompt;
    int maxTokens = 150;
    Workload workload;
    QString datasetPath;

    // What `settings` asks of each request, under `name`.
    static SavedWorkload of(const QString &name, const RunSettings &settings);
    // Sets what this workload asks in `settings`; the rest (endpoint, counts) stays.
    void applyTo(RunSettings *settings) const;

    // The settings file's form: a JSON array. Entries that cannot be read are
    // left out (a hand-edited file loses those, never the rest).
    static QByteArray toJson(const QList<SavedWorkload> &list);
    static QList<SavedWorkload> fromJson(const QByteArray &json);
    // The entry named `name`, or null.
    static const SavedWorkload *find(const QList<SavedWorkload> &list, const QString &name);
};
