#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <iterator>

namespace {

// Whether a failed job means that no keychain service can be reached at all,
// as opposed to one that refused or failed this request. What qtkeychain 0.13.2
// reports on Linux (tried; its libsecret path unless the desktop is KDE):
//   no session bus:    OtherError "Could not connect: No such file or directory",
//                      or "Cannot autolaunch D-Bus without X11 $DISPLAY" (unset)
//   bus, no service:   OtherError "The name org.freedesktop.secrets was not
//                      provided by any .service files"
//   KWallet path:      NoBackendAvailable "No keychain service available", or
//                      OtherError "Could not open wallet: org.freedesktop.DBus.
//                      Error.NoServer; D-Bus is not running"
// GLib translates its texts, so in other locales the first case reads as a
// plain error. A gnome-keyring that cannot prompt for a new login keyring says
// "Object does not exist at path …/collection/login": reached, a plain error.
bool isUnreachable(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoBackendAvailable)
        return true;
    if (job->error() != QKeychain::OtherError && job->error() != QKeychain::AccessDenied)
        return false;
    static const QLatin1String markers[] = {
        QLatin1String("Could not connect"),
        QLatin1String("autolaunch D-Bus"),
        QLatin1String("D-Bus is not running"),
        QLatin1String("not provided by any .service files"),
        QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"),
        QLatin1String("org.freedesktop.DBus.Error.NoServer"),
        QLatin1String("org.freedesktop.DBus.Error.Spawn"),
    };
    const QString text = job->errorString();
    return std::any_of(std::begin(markers), std::end(markers), [&text](QLatin1String m) { return text.contains(m); });
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

QString SecretStore::unavailableReason() const
{
    return m_available ? QString() : noKeychainText();
}

QString SecretStore::noKeychainText() const
{
    return tr("No keychain service (Secret Service or KWallet) is running, "
              "so keys can be kept for this session only.");
}

void SecretStore::setSessionSecret(const QString &entry, const QString &secret)
{
    m_session.insert(entry, secret);
}

std::optional<QString> SecretStore::sessionSecret(const QString &entry) const
{
    const auto it = m_session.constFind(entry);
    if (it == m_session.constEnd())
        return std::nullopt;
    return *it;
}

void SecretStore::read(const QString &entry, QObject *context,
                       std::function<void(std::optional<QString>, QString)> done)
{
    if (const auto secret = sessionSecret(entry)) {
        // Queued like a keychain answer, so callers never see a re-entrant call.
        QMetaObject::invokeMethod(
            context, [done, secret] { done(secret, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    start(job, entry, context, [this, entry, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, QString());
        const QString error = failure(finished, tr("The keychain could not read %1: %2"), entry);
        if (!error.isEmpty())
            return done(std::nullopt, error);
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
    });
}

void SecretStore::write(const QString &entry, const QString &secret, QObject *context,
                        std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    start(job, entry, context, [this, entry, done](QKeychain::Job *finished) {
        const QString error = failure(finished, tr("The keychain could not store %1: %2"), entry);
        if (error.isEmpty())
            m_session.remove(entry);
        done(error);
    });
}

void SecretStore::remove(const QString &entry, QObject *context, std::function<void(QString)> done)
{
    m_session.remove(entry);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    start(job, entry, context, [this, entry, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound)
            return done(QString());
        done(failure(finished, tr("The keychain could not remove %1: %2"), entry));
    });
}

void SecretStore::start(QKeychain::Job *job, const QString &entry, QObject *context,
                        std::function<void(QKeychain::Job *)> finish)
{
    Q_ASSERT(context);
    job->setKey(entry);
    job->setAutoDelete(true);
    // The fallback would write the secret into a settings file in plain text.
    job->setInsecureFallback(false);
    // Connected first, so that availability is up to date when finish runs.
    connect(job, &QKeychain::Job::finished, this, &SecretStore::noteResult);
    connect(job, &QKeychain::Job::finished, context, std::move(finish));
    job->start();
}

void SecretStore::noteResult(QKeychain::Job *job)
{
    // Any answer, even a refusal, means that a keychain service was reached.
    const bool available = !isUnreachable(job);
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged();
}

QString SecretStore::failure(const QKeychain::Job *job, const QString &what, const QString &entry) const
{
    if (job->error() == QKeychain::NoError)
        return {};
    if (isUnreachable(job))
        return tr("%1 (%2)", "why keys are session-only (the keychain's own message)")
            .arg(noKeychainText(), job->errorString());
    return what.arg(entry, job->errorString());
}
