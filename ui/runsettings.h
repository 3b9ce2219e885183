#pragma once

#include <QString>
#include <QStringList>

// What the user chose for the next run, as the settings panel edits it and
// QSettings keeps it. Never holds an API key.
struct RunSettings
{
    bool simulated = true;   // the embedded simulated provider
    QString baseUrl;         // an OpenAI-compatible endpoint otherwise
    QString keyEnv = QStringLiteral("TOKENMETER_API_KEY"); // environment variable with the key
    QString protocol = QStringLiteral("openai"); // or "anthropic"
    QString proxy;  // http://host:port or socks5://host:port; saved without credentials
    QString caFile; // PEM file of a private certificate authority
    QStringList regions{QStringLiteral("us-east"), QStringLiteral("asia")};
    double timeScale = 1.0;  // the simulated provider's speed-up
    QString prompt = QStringLiteral("Explain recursion in 200 words");
    int maxTokens = 150;
    int iterations = 10;
    int warmup = 1;
    int concurrency = 1;
    int timeoutS = 600;
};
