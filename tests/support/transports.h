#pragma once

#include "net/sockettransport.h"
#include "stream/streamingrequest.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

// The two HTTP stacks a request can go over: Qt's QNetworkAccessManager and
// the engine's own HTTP/1.1 transport. Suites about what a request makes of a
// server's answer run once over each (runOverBothTransports), so both stacks
// must agree on every ending.
class Transports
{
public:
    explicit Transports(bool own)
        : m_own(own)
    { }

    bool own() const { return m_own; }
    QString name() const { return m_own ? QStringLiteral("engine transport") : QStringLiteral("Qt transport"); }
    QNetworkAccessManager *manager() { return &m_manager; }
    SocketTransport *transport() { return &m_transport; }
    std::unique_ptr<StreamingRequest> request(StreamTarget target, ChatRequest chat)
    {
        if (m_own)
            return std::make_unique<StreamingRequest>(&m_transport, std::move(target), std::move(chat));
        return std::make_unique<StreamingRequest>(&m_manager, std::move(target), std::move(chat));
    }

private:
    bool m_own;
    QNetworkAccessManager m_manager;
    SocketTransport m_transport;
};

// A QtTest main that runs the suite `Suite` (constructed with a bool: over
// the engine's transport or not) once over each stack.
template<class Suite>
int runOverBothTransports(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    for (const bool own : {false, true}) {
        Suite suite(own);
        qInfo("--- %s ---", own ? "over the engine's own HTTP/1.1 transport" : "over QNetworkAccessManager");
        failed += QTest::qExec(&suite, argc, argv);
    }
    return failed;
}
