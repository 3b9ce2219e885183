#include "runsettingspanel.h"

#include "catalog/catalog.h"
#include "catalog/catalognames.h"
#include "core/format.h"
#include "datasetpicker.h"
#include "loadsettings.h"
#include "plan/runplan.h"
#include "workload/dataset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>

#include <algorithm>

RunSettingsPanel::RunSettingsPanel(const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_endpoint(new QComboBox(this))
    , m_editEndpoints(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_regionLayout(new QHBoxLayout)
    , m_editRegions(new QToolButton(this))
    , m_timeScale(new QDoubleSpinBox(this))
    , m_autoTimeScale(new QCheckBox(this))
    , m_workload(new QComboBox(this))
    , m_inputTokens(new QSpinBox(this))
    , m_warmCache(new QCheckBox(tr("Warm cache"), this))
    , m_fixedOutput(new QCheckBox(tr("Fixed length"), this))
    , m_toolCall(new QCheckBox(tr("Tool call"), this))
    , m_prompt(new QLineEdit(this))
    , m_dataset(new DatasetPicker(this))
    , m_saveWorkload(new QToolButton(this))
    , m_deleteWorkload(nullptr)
    , m_maxTokens(new QSpinBox(this))
    , m_iterations(new QSpinBox(this))
    , m_warmup(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_load(new LoadSettings(this))
{
    configureFields();
    buildForm(buildRegionRow(catalog));
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &RunSettingsPanel::updateEnabled);
    connect(m_editEndpoints, &QToolButton::clicked, this, [this] { Q_EMIT editEndpointsRequested(false); });
    connect(m_editRegions, &QToolButton::clicked, this, [this] { Q_EMIT editEndpointsRequested(true); });
    connect(m_prompt, &QLineEdit::textChanged, this, &RunSettingsPanel::changed);
    for (QSpinBox *s : {m_maxTokens, m_inputTokens, m_iterations, m_warmup, m_concurrency, m_timeout})
        connect(s, &QSpinBox::valueChanged, this, &RunSettingsPanel::changed);
    connect(m_workload, &QComboBox::activated, this, &RunSettingsPanel::applyProfile);
    connect(m_workload, &QComboBox::currentIndexChanged, this,
            [this] { m_deleteWorkload->setEnabled(m_workload->currentData().toString().startsWith(u"saved:")); });
    connect(m_saveWorkload, &QToolButton::clicked, this, &RunSettingsPanel::saveWorkload);
    connect(m_deleteWorkload, &QAction::triggered, this, &RunSettingsPanel::deleteWorkload);
    for (QCheckBox *box : {m_warmCache, m_fixedOutput})
        connect(box, &QCheckBox::toggled, this, &RunSettingsPanel::noteCustomEdit);
    connect(m_prompt, &QLineEdit::textEdited, this, &RunSettingsPanel::noteCustomEdit);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &RunSettingsPanel::noteCustomEdit);
    connect(m_inputTokens, &QSpinBox::valueChanged, this, &RunSettingsPanel::noteCustomEdit);
    for (QCheckBox *box : {m_warmCache, m_fixedOutput, m_toolCall})
        connect(box, &QCheckBox::toggled, this, &RunSettingsPanel::changed);
    connect(m_toolCall, &QCheckBox::toggled, this, &RunSettingsPanel::noteCustomEdit);
    connect(m_dataset, &DatasetPicker::promptRead, this,
            [this](const QString &text, const QString &name, const QString &sha256) {
                m_dataset->setPath({}); // the file's prompt is what each request sends
                {
                    const QSignalBlocker block(m_prompt);
                    m_prompt->setText(text);
                }
                m_promptFile = name;
                m_promptSha256 = sha256;
                m_workload->setCurrentIndex(m_workload->findData(QStringLiteral("custom")));
                Q_EMIT changed();
            });
    connect(m_dataset, &DatasetPicker::promptFailed, this,
            [this](const QString &error) { QMessageBox::warning(this, tr("Prompt file"), error); });
    connect(m_prompt, &QLineEdit::textEdited, this, [this] { m_promptFile.clear(); }); // typed over: no file's
    // A dataset chosen or dropped by the user changes what the workload asks: a custom one.
    connect(m_dataset, &DatasetPicker::chosen, this,
            [this] { m_workload->setCurrentIndex(m_workload->findData(QStringLiteral("custom"))); });
    connect(m_dataset, &DatasetPicker::changed, this, [this] {
        m_prompt->setEnabled(m_dataset->path().isEmpty()); // a conversation replaces the prompt
        updateInputField();
        Q_EMIT changed();
    });
    connect(m_timeScale, &QDoubleSpinBox::valueChanged, this, &RunSettingsPanel::changed);
    connect(m_load, &LoadSettings::changed, this, [this] {
        // Iterations count a plain run's requests; a sweep of concurrency sets its own in-flight counts.
        m_iterations->setEnabled(m_load->isPlain() || !m_load->load().timed());
        m_warmup->setEnabled(m_load->isPlain());
        m_concurrency->setEnabled(m_load->load().sweep != Load::Sweep::Concurrency && !m_load->load().openLoop());
        Q_EMIT changed();
    });
    setSettings(RunSettings{});
}

void RunSettingsPanel::setSavedEndpoints(const QList<Endpoint> &endpoints, const QList<Region> &regions)
{
    const RunSettings current = settings();
    m_savedEndpoints = endpoints;
    m_savedRegions = regions;
    const QSignalBlocker block(m_endpoint);
    while (m_endpoint->count() > 1)
        m_endpoint->removeItem(1);
    for (const Endpoint &e : endpoints)
        m_endpoint->addItem(CatalogNames::display(e.name), e.id);
    rebuildRegionBoxes(current.regions);
    const int index = m_endpoint->findData(current.endpoint);
    m_endpoint->setCurrentIndex(current.simulated || index < 0 ? 0 : index);
    updateEnabled();
}

void RunSettingsPanel::rebuildRegionBoxes(const QStringList &checked)
{
    qDeleteAll(m_regionBoxes);
    m_regionBoxes.clear();
    for (const Region &r : std::as_const(m_savedRegions)) {
        auto *box = new QCheckBox(CatalogNames::display(r.name), this);
        box->setChecked(checked.contains(r.id));
        box->setToolTip(!r.proxy.isEmpty()         ? tr("Through the proxy %1").arg(r.proxy)
                            : !r.baseUrl.isEmpty() ? tr("To %1").arg(r.baseUrl)
                                                   : tr("Directly from this machine"));
        m_regionLayout->addWidget(box);
        m_regionBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, &RunSettingsPanel::changed);
    }
}

void RunSettingsPanel::updateEnabled()
{
    const bool simulated = m_endpoint->currentIndex() == 0;
    m_key->setEnabled(!simulated);
    m_autoTimeScale->setEnabled(simulated);
    m_timeScale->setEnabled(simulated && !m_autoTimeScale->isChecked());
    if (m_autoTimeScale->isChecked())
        m_timeScale->setValue(m_honestSpeedup.value_or(1));
    for (QCheckBox *box : std::as_const(m_simRegionBoxes))
        box->setVisible(simulated);
    for (QCheckBox *box : std::as_const(m_regionBoxes))
        box->setVisible(!simulated);
    m_editRegions->setVisible(!simulated);
    updateSummary();
    Q_EMIT changed();
}

void RunSettingsPanel::updateSummary()
{
    const QString id = m_endpoint->currentData().toString();
    const auto it = std::find_if(m_savedEndpoints.cbegin(), m_savedEndpoints.cend(),
                                 [&](const Endpoint &e) { return e.id == id; });
    if (m_endpoint->currentIndex() == 0 || it == m_savedEndpoints.cend()) {
        m_summary->setText(tr("The study's models, simulated here"));
        m_summary->setToolTip(tr("Plays the study's 15 models on this machine; every figure is simulated."));
        return;
    }
    const QString protocol = it->protocol == u"anthropic" ? tr("Anthropic Messages") : tr("OpenAI-compatible");
    QString key = tr("no key");
    if (it->keyInKeychain())
        key = tr("key in the keychain");
    else if (!it->keyEnv().isEmpty())
        key = qEnvironmentVariableIsEmpty(it->keyEnv().toLocal8Bit().constData())
            ? tr("$%1 is not set").arg(it->keyEnv())
            : QStringLiteral("$") + it->keyEnv();
    m_summary->setText(QStringLiteral("%1 · %2").arg(QUrl::fromUserInput(it->baseUrl).host(), key));
    m_summary->setToolTip(QStringLiteral("%1\n%2\n%3").arg(it->baseUrl, protocol, key));
}

RunSettings RunSettingsPanel::settings() const
{
    RunSettings s;
    s.simulated = m_endpoint->currentIndex() == 0;
    s.endpoint = m_endpoint->currentData().toString();
    s.simulatedRegions.clear();
    for (const QString &id : m_simRegionOrder) {
        if (m_simRegionBoxes.value(id)->isChecked())
            s.simulatedRegions.append(id);
    }
    s.regions.clear();
    for (qsizetype i = 0; i < m_regionBoxes.size(); ++i) {
        if (m_regionBoxes.at(i)->isChecked())
            s.regions.append(m_savedRegions.at(i).id);
    }
    s.autoTimeScale = m_autoTimeScale->isChecked();
    s.timeScale = s.autoTimeScale ? m_honestSpeedup.value_or(1) : m_timeScale->value();
    s.prompt = m_prompt->text();
    s.maxTokens = m_maxTokens->value();
    s.iterations = m_iterations->value();
    s.warmup = m_warmup->value();
    s.concurrency = m_concurrency->value();
    s.timeouts.totalS = m_timeout->value();
    s.keepText = true; // the stream preview shows it
    s.load = m_load->load();
    readWorkload(&s);
    return s;
}

void RunSettingsPanel::setSettings(const RunSettings &s)
{
    const int index = m_endpoint->findData(s.endpoint);
    m_endpoint->setCurrentIndex(s.simulated || index < 0 ? 0 : index);
    for (auto it = m_simRegionBoxes.cbegin(); it != m_simRegionBoxes.cend(); ++it)
        it.value()->setChecked(s.simulatedRegions.contains(it.key()));
    for (qsizetype i = 0; i < m_regionBoxes.size(); ++i)
        m_regionBoxes.at(i)->setChecked(s.regions.contains(m_savedRegions.at(i).id));
    m_timeScale->setValue(s.timeScale);
    m_autoTimeScale->setChecked(s.autoTimeScale);
    showWorkload(s);
    selectWorkload(s.workload);
    m_iterations->setValue(s.iterations);
    m_warmup->setValue(s.warmup);
    m_concurrency->setValue(s.concurrency);
    m_timeout->setValue(int(s.timeouts.totalS));
    m_load->setLoad(s.load);
    updateEnabled();
}

QString RunSettingsPanel::problem() const
{
    return m_load->problem();
}

void RunSettingsPanel::setHonestSpeedup(std::optional<double> scale, const QString &note)
{
    m_honestSpeedup = scale;
    m_autoTimeScale->setText(scale ? tr("Auto (%1× measured)").arg(*scale)
                                   : (note.isEmpty() ? tr("Auto (measuring…)") : tr("Auto (1×: %1)").arg(note)));
    m_autoTimeScale->setToolTip(
        tr("The highest speed-up at which what it adds to the measurement lag moves no TTFT by more than 2%, "
           "measured on this machine; until measured, real time.")
        + (note.isEmpty() ? QString() : QStringLiteral("\n") + note));
    updateEnabled();
}

QString RunSettingsPanel::sessionKey() const
{
    return m_key->text();
}

void RunSettingsPanel::configureFields()
{
    m_endpoint->addItem(tr("Simulated provider (built in)"));
    m_endpoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_editEndpoints->setText(tr("Endpoints…"));
    m_editEndpoints->setToolTip(tr("Add and edit endpoints: base URL, protocol, key, extra headers, CA file"));
    // One short line; the whole of it in the tooltip (the side panel is narrow).
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setObjectName(QStringLiteral("endpointSummary"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setObjectName(QStringLiteral("sessionKey"));
    m_key->setPlaceholderText(tr("type a key for this session only (not saved)"));
    m_editRegions->setText(tr("Regions…"));
    m_editRegions->setToolTip(tr("Add and edit regions: direct, through a proxy, or a region-specific base URL"));
    m_timeScale->setRange(1, 100);
    m_timeScale->setDecimals(1);
    m_timeScale->setSuffix(QStringLiteral("×"));
    m_timeScale->setToolTip(tr("Runs the simulated provider faster; figures are shown in simulated time, and say "
                               "so when the speed-up distorts them"));
    m_autoTimeScale->setText(tr("Auto"));
    connect(m_autoTimeScale, &QCheckBox::toggled, this, &RunSettingsPanel::updateEnabled);
    m_maxTokens->setRange(1, 32768);
    fillWorkloads();
    m_saveWorkload->setObjectName(QStringLiteral("saveWorkload"));
    m_saveWorkload->setText(tr("Save…"));
    m_saveWorkload->setToolTip(tr("Save what the fields ask (prompt or dataset, lengths, cache and tool options) as a "
                                  "workload of your own, offered in this list and to tokenmeter-cli --workload"));
    m_saveWorkload->setPopupMode(QToolButton::MenuButtonPopup);
    auto *saveMenu = new QMenu(m_saveWorkload);
    m_deleteWorkload = saveMenu->addAction(tr("Delete this saved workload"));
    m_deleteWorkload->setEnabled(false);
    m_saveWorkload->setMenu(saveMenu);
    m_workload->setObjectName(QStringLiteral("workload"));
    // Its longest name sets no minimum (German's would widen the window past
    // 1280): narrower, the name is cut, and the drop-down list shows it whole.
    m_workload->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workload->setMinimumContentsLength(10);
    m_warmCache->setObjectName(QStringLiteral("warmCache"));
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_workload->setToolTip(tr("What each request asks: the study's prompt, or synthetic prompts of a chat turn, a "
                              "RAG prompt or a long context (their input length beside), or an agent's tool call"));
    m_inputTokens->setRange(0, Workload::kMaxInputTokens);
    m_inputTokens->setSingleStep(100);
    m_inputTokens->setSuffix(tr(" tokens in"));
    m_inputTokens->setToolTip(tr("Input length of synthetic prompts, cut from public-domain prose and ending with "
                                 "the prompt; \"as typed\" sends the prompt alone. The server's count is recorded."));
    m_warmCache->setToolTip(tr("Every request repeats one prefix, so a provider's prompt cache can serve it. Off: "
                               "each request starts with its own marker, and no cache is hit."));
    m_fixedOutput->setToolTip(tr("Ask for exactly Max tokens with min_tokens and ignore_eos (vLLM and llama.cpp "
                                 "servers; other servers may refuse the request)."));
    m_toolCall->setObjectName(QStringLiteral("toolCall"));
    m_toolCall->setToolTip(tr("Offer a tool (get_weather) and require a call to it, as an agent would: the answer "
                              "is the call, its arguments stream as tokens, and the time to its first token is "
                              "reported beside TTFT (a reasoning model thinks first)."));
    m_iterations->setRange(1, 100000);
    m_warmup->setRange(0, 20);
    m_concurrency->setRange(1, RunPlan::kMaxConcurrency);
    m_concurrency->setToolTip(
        tr("Requests in flight per model and region: 1 measures as the study did, more is a load test"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
}

// The simulated provider's regions, then the saved ones (rebuilt as they change).
QHBoxLayout *RunSettingsPanel::buildRegionRow(const Catalog *catalog)
{
    auto *regions = new QHBoxLayout;
    regions->setContentsMargins(0, 0, 0, 0);
    for (const Region &r : catalog->regions()) {
        auto *box = new QCheckBox(CatalogNames::display(r.name), this);
        m_simRegionBoxes.insert(r.id, box);
        m_simRegionOrder.append(r.id);
        regions->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RunSettingsPanel::changed);
    }
    m_regionLayout->setContentsMargins(0, 0, 0, 0);
    regions->addLayout(m_regionLayout);
    regions->addWidget(m_editRegions);
    regions->addStretch(1);
    return regions;
}

void RunSettingsPanel::buildForm(QHBoxLayout *regions)
{
    auto *endpoint = new QHBoxLayout;
    endpoint->addWidget(m_endpoint, 1);
    endpoint->addWidget(m_editEndpoints);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Endpoint:"), endpoint);
    form->addRow(QString(), m_summary);
    form->addRow(tr("API key:"), m_key);
    form->addRow(tr("Regions:"), regions);
    auto *speed = new QHBoxLayout;
    speed->addWidget(m_timeScale);
    speed->addWidget(m_autoTimeScale, 1);
    form->addRow(tr("Speed-up:"), speed);
    auto *workload = new QHBoxLayout;
    workload->addWidget(m_workload, 1);
    workload->addWidget(m_inputTokens);
    workload->addWidget(m_saveWorkload);
    form->addRow(tr("Workload:"), workload);
    auto *prompt = new QHBoxLayout;
    prompt->addWidget(m_prompt, 1);
    prompt->addWidget(m_dataset);
    form->addRow(tr("Prompt:"), prompt);
    auto *asks = new QHBoxLayout;
    asks->addWidget(m_warmCache);
    asks->addWidget(m_fixedOutput);
    asks->addWidget(m_toolCall);
    asks->addStretch(1);
    form->addRow(QString(), asks);
    form->addRow(tr("Load:"), m_load);
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
}
