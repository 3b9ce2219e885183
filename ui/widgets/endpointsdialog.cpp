#include "endpointsdialog.h"

#include "endpointeditor.h"
#include "endpoints/endpointpresets.h"
#include "endpoints/savedendpoints.h"
#include "entrylistpage.h"
#include "regioneditor.h"
#include "secrets/secretstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// The keychain entries that saved endpoints and regions read their secrets from.
QStringList secretEntries(const QList<Endpoint> &endpoints, const QList<Region> &regions)
{
    QStringList entries;
    for (const Endpoint &e : endpoints) {
        if (e.keyInKeychain())
            entries << e.keychainEntry();
    }
    for (const Region &r : regions) {
        if (!r.proxy.isEmpty())
            entries << r.proxyKeychainEntry();
    }
    return entries;
}

} // namespace

EndpointsDialog::EndpointsDialog(QList<Endpoint> endpoints, QList<Region> regions, SecretStore *secrets,
                                 QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_tabs(new QTabWidget(this))
    , m_endpoints(new EntryListPage(this))
    , m_regions(new EntryListPage(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_secretsInUseAtStart(secretEntries(endpoints, regions))
{
    setWindowTitle(tr("Endpoints and regions"));
    m_endpoints->setObjectName(QStringLiteral("endpointsPage"));
    m_regions->setObjectName(QStringLiteral("regionsPage"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #d64545"));

    auto *presets = new QMenu(m_endpoints->addButton());
    const QList<EndpointPreset> all = EndpointPresets::all();
    for (const EndpointPreset &preset : all)
        presets->addAction(preset.name, this, [this, preset] { addPreset(preset); });
    presets->addSeparator();
    presets->addAction(tr("Custom endpoint"), this, &EndpointsDialog::addCustomEndpoint);
    m_endpoints->addButton()->setMenu(presets);
    connect(m_regions, &EntryListPage::addRequested, this, &EndpointsDialog::addRegion);
    auto *addShortcut = new QShortcut(QKeySequence::New, this);
    connect(addShortcut, &QShortcut::activated, this,
            [this] { m_tabs->currentWidget() == m_endpoints ? addCustomEndpoint() : addRegion(); });

    for (const Endpoint &e : std::as_const(endpoints))
        m_endpoints->append(new EndpointEditor(e, secrets), false);
    for (const Region &r : std::as_const(regions)) {
        auto *editor = new RegionEditor(r, secrets);
        editor->setEndpoints(endpoints);
        m_regions->append(editor, false);
    }
    m_endpoints->select(endpoints.value(0).id);
    m_regions->select(regions.value(0).id);

    auto *regionsTab = new QWidget(this);
    auto *intro = new QLabel(tr("Where requests to real endpoints leave from: this machine, a proxy in another "
                                "region, or a region-specific base URL of the provider."),
                             regionsTab);
    intro->setWordWrap(true);
    auto *regionsLayout = new QVBoxLayout(regionsTab);
    // Lines the list up with the Endpoints tab's.
    const QMargins margins = m_regions->layout()->contentsMargins();
    regionsLayout->setContentsMargins(0, 0, 0, 0);
    regionsLayout->setSpacing(0);
    intro->setContentsMargins(margins.left(), margins.top(), margins.right(), 0);
    regionsLayout->addWidget(intro);
    regionsLayout->addWidget(m_regions, 1);
    m_tabs->addTab(m_endpoints, tr("&Endpoints"));
    m_tabs->addTab(regionsTab, tr("Re&gions"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_endpoints, &EntryListPage::changed, this, &EndpointsDialog::endpointsChanged);
    connect(m_endpoints, &EntryListPage::idChanged, this, [this](const QString &from, const QString &to) {
        for (EntryEditor *editor : m_regions->editors())
            static_cast<RegionEditor *>(editor)->renameEndpoint(from, to);
    });
    connect(m_regions, &EntryListPage::changed, this, &EndpointsDialog::updateState);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EndpointsDialog::updateState);
    resize(sizeHint().expandedTo(QSize(860, 560)));
    updateState();
}

QList<Endpoint> EndpointsDialog::endpoints() const
{
    QList<Endpoint> endpoints;
    for (const EntryEditor *editor : m_endpoints->editors())
        endpoints << static_cast<const EndpointEditor *>(editor)->endpoint();
    return endpoints;
}

QList<Region> EndpointsDialog::regions() const
{
    QList<Region> regions;
    for (const EntryEditor *editor : m_regions->editors())
        regions << static_cast<const RegionEditor *>(editor)->region();
    return regions;
}

void EndpointsDialog::showRegionsTab()
{
    m_tabs->setCurrentIndex(1);
}

void EndpointsDialog::selectEndpoint(const QString &id)
{
    m_tabs->setCurrentWidget(m_endpoints);
    m_endpoints->select(id);
}

void EndpointsDialog::addPreset(const EndpointPreset &preset)
{
    Endpoint e;
    e.id = SavedEndpoints::uniqueId(preset.name, m_endpoints->ids());
    e.name = preset.name;
    e.baseUrl = preset.baseUrl;
    e.protocol = preset.protocol;
    e.keyRef = preset.keyEnv.isEmpty() ? QString() : QStringLiteral("env:") + preset.keyEnv;
    m_endpoints->append(new EndpointEditor(e, m_secrets), true);
    m_endpoints->current()->tabChain().constFirst()->setFocus();
}

void EndpointsDialog::addCustomEndpoint()
{
    m_tabs->setCurrentWidget(m_endpoints);
    Endpoint e;
    e.name = tr("Custom endpoint");
    e.id = SavedEndpoints::uniqueId(e.name, m_endpoints->ids());
    m_endpoints->append(new EndpointEditor(e, m_secrets), true);
    m_endpoints->current()->tabChain().constFirst()->setFocus();
}

void EndpointsDialog::addRegion()
{
    m_tabs->setCurrentIndex(1);
    Region r;
    r.name = tr("New region");
    r.id = SavedEndpoints::uniqueId(r.name, m_regions->ids());
    auto *editor = new RegionEditor(r, m_secrets);
    editor->setEndpoints(endpoints());
    m_regions->append(editor, true);
    editor->tabChain().constFirst()->setFocus();
}

void EndpointsDialog::endpointsChanged()
{
    const QList<Endpoint> list = endpoints();
    for (EntryEditor *editor : m_regions->editors())
        static_cast<RegionEditor *>(editor)->setEndpoints(list);
    updateState();
}

void EndpointsDialog::updateState()
{
    const QString endpointProblem = m_endpoints->firstProblem();
    const QString regionProblem = m_regions->firstProblem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(endpointProblem.isEmpty() && regionProblem.isEmpty());
    // The form in view shows its own problems; name the one out of view that holds OK back.
    const EntryListPage *shown = m_tabs->currentWidget() == m_endpoints ? m_endpoints : m_regions;
    QString summary;
    if (!shown->current() || shown->current()->problems().isEmpty()) {
        if (!endpointProblem.isEmpty())
            summary = tr("Endpoints tab, %1").arg(endpointProblem);
        else if (!regionProblem.isEmpty())
            summary = tr("Regions tab, %1").arg(regionProblem);
    }
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

QStringList EndpointsDialog::secretsInUse() const
{
    return secretEntries(endpoints(), regions());
}

void EndpointsDialog::done(int result)
{
    QStringList stale = m_endpoints->savedEntries() + m_regions->savedEntries();
    if (result == Accepted)
        stale += m_secretsInUseAtStart;
    const QStringList keep = result == Accepted ? secretsInUse() : m_secretsInUseAtStart;
    stale.removeDuplicates();
    for (const QString &entry : std::as_const(stale)) {
        if (keep.contains(entry))
            continue;
        // The store outlives the dialog, so it hears the answer.
        m_secrets->remove(entry, m_secrets, [entry](const QString &error) {
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
        });
    }
    QDialog::done(result);
}
