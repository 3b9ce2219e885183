#pragma once

#include <QString>

// One turn of a conversation as it is sent.
struct ChatMessage
{
    QString role; // "system", "user" or "assistant"
    QString content;
};
