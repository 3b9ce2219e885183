#pragma once

#include "testutil.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

// The test certificate authority of tests/data/tls: a server configuration
// that a client trusting ca() (and nothing else) accepts for 127.0.0.1.
namespace TestTls {

inline QSslConfiguration serverConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(TestUtil::readData(QStringLiteral("tls/server.pem")), QSsl::Pem));
    config.setPrivateKey(QSslKey(TestUtil::readData(QStringLiteral("tls/server.key")), QSsl::Rsa, QSsl::Pem));
    return config;
}

inline QList<QSslCertificate> ca()
{
    return QSslCertificate::fromData(TestUtil::readData(QStringLiteral("tls/ca.pem")), QSsl::Pem);
}

} // namespace TestTls
