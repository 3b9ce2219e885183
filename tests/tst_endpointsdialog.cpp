// The endpoints dialog as a user drives it: a preset's fields, headers checked
// line by line, key sources, regions through a proxy or a region-specific base
// URL, ids made from names, and secrets that reach the SecretStore only (here
// with no keychain service to talk to).
#include "endpoints/endpointpresets.h"
#include "plans.h"
#include "secrets/secretstore.h"
#include "widgets/endpointsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 10000;

QWidget *page(const EndpointsDialog &dialog, const char *name)
{
    return dialog.findChild<QWidget *>(QLatin1String(name));
}

QWidget *endpointsPage(const EndpointsDialog &dialog)
{
    return page(dialog, "endpointsPage");
}

QWidget *regionsPage(const EndpointsDialog &dialog)
{
    return page(dialog, "regionsPage");
}

// The form of the entry selected on a page.
QWidget *currentEditor(QWidget *page)
{
    return page->findChild<QStackedWidget *>(QStringLiteral("editors"))->currentWidget();
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s in %s", name, parent->metaObject()->className());
    return w;
}

QPushButton *okButton(const EndpointsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

QStringList fields(const Endpoint &e)
{
    QStringList f{e.id,
                  e.name,
                  e.baseUrl,
                  e.protocol,
                  e.keyRef,
                  e.caFile,
                  e.streamOptions ? QStringLiteral("usage") : QStringLiteral("no usage")};
    for (const HttpHeader &h : e.headers)
        f << h.toLine();
    return f;
}

QStringList fields(const Region &r)
{
    return {r.id, r.name, r.proxy, r.proxyUser, r.baseUrl, r.endpoint};
}

// Everything the dialog hands back, as text to look for a secret in.
QString everything(const EndpointsDialog &dialog)
{
    QStringList all;
    for (const Endpoint &e : dialog.endpoints())
        all << fields(e);
    for (const Region &r : dialog.regions())
        all << fields(r);
    return all.join(u'\n');
}

// Presses Save for the secret typed into the form, waits for the missing
// keychain to answer and keeps the secret for the session instead.
void keepForSession(QWidget *editor, SecretStore &secrets)
{
    auto *text = child<QLineEdit>(editor, "secret");
    QVERIFY(!text->text().isEmpty());
    QCOMPARE(text->echoMode(), QLineEdit::Password);
    child<QPushButton>(editor, "saveSecret")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!secrets.keychainAvailable(), kTimeoutMs);
    auto *status = child<QLabel>(editor, "secretStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(secrets.unavailableReason()), kTimeoutMs);
    QVERIFY(status->isVisible());
    auto *session = child<QPushButton>(editor, "keepForSession");
    QVERIFY(session->isVisible());
    session->click();
    QCOMPARE(text->text(), QString());
}

EndpointsDialog *shown(EndpointsDialog *dialog)
{
    dialog->resize(900, 600);
    dialog->show();
    return dialog;
}

} // namespace

class TestEndpointsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void presetEndpointAndRegions();
    void keychainUnavailableKeepsKeyForSession();
    void newIdsAreUniqueSlugsOfTheName();
    void regionFollowsItsEndpointsId();
    void keyboard();
    void screenshots();
};

void TestEndpointsDialog::initTestCase()
{
    // No session bus: every keychain job fails the way a desktop without one does.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
}

void TestEndpointsDialog::presetEndpointAndRegions()
{
    SecretStore secrets(QStringLiteral("tokenmeter-test"));
    EndpointsDialog dialog({}, {}, &secrets);
    shown(&dialog);
    QPushButton *ok = okButton(dialog);

    QMenu *menu = child<QPushButton>(endpointsPage(dialog), "add")->menu();
    QVERIFY(menu);
    QAction *openRouter = nullptr;
    QStringList offered;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            offered << action->text();
        if (action->text() == u"OpenRouter")
            openRouter = action;
    }
    QCOMPARE(offered.size(), EndpointPresets::all().size() + 1);
    QCOMPARE(offered.constLast(), QStringLiteral("Custom endpoint"));
    QVERIFY(openRouter);
    openRouter->trigger();

    QWidget *editor = currentEditor(endpointsPage(dialog));
    QCOMPARE(child<QLineEdit>(editor, "name")->text(), QStringLiteral("OpenRouter"));
    QCOMPARE(child<QLineEdit>(editor, "baseUrl")->text(), QStringLiteral("https://openrouter.ai/api/v1"));
    QCOMPARE(child<QComboBox>(editor, "protocol")->currentData().toString(), QStringLiteral("openai"));
    QCOMPARE(child<QComboBox>(editor, "keySource")->currentData().toString(), QStringLiteral("env"));
    QCOMPARE(child<QLineEdit>(editor, "keyEnv")->text(), QStringLiteral("OPENROUTER_API_KEY"));
    QVERIFY(child<QCheckBox>(editor, "streamOptions")->isChecked());
    QVERIFY(!child<QCheckBox>(editor, "streamOptions")->toolTip().isEmpty());
    QVERIFY(ok->isEnabled());

    // A good header line and a bad one: the bad one is named and holds OK back.
    auto *headers = child<QPlainTextEdit>(editor, "headers");
    auto *problems = child<QLabel>(editor, "problems");
    headers->setPlainText(QStringLiteral("HTTP-Referer: https://tokenmeter.example\nX-Title Tokenmeter"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QStringLiteral("Line 2")), qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(QStringLiteral("X-Title Tokenmeter")), qPrintable(problems->text()));
    QVERIFY(!problems->text().contains(QStringLiteral("Line 1")));
    headers->setPlainText(QStringLiteral("HTTP-Referer: https://tokenmeter.example\nX-Title: Tokenmeter"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!problems->isVisible());

    // The key source decides which field shows; a variable name must be one.
    auto *keySource = child<QComboBox>(editor, "keySource");
    auto *keyEnv = child<QLineEdit>(editor, "keyEnv");
    chooseData(keySource, QStringLiteral("keychain"));
    QVERIFY(!keyEnv->isVisible());
    QVERIFY(child<QLineEdit>(editor, "secret")->isVisible());
    chooseData(keySource, QStringLiteral("env"));
    QVERIFY(keyEnv->isVisible());
    QVERIFY(!child<QLineEdit>(editor, "secret")->isVisible());
    keyEnv->setText(QStringLiteral("1 KEY"));
    QVERIFY(!ok->isEnabled());
    keyEnv->setText(QStringLiteral("TM_TEST_OPENROUTER_KEY"));
    QVERIFY(ok->isEnabled());

    // A region through a SOCKS5 proxy, its password kept for the session.
    dialog.showRegionsTab();
    child<QPushButton>(regionsPage(dialog), "add")->click();
    QWidget *frankfurt = currentEditor(regionsPage(dialog));
    child<QLineEdit>(frankfurt, "name")->setText(QStringLiteral("Frankfurt"));
    child<QRadioButton>(frankfurt, "viaProxy")->click();
    auto *proxy = child<QLineEdit>(frankfurt, "proxy");
    QVERIFY(proxy->isVisible());
    QVERIFY(!child<QLineEdit>(frankfurt, "baseUrl")->isVisible());
    proxy->setText(QStringLiteral("socks5://10.1.2.3"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(frankfurt, "problems")->text().contains(QStringLiteral("socks5://10.1.2.3")));
    proxy->setText(QStringLiteral("socks5://bench:pw@10.1.2.3:1080"));
    QVERIFY(!ok->isEnabled()); // credentials belong in their own fields
    proxy->setText(QStringLiteral("socks5://10.1.2.3:1080"));
    child<QLineEdit>(frankfurt, "proxyUser")->setText(QStringLiteral("bench"));
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(frankfurt, "secret"), QStringLiteral("hunter2"));
    QVERIFY(!ok->isEnabled()); // typed and not yet kept anywhere
    keepForSession(frankfurt, secrets);
    QCOMPARE(secrets.sessionSecret(QStringLiteral("region/frankfurt/proxy")),
             std::optional<QString>(QStringLiteral("hunter2")));
    QVERIFY(ok->isEnabled());

    // A region with its own base URL for that endpoint.
    child<QPushButton>(regionsPage(dialog), "add")->click();
    QWidget *tokyo = currentEditor(regionsPage(dialog));
    QVERIFY(tokyo != frankfurt);
    child<QLineEdit>(tokyo, "name")->setText(QStringLiteral("Tokyo"));
    child<QRadioButton>(tokyo, "viaBaseUrl")->click();
    auto *forEndpoint = child<QComboBox>(tokyo, "endpoint");
    QCOMPARE(forEndpoint->count(), 2);
    QCOMPARE(forEndpoint->itemData(0).toString(), QString()); // any endpoint
    QCOMPARE(forEndpoint->itemText(1), QStringLiteral("OpenRouter"));
    chooseData(forEndpoint, QStringLiteral("openrouter"));
    auto *baseUrl = child<QLineEdit>(tokyo, "baseUrl");
    baseUrl->setText(QStringLiteral("ftp://jp.openrouter.example/api/v1"));
    QVERIFY(!ok->isEnabled());
    baseUrl->setText(QStringLiteral("https://jp.openrouter.example/api/v1"));
    QVERIFY(ok->isEnabled());

    QCOMPARE(dialog.endpoints().size(), 1);
    QCOMPARE(fields(dialog.endpoints().constFirst()),
             (QStringList{QStringLiteral("openrouter"), QStringLiteral("OpenRouter"),
                          QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("openai"),
                          QStringLiteral("env:TM_TEST_OPENROUTER_KEY"), QString(), QStringLiteral("usage"),
                          QStringLiteral("HTTP-Referer: https://tokenmeter.example"),
                          QStringLiteral("X-Title: Tokenmeter")}));
    QCOMPARE(dialog.regions().size(), 2);
    QCOMPARE(fields(dialog.regions().at(0)),
             (QStringList{QStringLiteral("frankfurt"), QStringLiteral("Frankfurt"),
                          QStringLiteral("socks5://10.1.2.3:1080"), QStringLiteral("bench"), QString(), QString()}));
    QCOMPARE(fields(dialog.regions().at(1)),
             (QStringList{QStringLiteral("tokyo"), QStringLiteral("Tokyo"), QString(), QString(),
                          QStringLiteral("https://jp.openrouter.example/api/v1"), QStringLiteral("openrouter")}));
    QVERIFY(!everything(dialog).contains(QStringLiteral("hunter2")));
    QVERIFY(!everything(dialog).contains(QStringLiteral("pw@")));

    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // Still used by Frankfurt, so accepting keeps it.
    QCOMPARE(secrets.sessionSecret(QStringLiteral("region/frankfurt/proxy")),
             std::optional<QString>(QStringLiteral("hunter2")));
}

void TestEndpointsDialog::keychainUnavailableKeepsKeyForSession()
{
    SecretStore secrets(QStringLiteral("tokenmeter-test"));
    Endpoint gateway;
    gateway.id = QStringLiteral("gateway");
    gateway.name = QStringLiteral("Gateway");
    gateway.baseUrl = QStringLiteral("https://global-apis.com/v1");
    gateway.keyRef = QStringLiteral("keychain");
    EndpointsDialog dialog({gateway}, {}, &secrets);
    shown(&dialog);
    QWidget *editor = currentEditor(endpointsPage(dialog));
    QCOMPARE(child<QComboBox>(editor, "keySource")->currentData().toString(), QStringLiteral("keychain"));

    QTest::keyClicks(child<QLineEdit>(editor, "secret"), QStringLiteral("sk-typed-0123"));
    QVERIFY(!okButton(dialog)->isEnabled()); // typed and not yet kept anywhere
    QVERIFY(child<QLabel>(editor, "problems")->text().contains(QStringLiteral("Save in keychain")));
    keepForSession(editor, secrets);
    QCOMPARE(secrets.sessionSecret(gateway.keychainEntry()), std::optional<QString>(QStringLiteral("sk-typed-0123")));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.endpoints().constFirst().keyRef, QStringLiteral("keychain"));
    QVERIFY(!everything(dialog).contains(QStringLiteral("sk-typed")));

    // Once no endpoint reads the key, accepting drops it from the store too.
    chooseData(child<QComboBox>(editor, "keySource"), QStringLiteral("env"));
    child<QLineEdit>(editor, "keyEnv")->setText(QStringLiteral("GATEWAY_KEY"));
    okButton(dialog)->click();
    QCOMPARE(secrets.sessionSecret(gateway.keychainEntry()), std::nullopt);
}

void TestEndpointsDialog::newIdsAreUniqueSlugsOfTheName()
{
    SecretStore secrets(QStringLiteral("tokenmeter-test"));
    Endpoint existing;
    existing.id = QStringLiteral("openrouter");
    existing.name = QStringLiteral("OpenRouter");
    existing.baseUrl = QStringLiteral("https://openrouter.ai/api/v1");
    EndpointsDialog dialog({existing}, {}, &secrets);
    shown(&dialog);
    QWidget *endpoints = endpointsPage(dialog);

    for (QAction *action : child<QPushButton>(endpoints, "add")->menu()->actions()) {
        if (action->text() == u"OpenRouter")
            action->trigger();
    }
    QCOMPARE(dialog.endpoints().constLast().id, QStringLiteral("openrouter-2"));
    // A new entry's id follows its name; an existing one's never changes.
    child<QLineEdit>(currentEditor(endpoints), "name")->setText(QStringLiteral("OpenRouter EU"));
    QCOMPARE(dialog.endpoints().constLast().id, QStringLiteral("openrouter-eu"));
    child<QPushButton>(endpoints, "duplicate")->click();
    QCOMPARE(dialog.endpoints().constLast().id, QStringLiteral("openrouter-eu-copy"));
    QCOMPARE(dialog.endpoints().constLast().name, QStringLiteral("OpenRouter EU (copy)"));
    dialog.selectEndpoint(QStringLiteral("openrouter"));
    child<QLineEdit>(currentEditor(endpoints), "name")->setText(QStringLiteral("OpenRouter (main)"));
    QCOMPARE(dialog.endpoints().constFirst().id, QStringLiteral("openrouter"));
    child<QLineEdit>(currentEditor(endpoints), "name")->setText(QStringLiteral("OpenRouter EU"));
    QCOMPARE(dialog.endpoints().constFirst().id, QStringLiteral("openrouter"));

    QStringList ids;
    for (const Endpoint &e : dialog.endpoints())
        ids << e.id;
    QCOMPARE(ids,
             (QStringList{QStringLiteral("openrouter"), QStringLiteral("openrouter-eu"),
                          QStringLiteral("openrouter-eu-copy")}));
}

void TestEndpointsDialog::regionFollowsItsEndpointsId()
{
    SecretStore secrets(QStringLiteral("tokenmeter-test"));
    EndpointsDialog dialog({}, {}, &secrets);
    shown(&dialog);
    child<QPushButton>(endpointsPage(dialog), "add")->menu()->actions().constLast()->trigger();
    QWidget *endpoint = currentEditor(endpointsPage(dialog));
    QCOMPARE(dialog.endpoints().constFirst().id, QStringLiteral("custom-endpoint"));

    dialog.showRegionsTab();
    child<QPushButton>(regionsPage(dialog), "add")->click();
    QWidget *region = currentEditor(regionsPage(dialog));
    child<QRadioButton>(region, "viaBaseUrl")->click();
    chooseData(child<QComboBox>(region, "endpoint"), QStringLiteral("custom-endpoint"));
    child<QLineEdit>(region, "baseUrl")->setText(QStringLiteral("https://eu.example.com/v1"));

    child<QLineEdit>(endpoint, "name")->setText(QStringLiteral("Lab vLLM"));
    child<QLineEdit>(endpoint, "baseUrl")->setText(QStringLiteral("http://10.0.0.7:8000/v1"));
    QCOMPARE(dialog.endpoints().constFirst().id, QStringLiteral("lab-vllm"));
    QCOMPARE(dialog.regions().constFirst().endpoint, QStringLiteral("lab-vllm"));
    QCOMPARE(child<QComboBox>(region, "endpoint")->currentText(), QStringLiteral("Lab vLLM"));
    QVERIFY(okButton(dialog)->isEnabled());

    // Its endpoint removed, the region says so and holds OK back.
    dialog.selectEndpoint(QStringLiteral("lab-vllm"));
    child<QPushButton>(endpointsPage(dialog), "remove")->click();
    QMessageBox *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ask = dialog.findChild<QMessageBox *>()) && ask->isVisible(), kTimeoutMs);
    ask->button(QMessageBox::Yes)->click();
    QVERIFY(dialog.endpoints().isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(child<QLabel>(region, "problems")->text().contains(QStringLiteral("lab-vllm")));
    QVERIFY(child<QLabel>(&dialog, "summary")->text().contains(QStringLiteral("Regions tab")));
}

void TestEndpointsDialog::keyboard()
{
    SecretStore secrets(QStringLiteral("tokenmeter-test"));
    Endpoint existing;
    existing.id = QStringLiteral("local");
    existing.name = QStringLiteral("Local");
    existing.baseUrl = QStringLiteral("http://127.0.0.1:8000/v1");
    EndpointsDialog dialog({existing}, {}, &secrets);
    shown(&dialog);
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QWidget *endpoints = endpointsPage(dialog);
    auto *list = child<QListWidget>(endpoints, "entries");

    // Ctrl+N adds a custom endpoint and puts the cursor in its name.
    QTest::keyClick(&dialog, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(dialog.endpoints().size(), 2);
    QWidget *added = currentEditor(endpoints);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(added, "name"));

    // Tab goes from the list's buttons into the form of the entry added last.
    child<QPushButton>(endpoints, "duplicate")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(added, "name"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(added, "baseUrl"));

    // Del in a field edits the field; Del in the list asks, then removes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(dialog.endpoints().size(), 2);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QMessageBox *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ask = dialog.findChild<QMessageBox *>()) && ask->isVisible(), kTimeoutMs);
    QVERIFY(ask->text().contains(QStringLiteral("Local")));
    QCOMPARE(dialog.endpoints().size(), 2);
    ask->button(QMessageBox::Yes)->click();
    QCOMPARE(dialog.endpoints().size(), 1);
    QCOMPARE(dialog.endpoints().constFirst().name, QStringLiteral("Custom endpoint"));
    QCOMPARE(currentEditor(endpoints), added);

    // On the Regions tab, Ctrl+N adds a region.
    dialog.showRegionsTab();
    QTest::keyClick(&dialog, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(dialog.regions().size(), 1);
    QCOMPARE(dialog.regions().constFirst().name, QStringLiteral("New region"));
    QCOMPARE(dialog.endpoints().size(), 1);
}

void TestEndpointsDialog::screenshots()
{
    SecretStore secrets(QStringLiteral("tokenmeter-test"));
    Endpoint gateway{QStringLiteral("gateway"),
                     QStringLiteral("The study's gateway (global-apis.com)"),
                     QStringLiteral("https://global-apis.com/v1"),
                     QStringLiteral("openai"),
                     QStringLiteral("keychain"),
                     {HttpHeader{"X-Route", "bench"}},
                     true,
                     QString()};
    Endpoint openai{QStringLiteral("openai"),
                    QStringLiteral("OpenAI"),
                    QStringLiteral("https://api.openai.com/v1"),
                    QStringLiteral("openai"),
                    QStringLiteral("env:OPENAI_API_KEY"),
                    {},
                    true,
                    QString()};
    Region local = TestPlans::savedRegion(QStringLiteral("local"), QStringLiteral("This machine"));
    Region frankfurt = TestPlans::savedRegion(QStringLiteral("frankfurt"), QStringLiteral("Frankfurt"),
                                              QStringLiteral("socks5://10.1.2.3:1080"), QStringLiteral("bench"));
    Region tokyo = TestPlans::savedRegion(QStringLiteral("tokyo"), QStringLiteral("Tokyo"), {}, {},
                                          QStringLiteral("https://jp.global-apis.com/v1"), QStringLiteral("gateway"));
    EndpointsDialog dialog({gateway, openai}, {local, frankfurt, tokyo}, &secrets);
    shown(&dialog);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const auto check = [&dialog](QWidget *page, const QString &file) {
        // At 900x600 the whole form fits: nothing scrolls out of sight.
        const QScrollArea *scroll = page->findChild<QScrollArea *>();
        QCoreApplication::sendPostedEvents(); // the layout requests a real event loop runs before painting
        QTRY_VERIFY_WITH_TIMEOUT(scroll->widget()->height() == scroll->viewport()->height(), kTimeoutMs);
        QVERIFY(!scroll->verticalScrollBar()->isVisible());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(dialog.grab().save(file));
    };
    const auto selectRow = [](QWidget *page, int row) {
        page->findChild<QListWidget *>(QStringLiteral("entries"))->setCurrentRow(row);
    };
    check(endpointsPage(dialog), QStringLiteral("/tmp/endpointsdialog-endpoints.png"));
    // With no keychain, the form says why and offers to keep the key in memory.
    QWidget *editor = currentEditor(endpointsPage(dialog));
    QTest::keyClicks(child<QLineEdit>(editor, "secret"), QStringLiteral("sk-screenshot"));
    child<QPushButton>(editor, "saveSecret")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(editor, "keepForSession")->isVisible(), kTimeoutMs);
    check(endpointsPage(dialog), QStringLiteral("/tmp/endpointsdialog-keychain.png"));
    selectRow(endpointsPage(dialog), 1);
    check(endpointsPage(dialog), QStringLiteral("/tmp/endpointsdialog-env.png"));

    dialog.showRegionsTab();
    selectRow(regionsPage(dialog), 1);
    check(regionsPage(dialog), QStringLiteral("/tmp/endpointsdialog-regions.png"));
    selectRow(regionsPage(dialog), 2);
    check(regionsPage(dialog), QStringLiteral("/tmp/endpointsdialog-regions-baseurl.png"));
}

QTEST_MAIN(TestEndpointsDialog)
#include "tst_endpointsdialog.moc"
