#include "runsettingspanel.h"

#include "catalog/catalog.h"
#include "endpointpresets.h"
#include "style/catalognames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

RunSettingsPanel::RunSettingsPanel(const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_endpoint(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_proxy(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_keyEnv(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_localRegion(new QLabel(tr("This machine"), this))
    , m_timeScale(new QDoubleSpinBox(this))
    , m_prompt(new QLineEdit(this))
    , m_maxTokens(new QSpinBox(this))
    , m_iterations(new QSpinBox(this))
    , m_warmup(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
{
    m_endpoint->addItem(tr("Simulated provider (built in)"));
    for (const EndpointPreset &preset : EndpointPresets::all())
        m_endpoint->addItem(preset.name);
    m_endpoint->addItem(tr("Custom endpoint"));
    m_protocol->addItem(tr("OpenAI-compatible (/chat/completions)"), QStringLiteral("openai"));
    m_protocol->addItem(tr("Anthropic Messages (/messages)"), QStringLiteral("anthropic"));
    m_proxy->setPlaceholderText(tr("direct, or http://host:port, socks5://host:port"));
    m_proxy->setToolTip(tr("Measure from where the proxy is; user:password@ is used for this session and never saved"));
    m_caFile->setPlaceholderText(tr("system certificates, or a CA's PEM file"));
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com/v1"));
    m_keyEnv->setToolTip(tr("Environment variable that holds the API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("or type a key for this session (not saved)"));
    m_timeScale->setRange(1, 100);
    m_timeScale->setDecimals(1);
    m_timeScale->setSuffix(QStringLiteral("×"));
    m_timeScale->setToolTip(tr("Runs the simulated provider faster; figures are shown in simulated time"));
    m_maxTokens->setRange(1, 32768);
    m_iterations->setRange(1, 1000);
    m_warmup->setRange(0, 20);
    m_concurrency->setRange(1, 64);
    m_concurrency->setToolTip(tr("Requests in flight per model and region: 1 measures as the study did, more is a load test"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));

    auto *regions = new QHBoxLayout;
    regions->setContentsMargins(0, 0, 0, 0);
    for (const RegionInfo &r : catalog->regions()) {
        auto *box = new QCheckBox(CatalogNames::display(r.name), this);
        m_regions.insert(r.id, box);
        m_regionOrder.append(r.id);
        regions->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RunSettingsPanel::changed);
    }
    regions->addWidget(m_localRegion);
    regions->addStretch(1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Endpoint:"), m_endpoint);
    form->addRow(tr("Base URL:"), m_url);
    form->addRow(tr("Protocol:"), m_protocol);
    auto *key = new QHBoxLayout;
    key->addWidget(m_keyEnv, 1);
    key->addWidget(m_key, 2);
    form->addRow(tr("API key:"), key);
    form->addRow(tr("Regions:"), regions);
    form->addRow(tr("Proxy:"), m_proxy);
    form->addRow(tr("CA file:"), m_caFile);
    form->addRow(tr("Speed-up:"), m_timeScale);
    form->addRow(tr("Prompt:"), m_prompt);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(new QLabel(tr("Iterations"), this));
    numbers->addWidget(m_iterations);
    numbers->addWidget(new QLabel(tr("Warm-up"), this));
    numbers->addWidget(m_warmup);
    form->addRow(QString(), numbers);
    auto *more = new QHBoxLayout;
    more->addWidget(new QLabel(tr("Max tokens"), this));
    more->addWidget(m_maxTokens);
    more->addWidget(new QLabel(tr("In flight"), this));
    more->addWidget(m_concurrency);
    form->addRow(QString(), more);
    form->addRow(tr("Timeout:"), m_timeout);

    connect(m_endpoint, &QComboBox::activated, this, &RunSettingsPanel::applyPreset);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &RunSettingsPanel::updateEnabled);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &RunSettingsPanel::changed);
    for (QLineEdit *e : {m_url, m_keyEnv, m_prompt, m_proxy, m_caFile})
        connect(e, &QLineEdit::textChanged, this, &RunSettingsPanel::changed);
    for (QSpinBox *s : {m_maxTokens, m_iterations, m_warmup, m_concurrency, m_timeout})
        connect(s, &QSpinBox::valueChanged, this, &RunSettingsPanel::changed);
    connect(m_timeScale, &QDoubleSpinBox::valueChanged, this, &RunSettingsPanel::changed);
    setSettings(RunSettings{});
}

void RunSettingsPanel::updateEnabled()
{
    const bool simulated = m_endpoint->currentIndex() == 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_keyEnv, m_key, m_protocol, m_proxy, m_caFile})
        w->setEnabled(!simulated);
    m_timeScale->setEnabled(simulated);
    for (QCheckBox *box : std::as_const(m_regions))
        box->setVisible(simulated);
    m_localRegion->setVisible(!simulated);
    Q_EMIT changed();
}

RunSettings RunSettingsPanel::settings() const
{
    RunSettings s;
    s.simulated = m_endpoint->currentIndex() == 0;
    s.baseUrl = m_url->text().trimmed();
    s.keyEnv = m_keyEnv->text().trimmed();
    s.protocol = m_protocol->currentData().toString();
    s.proxy = m_proxy->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.regions.clear();
    for (const QString &id : m_regionOrder) {
        if (m_regions.value(id)->isChecked())
            s.regions.append(id);
    }
    s.timeScale = m_timeScale->value();
    s.prompt = m_prompt->text();
    s.maxTokens = m_maxTokens->value();
    s.iterations = m_iterations->value();
    s.warmup = m_warmup->value();
    s.concurrency = m_concurrency->value();
    s.timeoutS = m_timeout->value();
    return s;
}

void RunSettingsPanel::setSettings(const RunSettings &s)
{
    int endpoint = m_endpoint->count() - 1; // custom
    const QList<EndpointPreset> presets = EndpointPresets::all();
    for (qsizetype i = 0; i < presets.size(); ++i) {
        if (presets.at(i).baseUrl == s.baseUrl)
            endpoint = int(i) + 1;
    }
    m_endpoint->setCurrentIndex(s.simulated ? 0 : endpoint);
    m_url->setText(s.baseUrl);
    m_keyEnv->setText(s.keyEnv);
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(s.protocol)));
    m_proxy->setText(s.proxy);
    m_caFile->setText(s.caFile);
    for (auto it = m_regions.cbegin(); it != m_regions.cend(); ++it)
        it.value()->setChecked(s.regions.contains(it.key()));
    m_timeScale->setValue(s.timeScale);
    m_prompt->setText(s.prompt);
    m_maxTokens->setValue(s.maxTokens);
    m_iterations->setValue(s.iterations);
    m_warmup->setValue(s.warmup);
    m_concurrency->setValue(s.concurrency);
    m_timeout->setValue(s.timeoutS);
    updateEnabled();
}

QString RunSettingsPanel::sessionKey() const
{
    return m_key->text();
}

void RunSettingsPanel::applyPreset(int index)
{
    const QList<EndpointPreset> presets = EndpointPresets::all();
    if (index < 1 || index > presets.size())
        return; // simulated, or custom: keep what is typed
    const EndpointPreset &p = presets.at(index - 1);
    m_url->setText(p.baseUrl);
    m_keyEnv->setText(p.keyEnv);
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(p.protocol)));
}
