#pragma once

#include <QList>
#include <QString>

class QCommandLineParser;
struct RunSettings;
struct SavedWorkload;

// The options of `run` that choose what each request asks (--workload,
// --input-tokens, --prompt-file, --warm-cache, --fixed-output).
void addWorkloadOptions(QCommandLineParser *parser);
// A profile first, so that --prompt and --max-tokens (read after) override it.
bool readWorkloadProfile(const QCommandLineParser &parser, const QList<SavedWorkload> &saved, RunSettings *settings,
                         QString *error);
// The rest, after the counts; false with *error when an option is wrong.
bool readWorkloadOptions(const QCommandLineParser &parser, RunSettings *settings, QString *error);
