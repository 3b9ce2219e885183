#include "requesttimeline.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<RequestStatus, const char *>, 14> kIds{{
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
}};
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
