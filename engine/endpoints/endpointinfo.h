#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One extra HTTP header an endpoint wants on every request (OpenRouter's
// HTTP-Referer, a gateway's routing header). Values may be secrets: reports
// record the names only.
struct HttpHeader
{
    QByteArray name;
    QByteArray value;

    friend bool operator==(const HttpHeader &a, const HttpHeader &b) { return a.name == b.name && a.value == b.value; }

    // "Name: value"; nothing when the name is not an HTTP token or the text
    // holds a line break (which would smuggle in a header of its own).
    static std::optional<HttpHeader> fromLine(const QString &line);
    QString toLine() const { return QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value); }
};

// An http(s) URL with a host: what a base URL must be.
inline bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https");
}
// The same of what a user typed.
inline bool isHttpUrl(const QString &text)
{
    return isHttpUrl(QUrl(text.trimmed(), QUrl::StrictMode));
}

// A saved endpoint: where requests go and how. Never holds a key, only where
// the key is found.
struct EndpointInfo
{
    QString id;      // stable, referred to by catalog models ("endpoint")
    QString name;    // shown
    QString baseUrl; // up to and including the version, e.g. https://api.openai.com/v1
    QString protocol = QStringLiteral("openai"); // or "anthropic"
    // Where the key is: "env:NAME" (an environment variable), "keychain" (the
    // OS keychain entry keychainEntry()), or empty (no key is sent).
    QString keyRef;
    QList<HttpHeader> headers;
    bool streamOptions = true; // sends stream_options.include_usage (some servers refuse it)
    QString caFile;            // PEM file of a private certificate authority

    QString keyEnv() const { return keyRef.startsWith(u"env:") ? keyRef.mid(4) : QString(); }
    bool keyInKeychain() const { return keyRef == u"keychain"; }
    QString keychainEntry() const { return QStringLiteral("endpoint/") + id; }
};

// A saved vantage point for real endpoints: where the requests leave from.
struct VantagePoint
{
    QString id;
    QString name;
    // Direct when empty; else http://host:port or socks5://host:port. Its
    // credentials live in the keychain (proxyKeychainEntry()), never here.
    QString proxy;
    QString proxyUser;
    // A region-specific base URL: replaces the base URL of the endpoint
    // `endpoint` (of every endpoint when that is empty) for requests from here.
    QString baseUrl;
    QString endpoint;

    QString proxyKeychainEntry() const { return QStringLiteral("region/") + id + QStringLiteral("/proxy"); }
};
