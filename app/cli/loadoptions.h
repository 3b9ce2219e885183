#pragma once

class QCommandLineParser;
class QString;
struct Load;

// The options of open-loop runs (`run --rate 5 --arrival poisson --duration 60`)
// and of sweeps (`sweep --concurrency 1,2,4 | --rate 1:20:2 [--slo …] [--search]`).
void addLoadOptions(QCommandLineParser *parser, bool sweep);
// Reads them into *load; false with *error (a usage message) when they are wrong.
// `concurrency` is a sweep's first step or the run's --concurrency.
bool readLoadOptions(const QCommandLineParser &parser, bool sweep, Load *load, QString *error);
