#include "transporterror.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TransportError)
};

QString authority(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo).authority();
}

} // namespace

std::optional<TransportError> TransportError::of(QNetworkReply::NetworkError error, const QUrl &url,
                                                 const QUrl &location, const QString &detail)
{
    using E = QNetworkReply::NetworkError;
    const QString host = authority(url);
    switch (error) {
    case E::InsecureRedirectError:
        return TransportError{
            RequestStatus::RedirectRefused,
            Tr::tr("%1 redirected to %2: not followed, so the key and headers stay with %1")
                .arg(host, location.isValid() ? location.toString(QUrl::RemoveUserInfo) : Tr::tr("another host"))};
    case E::TooManyRedirectsError:
        return TransportError{
            RequestStatus::TooManyRedirects,
            Tr::tr("%1 redirected more than %2 times (a redirect loop?)").arg(host).arg(StreamLimits::kMaxRedirects)};
    case E::HostNotFoundError:
        return TransportError{RequestStatus::DnsError, Tr::tr("the host %1 was not found (DNS)").arg(url.host())};
    case E::ConnectionRefusedError:
        return TransportError{RequestStatus::ConnectionRefused,
                              Tr::tr("%1 refused the connection: is the server running on that port?").arg(host)};
    case E::SslHandshakeFailedError:
        return TransportError{RequestStatus::TlsError,
                              Tr::tr(
                                  "TLS with %1 failed: %2 (a server with a private certificate authority needs its CA "
                                  "certificate: --ca-file)")
                                  .arg(url.host(), detail)};
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return TransportError{RequestStatus::ProxyError, Tr::tr("the proxy to %1 failed: %2").arg(host, detail)};
    case E::UnknownContentError:
    case E::ContentReSendError:
    case E::ProtocolFailure:
        // Qt's "Decompression failed" and "Failed to initialize the compression
        // decoder", our "cannot be decompressed"; not a server's
        // "Transfer-Encoding: compress" quoted in a framing error, nor HTTP/2's
        // HPACK (header framing, not the body).
        if ((detail.contains(QStringLiteral("decompress"), Qt::CaseInsensitive)
             || detail.contains(QStringLiteral("compression decoder"), Qt::CaseInsensitive))
            && !detail.contains(QStringLiteral("HPACK"), Qt::CaseInsensitive))
            return TransportError{RequestStatus::DecompressionFailed,
                                  Tr::tr("the answer from %1 could not be decompressed: %2").arg(host, detail)};
        return TransportError{RequestStatus::NetworkError, Tr::tr("%1 broke the HTTP protocol: %2").arg(host, detail)};
    case E::TimeoutError:
    case E::OperationCanceledError:
    case E::NoError:
        return std::nullopt; // our own watchdog or cancel says which, with its own kind
    default:
        return std::nullopt;
    }
}
