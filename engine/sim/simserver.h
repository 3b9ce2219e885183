#pragma once

#include "catalog/catalog.h"
#include "simfault.h"
#include "simload.h"
#include "simpromptcache.h"
#include "simwritelog.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QJsonObject;
class QTcpServer;
class SimClock;
class SimConnection;
struct SimScript;
struct SimRequest;
struct ModelInfo;
struct HttpRequest;

// Tokenmeter's simulated OpenAI-compatible provider: `GET /v1/models` and
// `POST /v1/chat/completions` (streaming or not) for every catalog model, with
// each region as a path prefix (`/asia/v1/...`). Answers carry the header
// `X-Tokenmeter-Simulated: 1` so that every figure measured against it can be
// labelled simulated. Lives on its own thread (see SimHost).
class SimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    explicit SimServer(Catalog catalog, QObject *parent = nullptr);

    void setTimeScale(double scale) { m_timeScale = scale; }
    double timeScale() const { return m_timeScale; }
    void setSeed(quint64 seed) { m_seed = seed; }
    void setDefaultFault(const SimFault &fault) { m_defaultFault = fault; }

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    QUrl rootUrl() const;

    // Thread-safe: CLOCK_MONOTONIC nanoseconds at which each token-bearing event
    // of a request (by its X-Request-Id) was written to the socket.
    QList<qint64> tokenWriteTimes(const QByteArray &requestId) const;
    // When each was meant to be written and when it was (thread-safe, shared
    // with the runs measuring this provider).
    std::shared_ptr<const SimWriteLog> writeLog() const { return m_log; }

    void handle(const HttpRequest &request, SimConnection *connection);
    void logTokenWrite(const QByteArray &requestId, SimWriteLog::Write write) { m_log->add(requestId, write); }
    // Wakes connections at their events' times (made on first use, on this thread).
    SimClock *clock();

private:
    void handleChat(const HttpRequest &request, const QString &region, SimConnection *connection);
    bool faultOf(const HttpRequest &request, const QString &modelSpec, SimFault *fault, QString *error) const;
    bool answeredByFault(const SimFault &fault, const HttpRequest &request, SimConnection *connection,
                         const QByteArray &requestId);
    void respondWhole(const SimScript &script, const SimRequest &sim, SimConnection *connection,
                      const QByteArray &requestId);
    static QString requiredTool(const QJsonObject &body);
    SimRequest simRequestOf(const QJsonObject &body, const ModelInfo &model, const QString &region);
    void handleModels(SimConnection *connection);
    // Now, and how early a slot counts as free, in simulated microseconds.
    qint64 simNowUs() const;
    qint64 graceUs() const;

    static constexpr int kMaxConnections = 4096;
    static constexpr int kMaxAnswerTokens = 100000;

    Catalog m_catalog;
    int m_connections = 0;
    QTcpServer *m_server;
    SimClock *m_clock = nullptr;
    double m_timeScale = 1;
    quint64 m_seed = 1;
    SimFault m_defaultFault;
    QHash<QString, quint64> m_draws; // "model|region" -> requests so far
    SimPromptCache m_promptCache;
    SimLoad m_load;
    std::shared_ptr<SimWriteLog> m_log = std::make_shared<SimWriteLog>();
};
