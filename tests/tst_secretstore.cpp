// SecretStore against a real Secret Service (gnome-keyring on a private session
// bus in a throwaway HOME, set up by with-keyring.sh), and with no bus at all.
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

namespace {

constexpr int kTimeoutMs = 5000;
const QString kKey = QStringLiteral("endpoint/openai");
const QString kProxy = QStringLiteral("region/tokyo/proxy");

// What one call handed to its done callback.
struct Answer
{
    std::optional<QString> secret;
    QString error;
};

// Each runs one call and waits for its answer; no answer, or one off the GUI
// thread, reads as an error. The context dies on return, so an answer that
// comes too late is dropped rather than written to a dead frame.
template<typename Call>
Answer answerOf(Call call)
{
    std::optional<Answer> answer;
    QObject context;
    call(&context, [&answer](std::optional<QString> secret, QString error) {
        if (QThread::currentThread() != QCoreApplication::instance()->thread())
            error = QStringLiteral("answered off the GUI thread");
        answer = Answer{std::move(secret), std::move(error)};
    });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kTimeoutMs))
        return {std::nullopt, QStringLiteral("no answer within %1 ms").arg(kTimeoutMs)};
    return *answer;
}

Answer readNow(SecretStore &store, const QString &entry)
{
    return answerOf([&](QObject *context, auto done) { store.read(entry, context, done); });
}

QString writeNow(SecretStore &store, const QString &entry, const QString &secret)
{
    return answerOf([&](QObject *context, auto done) {
               store.write(entry, secret, context, [done](QString error) { done(std::nullopt, error); });
           })
        .error;
}

QString removeNow(SecretStore &store, const QString &entry)
{
    return answerOf([&](QObject *context, auto done) {
               store.remove(entry, context, [done](QString error) { done(std::nullopt, error); });
           })
        .error;
}

QString uniqueSecret()
{
    return u"sk-tm-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Regular files under dir that hold the secret in plain text (UTF-8 or UTF-16).
QStringList filesHolding(const QString &dir, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QStringList found;
    for (QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile file(it.next());
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    // Run by tst_secretstore_keyring, through with-keyring.sh.
    void roundTrip();
    void storedOnlyEncrypted();
    void sessionSecretComesFirst();
    // Run by tst_secretstore and tst_secretstore_kwallet: no session bus there.
    void noKeychainSaysWhy();
    void noKeychainKeepsSessionSecrets();
};

void TestSecretStore::init()
{
    // The mode comes from ctest: no test may touch the keychain of whoever runs it.
    const QString mode = qEnvironmentVariable("TOKENMETER_TEST_KEYCHAIN");
    const QString missing = qEnvironmentVariable("TOKENMETER_TEST_KEYCHAIN_MISSING");
    if (QByteArray(QTest::currentTestFunction()).startsWith("noKeychain")) {
        if (mode != u"none")
            QSKIP("needs an unreachable session bus and a HOME of its own (ctest's tst_secretstore)");
    } else if (!missing.isEmpty()) {
        QSKIP(qPrintable(missing));
    } else if (mode != u"secret-service") {
        QSKIP("needs the private gnome-keyring that tests/with-keyring.sh starts (ctest's tst_secretstore_keyring)");
    }
}

void TestSecretStore::roundTrip()
{
    SecretStore store;
    SecretStore otherService(QStringLiteral("tokenmeter-other"));
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    const QString key = uniqueSecret();
    const QString proxy = uniqueSecret();
    QCOMPARE(writeNow(store, kKey, key), QString());
    QCOMPARE(writeNow(store, kProxy, proxy), QString());

    const Answer read = readNow(store, kKey);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.secret, std::optional<QString>(key));
    QCOMPARE(readNow(store, kProxy).secret, std::optional<QString>(proxy));
    QCOMPARE(readNow(otherService, kKey).secret, std::nullopt);

    QCOMPARE(removeNow(store, kKey), QString());
    const Answer gone = readNow(store, kKey);
    QCOMPARE(gone.secret, std::nullopt);
    QCOMPARE(gone.error, QString()); // missing is not a failure
    QCOMPARE(readNow(store, kProxy).secret, std::optional<QString>(proxy));
    QCOMPARE(removeNow(store, kProxy), QString());

    // A call whose context died still finishes (its job deletes itself) unheard.
    bool called = false;
    auto *context = new QObject;
    store.read(kKey, context, [&called](auto, auto) { called = true; });
    delete context;
    QTRY_VERIFY_WITH_TIMEOUT(store.findChildren<QObject *>().isEmpty(), kTimeoutMs);
    QVERIFY(!called);

    QVERIFY(store.keychainAvailable());
    QCOMPARE(store.unavailableReason(), QString());
    QCOMPARE(availability.count(), 0);
}

void TestSecretStore::storedOnlyEncrypted()
{
    const QString keyring = qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings/login.keyring";
    const qint64 sizeBefore = QFileInfo(keyring).size();
    SecretStore store;
    const QString secret = uniqueSecret();
    QCOMPARE(writeNow(store, kProxy, secret), QString());

    // The keyring's own file took the item, and no file holds it readable
    // (the scan does find a plain copy: the control file).
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(keyring).size() > sizeBefore, kTimeoutMs);
    QCOMPARE(filesHolding(QDir::homePath(), secret), QStringList());
    QFile control(QDir::home().filePath(QStringLiteral("control.txt")));
    QVERIFY(control.open(QIODevice::WriteOnly) && control.write(secret.toUtf8()) > 0);
    control.close();
    QCOMPARE(filesHolding(QDir::homePath(), secret), QStringList(control.fileName()));
    QVERIFY(control.remove());
    QCOMPARE(removeNow(store, kProxy), QString());
}

void TestSecretStore::sessionSecretComesFirst()
{
    SecretStore store;
    QCOMPARE(writeNow(store, kKey, QStringLiteral("stored")), QString());
    store.setSessionSecret(kKey, QStringLiteral("this session"));

    QObject context;
    std::optional<QString> secret;
    store.read(kKey, &context, [&secret](std::optional<QString> s, QString) { secret = s; });
    QCOMPARE(secret, std::nullopt); // answered later, never from inside read()
    QTRY_COMPARE_WITH_TIMEOUT(secret, std::optional<QString>(QStringLiteral("this session")), kTimeoutMs);

    // Removing forgets both copies.
    QCOMPARE(removeNow(store, kKey), QString());
    const Answer gone = readNow(store, kKey);
    QCOMPARE(gone.secret, std::nullopt);
    QCOMPARE(gone.error, QString());
}

void TestSecretStore::noKeychainSaysWhy()
{
    SecretStore store;
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    QVERIFY(store.keychainAvailable()); // until a job finds otherwise

    const Answer read = readNow(store, kKey);
    QCOMPARE(read.secret, std::nullopt);
    QVERIFY(!store.keychainAvailable());
    QCOMPARE(availability.count(), 1);
    const QString reason = store.unavailableReason();
    QVERIFY2(reason.contains(u"for this session only"), qPrintable(reason));
    QVERIFY2(read.error.startsWith(reason), qPrintable(read.error));

    // A write fails the same way and leaves no plain-text fallback behind (in
    // the HOME that ctest gives this run).
    const QString secret = uniqueSecret();
    const QString written = writeNow(store, kKey, secret);
    QVERIFY2(written.startsWith(reason), qPrintable(written));
    QCOMPARE(store.sessionSecret(kKey), std::nullopt);
    QCOMPARE(filesHolding(QDir::homePath(), secret), QStringList());
    QCOMPARE(availability.count(), 1);
}

void TestSecretStore::noKeychainKeepsSessionSecrets()
{
    SecretStore store;
    const QString secret = uniqueSecret();
    store.setSessionSecret(kProxy, secret);
    QCOMPARE(store.sessionSecret(kProxy), std::optional<QString>(secret));

    bool dropped = false;
    auto *context = new QObject;
    store.read(kProxy, context, [&dropped](auto, auto) { dropped = true; });
    delete context;
    const Answer read = readNow(store, kProxy);
    QCOMPARE(read.secret, std::optional<QString>(secret));
    QCOMPARE(read.error, QString());
    QVERIFY(!dropped); // queued before read's answer, and dropped with its context

    QVERIFY(!removeNow(store, kProxy).isEmpty()); // says the keychain was out of reach
    QCOMPARE(store.sessionSecret(kProxy), std::nullopt);
    QCOMPARE(readNow(store, kProxy).secret, std::nullopt);
    QVERIFY(!store.keychainAvailable());
}

QTEST_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
