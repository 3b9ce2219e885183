#include "requesttimeline.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<RequestStatus, const char *>, 22> kIds{{
    {RequestStatus::Pending, "pending"},
    {RequestStatus::Ok, "ok"},
    {RequestStatus::HttpError, "http_error"},
    {RequestStatus::StreamError, "stream_error"},
    {RequestStatus::Truncated, "truncated"},
    {RequestStatus::Malformed, "malformed_stream"},
    {RequestStatus::NotSse, "not_sse"},
    {RequestStatus::ConnectTimeout, "connect_timeout"},
    {RequestStatus::FirstTokenTimeout, "first_token_timeout"},
    {RequestStatus::IdleTimeout, "idle_timeout"},
    {RequestStatus::TotalTimeout, "total_timeout"},
    {RequestStatus::NetworkError, "network_error"},
    {RequestStatus::TlsError, "tls_error"},
    {RequestStatus::Cancelled, "cancelled"},
    {RequestStatus::RedirectRefused, "redirect_refused"},
    {RequestStatus::TooManyRedirects, "too_many_redirects"},
    {RequestStatus::DecompressionFailed, "decompression_failed"},
    {RequestStatus::ProxyError, "proxy_error"},
    {RequestStatus::DnsError, "dns_error"},
    {RequestStatus::ConnectionRefused, "connection_refused"},
    {RequestStatus::ConnectionReset, "connection_reset"},
    {RequestStatus::TooLarge, "too_large"},
}};

constexpr std::array<std::pair<TokenKind, const char *>, 3> kKindIds{{
    {TokenKind::Answer, "answer"},
    {TokenKind::Reasoning, "reasoning"},
    {TokenKind::ToolCall, "tool_call"},
}};

// What each kind is called where a person reads it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestStatus)
};

} // namespace

QString statusId(RequestStatus status)
{
    for (const auto &[s, id] : kIds) {
        if (s == status)
            return QLatin1String(id);
    }
    return QStringLiteral("unknown");
}

RequestStatus statusFromId(const QString &id)
{
    for (const auto &[s, name] : kIds) {
        if (id == QLatin1String(name))
            return s;
    }
    return RequestStatus::Pending;
}

QString statusText(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Pending:
        return Tr::tr("in flight");
    case RequestStatus::Ok:
        return Tr::tr("ok");
    case RequestStatus::HttpError:
        return Tr::tr("HTTP error");
    case RequestStatus::StreamError:
        return Tr::tr("error in the stream");
    case RequestStatus::Truncated:
        return Tr::tr("truncated");
    case RequestStatus::Malformed:
        return Tr::tr("malformed event");
    case RequestStatus::NotSse:
        return Tr::tr("not an event stream");
    case RequestStatus::ConnectTimeout:
        return Tr::tr("connect timeout");
    case RequestStatus::FirstTokenTimeout:
        return Tr::tr("first-token timeout");
    case RequestStatus::IdleTimeout:
        return Tr::tr("idle timeout");
    case RequestStatus::TotalTimeout:
        return Tr::tr("total timeout");
    case RequestStatus::NetworkError:
        return Tr::tr("network error");
    case RequestStatus::TlsError:
        return Tr::tr("TLS error");
    case RequestStatus::Cancelled:
        return Tr::tr("stopped", "a request cut short when the user stopped the run: not a failure");
    case RequestStatus::RedirectRefused:
        return Tr::tr("redirect refused");
    case RequestStatus::TooManyRedirects:
        return Tr::tr("too many redirects");
    case RequestStatus::DecompressionFailed:
        return Tr::tr("decompression failed");
    case RequestStatus::ProxyError:
        return Tr::tr("proxy error");
    case RequestStatus::DnsError:
        return Tr::tr("host not found");
    case RequestStatus::ConnectionRefused:
        return Tr::tr("connection refused");
    case RequestStatus::ConnectionReset:
        return Tr::tr("connection reset");
    case RequestStatus::TooLarge:
        return Tr::tr("too large");
    }
    return statusId(status);
}

TokenKind tokenKindFromId(const QString &id)
{
    for (const auto &[kind, name] : kKindIds) {
        if (id == QLatin1String(name))
            return kind;
    }
    return TokenKind::None;
}

QString tokenKindId(TokenKind kind)
{
    for (const auto &[k, name] : kKindIds) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

QString tokenKindText(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Answer:
        return Tr::tr("answer", "the kind of a first token: visible answer text");
    case TokenKind::Reasoning:
        return Tr::tr("reasoning", "the kind of a first token: reasoning (thinking) text");
    case TokenKind::ToolCall:
        return Tr::tr("tool call", "the kind of a first token: a tool call's name or arguments");
    case TokenKind::None:
        break;
    }
    return {};
}

void TextFlow::add(QStringView text, qint32 atUs)
{
    if (text.isEmpty())
        return;
    qint64 n = 0;
    for (const QChar c : text)
        n += c.isLowSurrogate() ? 0 : 1; // code points: a pair is one character
    if (firstUs < 0) {
        firstUs = atUs;
        firstChars = n;
    }
    lastUs = atUs;
    chars += n;
}

std::optional<double> TextFlow::charsPerS(double timeScale) const
{
    if (firstUs < 0 || lastUs <= firstUs || chars <= firstChars)
        return std::nullopt;
    return double(chars - firstChars) / ((lastUs - firstUs) / 1e6 * timeScale);
}
