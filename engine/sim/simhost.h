#pragma once

#include "simfault.h"
#include "simwritelog.h"

#include <QHostAddress>
#include <QThread>
#include <QUrl>

class Catalog;
class SimServer;

// Runs the simulated provider on a thread of its own, so neither the GUI nor
// the benchmark engine can delay an event it sends.
class SimHost final
{
    Q_DISABLE_COPY_MOVE(SimHost)

public:
    SimHost();
    ~SimHost();

    // Listens (port 0: any free port) and starts serving; false and *error when it cannot.
    bool start(const Catalog &catalog, const QHostAddress &address, quint16 port, double timeScale, quint64 seed,
               const SimFault &fault, QString *error);
    void stop();

    // http://127.0.0.1:PORT (no path): regions live below it, as /{region}/v1.
    QUrl rootUrl() const { return m_root; }
    QUrl baseUrl(const QString &region) const;
    // Thread-safe access to the provider's write log.
    const SimServer *server() const { return m_server; }
    std::shared_ptr<const SimWriteLog> writeLog() const;

private:
    QThread m_thread;
    SimServer *m_server = nullptr;
    QUrl m_root;
};
