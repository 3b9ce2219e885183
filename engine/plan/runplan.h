#pragma once

#include "stream/streamtarget.h"

#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// A vantage point of a run and the base URL requests from it go to.
struct RegionRoute
{
    QString id;
    QString name;
    QUrl baseUrl;
    // How requests leave: the application default (direct unless set), or an
    // HTTP or SOCKS5 proxy (a vantage point elsewhere).
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    // Region-specific base URLs of the plan's other endpoints, by endpoint id
    // (baseUrl above is the main endpoint's).
    QHash<QString, QUrl> endpointUrls = {};

    // "http://host:port" or "socks5://host:port", credentials included;
    // nothing when the text is neither.
    static std::optional<QNetworkProxy> proxyFromUrl(const QString &text);
};

// Another endpoint of a run, serving some of its models (a model's
// "endpoint" in the catalog). The run's main endpoint is the plan's own fields.
struct EndpointRoute
{
    QString id;
    QString name;
    QUrl baseUrl;
    QString protocol = QStringLiteral("openai");
    QString apiKey; // used to send, never saved or shown
    QList<HttpHeader> headers;
    bool includeUsage = true;
    QList<QSslCertificate> caCertificates;
};

// Where one model of a run is sent, when not as itself to the main endpoint.
struct ModelRoute
{
    QString apiId;    // sent as "model"; empty: the model's id
    QString endpoint; // an EndpointRoute id; empty: the main endpoint
};

// Everything that defines a run: models x regions x iterations, and how.
struct RunPlan
{
    QString endpointName;
    QUrl endpoint; // shown and saved; never holds a secret
    bool simulated = false;
    double timeScale = 1.0; // the simulated provider's speed-up; 1 = real time
    QString protocol = QStringLiteral("openai");
    QStringList models;
    QList<RegionRoute> regions;
    int iterations = 10;
    int warmup = 1;
    int lanes = 0;       // model/region lanes at once; 0 = all
    int concurrency = 1; // requests in flight within one lane
    QString prompt = QStringLiteral("Explain recursion in 200 words");
    int maxTokens = 150;
    bool includeUsage = true;
    Timeouts timeouts;
    bool keepText = false;
    QString apiKey; // used to send, never saved or shown
    QList<QSslCertificate> caCertificates; // trusted on top of the system's (a private CA)
    QList<HttpHeader> headers;             // the main endpoint's extra headers
    QList<EndpointRoute> otherEndpoints;
    QHash<QString, ModelRoute> routes; // by model id; a model not listed goes to the main endpoint as itself

    // The other endpoint that serves `model`, or nullptr for the main one.
    const EndpointRoute *endpointOf(const QString &model) const;

    int laneCount() const { return int(models.size() * regions.size()); }
    int requestCount() const { return laneCount() * (iterations + warmup); }
    // Empty when the plan can run, else what is wrong with it.
    QString validate() const;
};
