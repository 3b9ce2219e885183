#pragma once

#include "httpheader.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// An endpoint: where requests go and how. The settings keep it without a
// secret, only where its key is found; a run plan also carries the key and
// CA certificates read for the run, which are never saved, shown or reported.
struct Endpoint
{
    QString id;                                  // stable; a catalog model's "endpoint" refers to it
    QString name;                                // shown
    QString baseUrl;                             // up to and including the version, e.g. https://api.openai.com/v1
    QString protocol = QStringLiteral("openai"); // or "anthropic"
    // Where the key is: "env:NAME" (an environment variable), "keychain" (the
    // OS keychain entry keychainEntry()), or empty (no key is sent).
    QString keyRef;
    QList<HttpHeader> headers;
    bool streamOptions = true; // sends stream_options.include_usage (some servers refuse it)
    QString caFile;            // PEM file of a private certificate authority

    // Read for a run: used to send, never saved or shown.
    QString apiKey = {};
    QList<QSslCertificate> caCertificates = {}; // trusted on top of the system's

    QString keyEnv() const { return keyRef.startsWith(u"env:") ? keyRef.mid(4) : QString(); }
    bool keyInKeychain() const { return keyRef == u"keychain"; }
    QString keychainEntry() const { return QStringLiteral("endpoint/") + id; }
    QUrl url() const { return QUrl(baseUrl); }

    static bool isProtocol(const QString &protocol) { return protocol == u"openai" || protocol == u"anthropic"; }
};

// The endpoint of `list` with this id, or nullptr.
const Endpoint *findEndpoint(const QList<Endpoint> &list, const QString &id);
