#pragma once

#include "endpoints/httpheader.h"
#include "streamlimits.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class Dialect;
class QNetworkRequest;

// Limits on one request, in seconds of wall time; 0 turns one off.
struct Timeouts
{
    double connectS = 15;     // until the request is written (connection up)
    double firstTokenS = 120; // until the first token of any kind
    double idleS = 60;        // longest silence once the response has begun
    double totalS = 600;      // the whole request
};

// Where and how one request is sent.
struct StreamTarget
{
    QUrl baseUrl; // up to and including the version, e.g. http://host/v1
    QString apiKey;
    const Dialect *dialect = nullptr;
    Timeouts timeouts;
    bool keepText = false;
    QList<QSslCertificate> caCertificates = {}; // trusted on top of the system's
    QList<HttpHeader> headers = {};             // the endpoint's extra headers
    StreamLimits limits = {};

    // A request to `path` below the base URL ("/chat/completions", "/models")
    // with this target's extra CA certificates, the dialect's headers (the key
    // among them) and then the endpoint's extra ones, which may override them.
    QNetworkRequest request(const QString &path) const;
    // "POST url" and the headers of `request`, one a line, for a log: the
    // key, cookies and proxy credentials are shown as "(redacted)", and so is
    // every extra header of this target (its values may be credentials too).
    QString describeForLog(const QNetworkRequest &request) const;
    // For HTTP 401/403: that the key was refused, or that none was sent;
    // empty for any other status.
    QString keyProblem(int httpStatus) const;
};
