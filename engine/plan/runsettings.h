#pragma once

#include <QString>
#include <QStringList>

// What the user chose for the next run, as the settings panel edits it and
// QSettings keeps it. Never holds an API key.
struct RunSettings
{
    bool simulated = true; // the embedded simulated provider
    QString endpoint;      // otherwise a saved endpoint, by id (AppSettings::endpoints)
    QStringList regions{QStringLiteral("us-east"), QStringLiteral("asia")}; // the simulated provider's
    QStringList vantagePoints{QStringLiteral("local")}; // saved regions a real run leaves from
    double timeScale = 1.0;  // the simulated provider's speed-up
    QString prompt = QStringLiteral("Explain recursion in 200 words");
    int maxTokens = 150;
    int iterations = 10;
    int warmup = 1;
    int concurrency = 1;
    int timeoutS = 600;
};
