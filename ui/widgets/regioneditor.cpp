#include "regioneditor.h"

#include "plan/runplan.h"
#include "secretfield.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

RegionEditor::RegionEditor(const Region &region, SecretStore *secrets, QWidget *parent)
    : EntryEditor(region.id, parent)
    , m_secrets(secrets)
    , m_endpointId(region.endpoint)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(region.name, this))
    , m_route(new QButtonGroup(this))
    , m_direct(new QRadioButton(tr("&Directly from this machine"), this))
    , m_viaProxy(new QRadioButton(tr("Through a &proxy"), this))
    , m_viaBaseUrl(new QRadioButton(tr("To a region-specific &base URL"), this))
    , m_proxy(new QLineEdit(region.proxy, this))
    , m_proxyUser(new QLineEdit(region.proxyUser, this))
    , m_proxyPassword(new SecretField(secrets, this))
    , m_endpoint(new QComboBox(this))
    , m_baseUrl(new QLineEdit(region.baseUrl, this))
    , m_problems(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_direct->setObjectName(QStringLiteral("direct"));
    m_viaProxy->setObjectName(QStringLiteral("viaProxy"));
    m_viaBaseUrl->setObjectName(QStringLiteral("viaBaseUrl"));
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxyUser->setObjectName(QStringLiteral("proxyUser"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_problems->setObjectName(QStringLiteral("problems"));

    m_route->addButton(m_direct, Direct);
    m_route->addButton(m_viaProxy, Proxy);
    m_route->addButton(m_viaBaseUrl, BaseUrl);
    (!region.proxy.isEmpty() ? m_viaProxy : !region.baseUrl.isEmpty() ? m_viaBaseUrl : m_direct)->setChecked(true);
    m_proxy->setPlaceholderText(tr("socks5://host:1080 or http://host:3128"));
    m_proxyUser->setPlaceholderText(tr("when the proxy asks for one"));
    m_proxyPassword->setEntry(region.proxyKeychainEntry());
    m_proxyPassword->setPlaceholderText(tr("type to save a password for this proxy"));
    m_baseUrl->setPlaceholderText(tr("e.g. https://eu.api.example.com/v1"));
    m_endpoint->setToolTip(tr("The endpoint whose base URL this one replaces for requests from this region."));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d64545"));

    auto *routes = new QVBoxLayout;
    routes->addWidget(m_direct);
    routes->addWidget(m_viaProxy);
    routes->addWidget(m_viaBaseUrl);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Requests leave:"), routes);
    m_form->addRow(tr("Proxy &URL:"), m_proxy);
    m_form->addRow(tr("Proxy u&ser:"), m_proxyUser);
    m_form->addRow(tr("Proxy pass&word:"), m_proxyPassword);
    m_form->addRow(tr("&For endpoint:"), m_endpoint);
    m_form->addRow(tr("Base U&RL:"), m_baseUrl);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_name, m_proxy, m_proxyUser, m_baseUrl})
        connect(edit, &QLineEdit::textChanged, this, &RegionEditor::update);
    connect(m_route, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            update();
    });
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, [this] {
        m_endpointId = m_endpoint->currentData().toString();
        update();
    });
    connect(m_proxyPassword, &SecretField::unsavedChanged, this, &RegionEditor::update);
    connect(m_proxyPassword, &SecretField::saved, this, &RegionEditor::secretSaved);
    fillEndpoints();
    update();
}

RegionEditor::Route RegionEditor::route() const
{
    return Route(m_route->checkedId());
}

void RegionEditor::idChanged()
{
    m_proxyPassword->setEntry(region().proxyKeychainEntry());
}

EntryEditor *RegionEditor::duplicate(const QString &id, const QString &name) const
{
    Region copy = region();
    copy.id = id;
    copy.name = name;
    auto *editor = new RegionEditor(copy, m_secrets);
    editor->setEndpoints(m_endpoints);
    return editor;
}

QString RegionEditor::name() const
{
    return m_name->text().trimmed();
}

void RegionEditor::setEndpoints(const QList<Endpoint> &endpoints)
{
    // Called on every keystroke in the Endpoints tab: rebuild the combo only when it would differ.
    const auto shown = [](const QList<Endpoint> &list) {
        QStringList ids;
        for (const Endpoint &e : list)
            ids << e.id << e.name;
        return ids;
    };
    if (shown(endpoints) == shown(m_endpoints) && m_endpoint->findData(m_endpointId) >= 0)
        return;
    m_endpoints = endpoints;
    fillEndpoints();
    update();
}

void RegionEditor::renameEndpoint(const QString &from, const QString &to)
{
    if (m_endpointId == from && !from.isEmpty())
        m_endpointId = to;
}

void RegionEditor::fillEndpoints()
{
    const QSignalBlocker blocker(m_endpoint);
    m_endpoint->clear();
    m_endpoint->addItem(tr("Any endpoint"), QString());
    for (const Endpoint &e : std::as_const(m_endpoints))
        m_endpoint->addItem(e.name.isEmpty() ? e.id : e.name, e.id);
    if (m_endpoint->findData(m_endpointId) < 0)
        m_endpoint->addItem(tr("%1 (no longer saved)").arg(m_endpointId), m_endpointId);
    m_endpoint->setCurrentIndex(m_endpoint->findData(m_endpointId));
}

Region RegionEditor::region() const
{
    Region r;
    r.id = id();
    r.name = name();
    if (route() == Proxy) {
        r.proxy = m_proxy->text().trimmed();
        r.proxyUser = m_proxyUser->text().trimmed();
    } else if (route() == BaseUrl) {
        r.baseUrl = m_baseUrl->text().trimmed();
        r.endpoint = m_endpointId;
    }
    return r;
}

QStringList RegionEditor::problems() const
{
    QStringList problems;
    if (name().isEmpty())
        problems << tr("Give the region a name.");
    const QString proxy = m_proxy->text().trimmed();
    if (route() == Proxy) {
        if (proxy.isEmpty())
            problems << tr("Enter the proxy as http://host:port or socks5://host:port.");
        else if (!Region::proxyFromUrl(proxy))
            problems << tr("“%1” is not a proxy URL: write http://host:port or socks5://host:port.").arg(proxy);
        else if (!QUrl(proxy).userInfo().isEmpty())
            problems << tr("Leave the user and password out of the proxy URL: they have fields of their own.");
        if (m_proxyPassword->hasUnsavedText())
            problems << tr("Press “Save in keychain” to keep the password you typed, or clear the field.");
    }
    if (route() == BaseUrl) {
        if (!isHttpUrl(m_baseUrl->text()))
            problems << tr("The region-specific base URL must be an http:// or https:// address.");
        if (!m_endpointId.isEmpty()
            && std::none_of(m_endpoints.cbegin(), m_endpoints.cend(),
                            [this](const Endpoint &e) { return e.id == m_endpointId; }))
            problems << tr("The endpoint “%1” is no longer saved: pick another.").arg(m_endpointId);
    }
    return problems;
}

QWidgetList RegionEditor::tabChain() const
{
    QWidgetList chain{m_name, m_direct, m_viaProxy, m_viaBaseUrl, m_proxy, m_proxyUser};
    chain << m_proxyPassword->tabChain() << m_endpoint << m_baseUrl;
    return chain;
}

void RegionEditor::update()
{
    const QWidgetList proxyRows{m_proxy, m_proxyUser, m_proxyPassword};
    for (QWidget *field : proxyRows)
        m_form->setRowVisible(field, route() == Proxy);
    m_form->setRowVisible(m_endpoint, route() == BaseUrl);
    m_form->setRowVisible(m_baseUrl, route() == BaseUrl);
    const QStringList problems = this->problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    Q_EMIT changed();
}
