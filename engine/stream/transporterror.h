#pragma once

#include "requesttimeline.h"
#include "streamlimits.h"

#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

// How a request failed below HTTP (DNS, connection, TLS, proxy, redirects,
// decompression), named as such: a kind and a sentence that names the host
// and says what to do, never "(Unknown error)".
struct TransportError
{
    RequestStatus status = RequestStatus::NetworkError;
    QString message;

    // The failure `error` describes for a request to `url`; nothing for an
    // error that is not about the transport (HTTP statuses, a closed stream).
    // `location` is where a refused redirect pointed; `detail` Qt's own words.
    static std::optional<TransportError> of(QNetworkReply::NetworkError error, const QUrl &url, const QUrl &location,
                                            const QString &detail);
};
