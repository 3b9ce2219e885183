#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Helpers shared by the test suites.
namespace TestUtil {

// The bytes of a file under tests/data.
inline QByteArray readData(const QString &relativePath)
{
    QFile f(QStringLiteral(TOKENMETER_TEST_DATA "/") + relativePath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace TestUtil
