#include "endpointeditor.h"

#include "secretfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString kNoKey = QStringLiteral("none");
const QString kEnvKey = QStringLiteral("env");
const QString kKeychainKey = QStringLiteral("keychain");

} // namespace

EndpointEditor::EndpointEditor(const Endpoint &endpoint, SecretStore *secrets, QWidget *parent)
    : EntryEditor(endpoint.id, parent)
    , m_secrets(secrets)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(endpoint.name, this))
    , m_baseUrl(new QLineEdit(endpoint.baseUrl, this))
    , m_protocol(new QComboBox(this))
    , m_keySource(new QComboBox(this))
    , m_keyEnv(new QLineEdit(endpoint.keyEnv(), this))
    , m_keyEnvState(new QLabel(this))
    , m_key(new SecretField(secrets, this))
    , m_headers(new QPlainTextEdit(this))
    , m_streamOptions(new QCheckBox(tr("&Send stream_options.include_usage"), this))
    , m_caFile(new QLineEdit(endpoint.caFile, this))
    , m_problems(new QLabel(this))
{
    configureFields(endpoint);
    buildLayout();
    for (QLineEdit *edit : {m_name, m_baseUrl, m_keyEnv, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &EndpointEditor::update);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &EndpointEditor::update);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &EndpointEditor::update);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &EndpointEditor::update);
    connect(m_streamOptions, &QCheckBox::toggled, this, &EndpointEditor::changed);
    connect(m_key, &SecretField::unsavedChanged, this, &EndpointEditor::update);
    connect(m_key, &SecretField::saved, this, &EndpointEditor::secretSaved);
    update();
}

QWidget *EndpointEditor::caFileRow()
{
    auto *row = new QWidget(this);
    auto *browse = new QPushButton(tr("&Browse…"), row);
    m_browse = browse;
    connect(browse, &QPushButton::clicked, this, &EndpointEditor::browseCaFile);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caFile, 1);
    layout->addWidget(browse);
    return row;
}

void EndpointEditor::browseCaFile()
{
    // open(), not exec(): the dashboard keeps painting while the user looks.
    auto *dialog = new QFileDialog(this, tr("Choose a certificate authority"), QFileInfo(m_caFile->text()).path(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
    dialog->open();
}

void EndpointEditor::idChanged()
{
    m_key->setEntry(endpoint().keychainEntry());
}

EntryEditor *EndpointEditor::duplicate(const QString &id, const QString &name) const
{
    Endpoint copy = endpoint();
    copy.id = id;
    copy.name = name;
    return new EndpointEditor(copy, m_secrets);
}

QString EndpointEditor::name() const
{
    return m_name->text().trimmed();
}

Endpoint EndpointEditor::endpoint() const
{
    Endpoint e;
    e.id = id();
    e.name = name();
    e.baseUrl = m_baseUrl->text().trimmed();
    e.protocol = m_protocol->currentData().toString();
    const QString source = m_keySource->currentData().toString();
    if (source == kEnvKey)
        e.keyRef = QStringLiteral("env:") + m_keyEnv->text().trimmed();
    else if (source == kKeychainKey)
        e.keyRef = kKeychainKey;
    const QStringList lines = m_headers->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (const auto header = HttpHeader::fromLine(line))
            e.headers.append(*header);
    }
    e.streamOptions = m_streamOptions->isChecked();
    e.caFile = m_caFile->text().trimmed();
    return e;
}

QStringList EndpointEditor::problems() const
{
    QStringList problems;
    if (name().isEmpty())
        problems << tr("Give the endpoint a name.");
    if (!isHttpUrl(m_baseUrl->text()))
        problems << tr("The base URL must be an http:// or https:// address, e.g. https://api.example.com/v1.");
    const QString source = m_keySource->currentData().toString();
    static const QRegularExpression kEnvName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QString env = m_keyEnv->text().trimmed();
    if (source == kEnvKey && env.isEmpty())
        problems << tr("Enter the environment variable that holds the key.");
    else if (source == kEnvKey && !kEnvName.match(env).hasMatch())
        problems << tr("“%1” is not an environment variable name (letters, digits and _).").arg(env);
    if (source == kKeychainKey && m_key->hasUnsavedText())
        problems << tr("Press “Save in keychain” to keep the key you typed, or clear the field.");
    const QStringList lines = m_headers->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty() && !HttpHeader::fromLine(lines.at(i)))
            problems
                << tr("Line %1 of the extra headers is not “Name: value”: %2").arg(i + 1).arg(lines.at(i).trimmed());
    }
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isFile())
        problems << tr("There is no CA file at %1.").arg(ca);
    return problems;
}

QWidgetList EndpointEditor::tabChain() const
{
    QWidgetList chain{m_name, m_baseUrl, m_protocol, m_keySource, m_keyEnv};
    chain << m_key->tabChain() << m_headers << m_streamOptions << m_caFile << m_browse;
    return chain;
}

void EndpointEditor::update()
{
    const QString source = m_keySource->currentData().toString();
    m_form->setRowVisible(m_keyEnv->parentWidget(), source == kEnvKey);
    m_form->setRowVisible(m_key, source == kKeychainKey);
    const QString env = m_keyEnv->text().trimmed();
    m_keyEnvState->setText(env.isEmpty() ? QString()
                               : qEnvironmentVariableIsSet(env.toLocal8Bit().constData())
                               ? tr("set in this environment")
                               : tr("not set in this environment"));
    // Only OpenAI's dialect has stream_options.
    m_streamOptions->setEnabled(m_protocol->currentData().toString() == u"openai");
    const QStringList problems = this->problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    Q_EMIT changed();
}

void EndpointEditor::configureFields(const Endpoint &endpoint)
{
    m_name->setObjectName(QStringLiteral("name"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_keySource->setObjectName(QStringLiteral("keySource"));
    m_keyEnv->setObjectName(QStringLiteral("keyEnv"));
    m_headers->setObjectName(QStringLiteral("headers"));
    m_streamOptions->setObjectName(QStringLiteral("streamOptions"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_problems->setObjectName(QStringLiteral("problems"));

    m_baseUrl->setPlaceholderText(tr("up to and including the version, e.g. https://api.example.com/v1"));
    m_protocol->addItem(tr("OpenAI-compatible (/chat/completions)"), QStringLiteral("openai"));
    m_protocol->addItem(tr("Anthropic Messages (/messages)"), QStringLiteral("anthropic"));
    m_protocol->setCurrentIndex(qMax(0, m_protocol->findData(endpoint.protocol)));
    m_keySource->addItem(tr("None"), kNoKey);
    m_keySource->addItem(tr("Environment variable"), kEnvKey);
    m_keySource->addItem(tr("OS keychain"), kKeychainKey);
    m_keySource->setCurrentIndex(endpoint.keyInKeychain() ? 2 : endpoint.keyRef.startsWith(u"env:") ? 1 : 0);
    m_keyEnv->setPlaceholderText(tr("e.g. OPENAI_API_KEY"));
    m_keyEnvState->setForegroundRole(QPalette::PlaceholderText);
    m_key->setEntry(endpoint.keychainEntry());
    m_key->setPlaceholderText(endpoint.keyInKeychain() ? tr("type a new key to replace the saved one")
                                                       : tr("paste the key"));
    QStringList headerLines;
    for (const HttpHeader &h : endpoint.headers)
        headerLines << h.toLine();
    m_headers->setPlainText(headerLines.join(u'\n'));
    m_headers->setPlaceholderText(tr("One “Name: value” per line, e.g.\nHTTP-Referer: https://example.com"));
    m_headers->setTabChangesFocus(true);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 14);
    m_headers->setToolTip(tr("Sent with every request. Reports record the names only, never the values."));
    m_streamOptions->setChecked(endpoint.streamOptions);
    m_streamOptions->setToolTip(tr("Asks the server to report token usage at the end of the stream. "
                                   "Some servers refuse requests that carry it: untick it for those."));
    m_caFile->setPlaceholderText(tr("PEM file of a private certificate authority (optional)"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d64545"));
}

void EndpointEditor::buildLayout()
{
    auto *envRow = new QWidget(this);
    auto *envLayout = new QHBoxLayout(envRow);
    envLayout->setContentsMargins(0, 0, 0, 0);
    envLayout->addWidget(m_keyEnv, 1);
    envLayout->addWidget(m_keyEnvState);

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Base &URL:"), m_baseUrl);
    m_form->addRow(tr("&Protocol:"), m_protocol);
    m_form->addRow(tr("API key &from:"), m_keySource);
    m_form->addRow(tr("&Variable:"), envRow);
    m_form->addRow(tr("&Key:"), m_key);
    m_form->addRow(tr("Extra &headers:"), m_headers);
    m_form->addRow(QString(), m_streamOptions);
    m_form->addRow(tr("&CA file:"), caFileRow());
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
}
