#pragma once

#include <QByteArray>

// One dispatched Server-Sent Event. `data` keeps the UTF-8 bytes as sent (the
// JSON parser reads bytes), with multi-line data joined by '\n'.
struct SseEvent
{
    QByteArray type = QByteArrayLiteral("message");
    QByteArray data;
    QByteArray lastEventId;
};
