#pragma once

#include <QByteArray>
#include <QString>

// Where a command's output goes: stdout, or a file written atomically.
namespace CliOutput {

// `bytes` to stdout when `outPath` is empty, else atomically to that file
// (saying so on stderr); the exit code.
int write(const QByteArray &bytes, const QString &outPath);

} // namespace CliOutput
