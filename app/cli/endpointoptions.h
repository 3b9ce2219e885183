#pragma once

#include "plan/planner.h"
#include "plan/runsettings.h"

#include <QStringList>

class QCommandLineParser;

// The options that say where requests go, for `run` and `models`: a saved
// endpoint (--endpoint) or one described on the command line (--base-url and
// its --protocol, --api-key-env, --header, --ca-file), the regions
// (--region, --proxy) and the settings file they are saved in (--settings).
void addEndpointOptions(QCommandLineParser *parser);
// Whether they name a real endpoint; otherwise the simulated provider.
bool namesRealEndpoint(const QCommandLineParser &parser);
// Fills the endpoint and regions of `settings`, adding to `context` (which
// holds the saved ones) what the command line describes; false and *error
// when they are wrong. Without a real endpoint, --region names the simulated
// provider's regions (none: the caller's default).
bool readEndpointOptions(const QCommandLineParser &parser, const RunSettings &savedChoice, RunSettings *settings,
                         PlanContext *context, QString *error);

// The values of a repeatable option, each also a comma-separated list; trimmed, without repeats.
QStringList commaListOption(const QCommandLineParser &parser, const QString &name);
