#include "simserver.h"

#include "httprequestparser.h"
#include "simclock.h"
#include "simconnection.h"
#include "simscript.h"

#include "core/monoclock.h"
#include "workload/tokenestimate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

QByteArray errorBody(const QString &message, const QString &type, const QString &code = {})
{
    QJsonObject e{{QStringLiteral("message"), message}, {QStringLiteral("type"), type}};
    if (!code.isEmpty())
        e.insert(QStringLiteral("code"), code);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact);
}

} // namespace

SimServer::SimServer(Catalog catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            if (m_connections >= kMaxConnections) {
                socket->abort(); // full: this client waits or fails, the others keep their answers
                socket->deleteLater();
                continue;
            }
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *connection = new SimConnection(socket, this);
            ++m_connections;
            connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
        }
    });
}

bool SimServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // A load test opens hundreds of connections at once: with Qt's default
    // backlog of 50 the kernel drops the rest, and each waits a second to retry
    // inside its TTFT. The kernel caps this at net.core.somaxconn.
    m_server->setListenBacklogSize(kMaxConnections);
    if (m_server->listen(address, port))
        return true;
    *error = tr("the simulated provider cannot listen on %1:%2: %3")
                 .arg(address.toString())
                 .arg(port)
                 .arg(m_server->errorString());
    return false;
}

qint64 SimServer::simNowUs() const
{
    return qint64(double(MonoClock::nowNs()) / 1000.0 * m_timeScale);
}

qint64 SimServer::graceUs() const
{
    return qint64(2000 * m_timeScale); // 2 ms of real time: the clock's wake-up latency and more
}

QUrl SimServer::rootUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress a = m_server->serverAddress();
    url.setHost(a == QHostAddress::Any || a == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1") : a.toString());
    url.setPort(m_server->serverPort());
    return url;
}

void SimServer::handle(const HttpRequest &request, SimConnection *connection)
{
    const QByteArray requestId = request.header("x-request-id");
    // "/v1/..." or "/{region}/v1/..."
    QList<QByteArray> parts = request.path.split('/');
    parts.removeAll(QByteArray());
    QString region;
    if (!parts.isEmpty() && parts.first() != "v1") {
        region = QString::fromUtf8(parts.takeFirst());
        const auto &regions = m_catalog.regions();
        if (std::none_of(regions.cbegin(), regions.cend(), [&](const Region &r) { return r.id == region; })) {
            connection->respond(404, "application/json",
                                errorBody(tr("unknown region \"%1\"").arg(region), QStringLiteral("not_found")),
                                requestId);
            return;
        }
    }
    const QByteArray rest = parts.join('/');
    if (rest == "v1/models" && request.method == "GET")
        handleModels(connection);
    else if (rest == "v1/chat/completions" && request.method == "POST")
        handleChat(request, region, connection);
    else if (rest == "v1/models" || rest == "v1/chat/completions")
        connection->respond(405, "application/json",
                            errorBody(tr("method not allowed"), QStringLiteral("invalid_request_error")), requestId);
    else
        connection->respond(404, "application/json",
                            errorBody(tr("no such endpoint: %1").arg(QString::fromUtf8(request.path)),
                                      QStringLiteral("not_found")),
                            requestId);
}

void SimServer::handleModels(SimConnection *connection)
{
    QJsonArray data;
    for (const ModelInfo &m : m_catalog.models())
        data.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("owned_by"), m.provider}});
    connection->respond(200, "application/json",
                        QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                  {QStringLiteral("data"), data}})
                            .toJson(QJsonDocument::Compact));
}

void SimServer::handleChat(const HttpRequest &request, const QString &region, SimConnection *connection)
{
    const QByteArray requestId = request.header("x-request-id");
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QJsonObject body = doc.object();
    if (!doc.isObject() || !body.value(QStringLiteral("messages")).isArray()) {
        connection->respond(400, "application/json",
                            errorBody(tr("the body must be a JSON object with \"model\" and \"messages\""),
                                      QStringLiteral("invalid_request_error")),
                            requestId);
        return;
    }
    QString spec; // "glm-5@status=429": the fault rides on the model id
    const QString modelId = SimFault::splitModel(body.value(QStringLiteral("model")).toString(), &spec);
    const ModelInfo *model = m_catalog.model(modelId);
    if (!model) {
        connection->respond(404, "application/json",
                            errorBody(tr("The model `%1` does not exist").arg(modelId),
                                      QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found")),
                            requestId);
        return;
    }
    SimFault fault;
    if (QString error; !faultOf(request, spec, &fault, &error)) {
        connection->respond(400, "application/json", errorBody(error, QStringLiteral("invalid_request_error")),
                            requestId);
        return;
    }
    if (answeredByFault(fault, request, connection, requestId))
        return;

    SimRequest sim = simRequestOf(body, *model, region);
    sim.fault = fault;
    const qint64 arrivedUs = simNowUs();
    const SimLoad::Admission admission = m_load.admit(sim.model + u'|' + region, m_catalog.simCapacity(*model),
                                                      arrivedUs, graceUs(), m_timeScale);
    if (admission.rejected) {
        connection->respond(429, "application/json",
                            errorBody(tr("simulated capacity: every decode slot is busy and the queue is full"),
                                      QStringLiteral("rate_limit_exceeded")),
                            requestId, "Retry-After: " + QByteArray::number(admission.retryAfterS) + "\r\n");
        return;
    }
    sim.queueUs = admission.queueUs;
    sim.decodeFactor = admission.decodeFactor;
    const SimScript script = SimScript::make(*model, sim);
    m_load.occupy(sim.model + u'|' + region, admission.slot, arrivedUs + script.endAtUs);

    if (body.value(QStringLiteral("stream")).toBool() && !fault.jsonBody) {
        connection->play(script, m_timeScale, requestId);
        return;
    }
    respondWhole(script, sim, connection, requestId);
}

// What the body asks for, read as a tolerant server would (bounded), and what
// the prompt cache holds of its prompt.
SimRequest SimServer::simRequestOf(const QJsonObject &body, const ModelInfo &model, const QString &region)
{
    QString prompt;
    for (const QJsonValue &m : body.value(QStringLiteral("messages")).toArray())
        prompt += m.toObject().value(QStringLiteral("content")).toString();
    SimRequest sim;
    sim.model = model.id;
    sim.region = region;
    if (!region.isEmpty()) {
        const auto ref = model.referenceTtftMs(region);
        sim.regionDeltaMs = ref && model.publishedTtftMs ? *ref - *model.publishedTtftMs : 0;
    }
    const int maxTokens = body.value(QStringLiteral("max_tokens"))
                              .toInt(body.value(QStringLiteral("max_completion_tokens")).toInt(150));
    sim.maxTokens = qBound(1, maxTokens, kMaxAnswerTokens);
    sim.minTokens = qBound(0, body.value(QStringLiteral("min_tokens")).toInt(0), kMaxAnswerTokens);
    sim.ignoreEos = body.value(QStringLiteral("ignore_eos")).toBool();
    sim.toolName = requiredTool(body);
    sim.includeUsage
        = body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool();
    sim.promptTokens = TokenEstimate::tokensOf(prompt.size());
    const QString lane = model.id + u'|' + region;
    sim.cachedTokens = m_promptCache.serve(lane, prompt);
    sim.draw = m_draws[lane]++;
    sim.seed = m_seed;
    return sim;
}

// The tool a request makes the answer call: the one tool_choice names, or the
// first one offered unless tool_choice is "none"; bounded, as a name is.
QString SimServer::requiredTool(const QJsonObject &body)
{
    const QJsonArray tools = body.value(QStringLiteral("tools")).toArray();
    const QJsonValue choice = body.value(QStringLiteral("tool_choice"));
    if (tools.isEmpty() || choice.toString() == u"none")
        return {};
    QString name = choice.toObject()
                       .value(QStringLiteral("function"))
                       .toObject()
                       .value(QStringLiteral("name"))
                       .toString(tools.first()
                                     .toObject()
                                     .value(QStringLiteral("function"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString());
    return name.isEmpty() ? QStringLiteral("tool") : name.left(64);
}

// The server's fault, then the header's, then the model id's: the last one asked for wins.
bool SimServer::faultOf(const HttpRequest &request, const QString &modelSpec, SimFault *fault, QString *error) const
{
    *fault = m_defaultFault;
    const QString header = QString::fromUtf8(request.header("x-tokenmeter-sim-fault"));
    for (const QString &spec : {header, modelSpec}) {
        if (!spec.isEmpty() && !SimFault::parse(spec, fault, error))
            return false;
    }
    return true;
}

// Faults that replace the answer: a closed connection, a redirect, an HTTP error.
bool SimServer::answeredByFault(const SimFault &f, const HttpRequest &request, SimConnection *connection,
                                const QByteArray &requestId)
{
    if (f.closeFirst) {
        connection->closeNow();
        return true;
    }
    const bool redirectedOnce = request.query.contains("redirected=1");
    if (f.redirect != SimFault::Redirect::None && !(f.redirect == SimFault::Redirect::Same && redirectedOnce)) {
        QUrl to = rootUrl();
        if (f.redirect == SimFault::Redirect::Other) // another host name for this very server
            to.setHost(to.host() == u"127.0.0.1" ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"));
        to.setPath(QString::fromUtf8(request.path));
        to.setQuery(f.redirect == SimFault::Redirect::Same ? QStringLiteral("redirected=1")
                                                           : QStringLiteral("again=1"));
        // Qt 6.4 sometimes fails a redirect it follows on a kept-alive
        // connection ("Unknown error"): this server closes after each one.
        connection->closeAfterResponse();
        connection->respond(307, "application/json", errorBody(tr("moved"), QStringLiteral("redirect")), requestId,
                            "Location: " + to.toEncoded() + "\r\n");
        return true;
    }
    if (f.status == 0)
        return false;
    const QByteArray retryAfter = f.retryAfterS >= 0 ? "Retry-After: " + QByteArray::number(f.retryAfterS) + "\r\n"
                                                     : QByteArray();
    connection->respondLater(qint64(f.headersDelayMs) * 1000 + 20'000, m_timeScale, f.status,
                             errorBody(tr("simulated HTTP %1").arg(f.status),
                                       f.status == 429 ? QStringLiteral("rate_limit_exceeded")
                                                       : QStringLiteral("server_error")),
                             requestId, retryAfter);
    return true;
}

// A non-streaming answer: the whole message at once, when the stream would have ended.
void SimServer::respondWhole(const SimScript &script, const SimRequest &sim, SimConnection *connection,
                             const QByteArray &requestId)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), script.answerText}};
    if (!script.toolName.isEmpty())
        message.insert(QStringLiteral("tool_calls"),
                       QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("call_sim")},
                                              {QStringLiteral("type"), QStringLiteral("function")},
                                              {QStringLiteral("function"),
                                               QJsonObject{{QStringLiteral("name"), script.toolName},
                                                           {QStringLiteral("arguments"), script.toolArguments}}}}});
    if (!script.reasoningText.isEmpty())
        message.insert(QStringLiteral("reasoning_content"), script.reasoningText);
    const int total = script.reasoningTokens + script.answerTokens + script.toolTokens;
    const QJsonObject answer{{QStringLiteral("id"), QStringLiteral("chatcmpl-sim")},
                             {QStringLiteral("object"), QStringLiteral("chat.completion")},
                             {QStringLiteral("model"), sim.model},
                             {QStringLiteral("choices"),
                              QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                     {QStringLiteral("message"), message},
                                                     {QStringLiteral("finish_reason"), script.finishReason}}}},
                             {QStringLiteral("usage"),
                              SimScript::usageJson(sim.promptTokens, sim.cachedTokens, total)}};
    connection->respondLater(script.endAtUs, m_timeScale, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact),
                             requestId);
}

QList<qint64> SimServer::tokenWriteTimes(const QByteArray &requestId) const
{
    QList<qint64> out;
    for (const SimWriteLog::Write &w : m_log->writes(requestId))
        out.append(w.writtenNs);
    return out;
}

SimClock *SimServer::clock()
{
    if (!m_clock)
        m_clock = new SimClock(this);
    return m_clock;
}
