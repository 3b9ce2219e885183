#pragma once

#include <QString>

#include <optional>

// A prompt read from a file: its text (UTF-8), the file's name and the
// SHA-256 of its bytes, which is what reports keep of it.
struct PromptFile
{
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024; // about a million tokens: far beyond any context

    QString text;
    QString name;   // the file's name, without its folders
    QString sha256; // hex

    // Nothing, with a message naming the file, when it cannot be read, is
    // empty, too large or not UTF-8 text.
    static std::optional<PromptFile> read(const QString &path, QString *error);
};
