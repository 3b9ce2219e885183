#pragma once

#include "sim/httprequestparser.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// One step of a scripted HTTP response: wait, then write bytes, or end the
// connection (cleanly or with a reset), or go silent forever.
struct ScriptStep
{
    enum class Action { Write, Close, Reset, Hang };
    int delayMs = 0;
    QByteArray bytes;
    Action action = Action::Write;

    static ScriptStep write(QByteArray bytes, int delayMs = 0) { return {delayMs, std::move(bytes), Action::Write}; }
    static ScriptStep close(int delayMs = 0) { return {delayMs, {}, Action::Close}; }
    static ScriptStep reset(int delayMs = 0) { return {delayMs, {}, Action::Reset}; }
    static ScriptStep hang() { return {0, {}, Action::Hang}; }
};

// A test's own HTTP server on 127.0.0.1 that is not the simulated provider:
// it answers every request with the same script of raw bytes, so tests can
// replay exactly what a provider sends, split wherever they like.
class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1

    void setScript(QList<ScriptStep> steps) { m_steps = std::move(steps); }
    // The first request gets the first script, the second the second...; the last repeats.
    void setScripts(QList<QList<ScriptStep>> scripts) { m_sequence = std::move(scripts); }
    const QList<HttpRequest> &requests() const { return m_requests; }

    // A response head; without Content-Length the body ends when the connection closes.
    static QByteArray head(int status, const QByteArray &contentType = "text/event-stream",
                           const QByteArray &extraHeaders = {});
    // A whole SSE response: the head, then each event ("\n\n"-terminated) as its
    // own write `gapMs` apart, then a clean close.
    static QList<ScriptStep> sse(const QByteArray &events, int gapMs = 0, int status = 200);
    // A whole response with a body and Content-Length.
    static QList<ScriptStep> whole(int status, const QByteArray &contentType, const QByteArray &body);

private:
    void serve(QTcpSocket *socket);
    void play(QTcpSocket *socket, const QList<ScriptStep> &steps, qsizetype index);

    QTcpServer *m_server;
    QList<ScriptStep> m_steps;
    QList<QList<ScriptStep>> m_sequence;
    QList<HttpRequest> m_requests;
};
