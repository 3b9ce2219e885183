#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

#include <optional>

struct Endpoint;

// A region: where the requests of a run leave from (a vantage point). This
// machine directly, this machine through an HTTP or SOCKS5 proxy in that
// region, or a region-specific base URL of one endpoint (or of all). The
// simulated provider's regions are regions too: their base URL is the
// simulator's path for them.
struct Region
{
    QString id;
    QString name;
    // Direct when empty; else http://host:port or socks5://host:port. The
    // proxy's password lives in the keychain (proxyKeychainEntry()), never here.
    QString proxy;
    QString proxyUser;
    // Replaces the base URL of the endpoint `endpoint` (of every endpoint when
    // that is empty) for requests from here.
    QString baseUrl;
    QString endpoint;

    // Read for a run: used to connect, never saved or shown.
    QString proxyPassword = {};

    QString proxyKeychainEntry() const { return QStringLiteral("region/") + id + QStringLiteral("/proxy"); }
    // The base URL requests to `e` go to from here.
    QUrl urlFor(const Endpoint &e) const;
    // How requests leave: the application default (direct unless set), or the
    // proxy with its credentials; nothing when `proxy` is neither http nor socks5.
    std::optional<QNetworkProxy> networkProxy() const;
    // "http://host:port" or "socks5://host:port" without credentials; empty when direct.
    QString proxyWithoutCredentials() const;

    // "http://host:port" or "socks5://host:port", credentials included;
    // nothing when the text is neither.
    static std::optional<QNetworkProxy> proxyFromUrl(const QString &text);
};

// The region of `list` with this id, or nullptr.
const Region *findRegion(const QList<Region> &list, const QString &id);
