#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// Keeps API keys and proxy passwords in the OS keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager), never in a file; keys the user
// keeps "for this session only" live in memory. Every call answers asynchronously.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(const QString &service = QStringLiteral("tokenmeter"), QObject *parent = nullptr);

    // Entries are plain names such as "endpoint/openai" or "region/tokyo/proxy".
    // done runs on the GUI thread, and never if context is destroyed first.
    // read: a session secret first; nullopt with an empty error when the entry is
    // stored nowhere; nullopt with a readable error when the keychain failed.
    void read(const QString &entry, QObject *context,
              std::function<void(std::optional<QString> secret, QString error)> done);
    // On success the entry's session secret is dropped: the keychain holds it now.
    void write(const QString &entry, const QString &secret, QObject *context, std::function<void(QString error)> done);
    // Drops the session secret at once; the error tells whether the keychain's copy went too.
    void remove(const QString &entry, QObject *context, std::function<void(QString error)> done);

    // True until a job finds no keychain service to talk to (and again once one answers).
    bool keychainAvailable() const { return m_available; }
    // Empty while the keychain is available; otherwise a sentence for the user.
    QString unavailableReason() const;

    void setSessionSecret(const QString &entry, const QString &secret);
    std::optional<QString> sessionSecret(const QString &entry) const;

Q_SIGNALS:
    void availabilityChanged();

private:
    void start(QKeychain::Job *job, const QString &entry, QObject *context,
               std::function<void(QKeychain::Job *job)> finish);
    void noteResult(QKeychain::Job *job);
    QString noKeychainText() const;
    // Empty on success; the reason or what.arg(entry, detail) on failure.
    QString failure(const QKeychain::Job *job, const QString &what, const QString &entry) const;

    QString m_service;
    QHash<QString, QString> m_session;
    bool m_available = true;
};
