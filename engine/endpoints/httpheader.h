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
