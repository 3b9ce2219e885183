#include "secretfield.h"

#include "secrets/secretstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SecretField::SecretField(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_text(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save in keychain"), this))
    , m_session(new QPushButton(tr("Keep for this session only"), this))
    , m_status(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("secret"));
    m_save->setObjectName(QStringLiteral("saveSecret"));
    m_session->setObjectName(QStringLiteral("keepForSession"));
    m_status->setObjectName(QStringLiteral("secretStatus"));
    m_text->setEchoMode(QLineEdit::Password);
    m_text->setClearButtonEnabled(true);
    m_session->setToolTip(tr("Keeps it in memory until Tokenmeter quits; it is written nowhere."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_save);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_session, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(statusRow);

    connect(m_save, &QPushButton::clicked, this, &SecretField::save);
    connect(m_session, &QPushButton::clicked, this, &SecretField::keepForSession);
    connect(m_text, &QLineEdit::returnPressed, this, &SecretField::save);
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        m_save->setEnabled(!m_saving && hasUnsavedText());
        m_session->setEnabled(hasUnsavedText());
        Q_EMIT unsavedChanged();
    });
    connect(m_secrets, &SecretStore::availabilityChanged, this, &SecretField::updateAvailability);
    m_save->setEnabled(false);
    m_session->setEnabled(false);
    updateAvailability();
}

void SecretField::setPlaceholderText(const QString &text)
{
    m_text->setPlaceholderText(text);
}

bool SecretField::hasUnsavedText() const
{
    return !m_text->text().isEmpty();
}

QWidgetList SecretField::tabChain() const
{
    return {m_text, m_save, m_session};
}

void SecretField::save()
{
    const QString secret = m_text->text();
    if (secret.isEmpty() || m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    showStatus(tr("Saving in the keychain…"), false);
    const QString entry = m_entry;
    m_secrets->write(entry, secret, this, [this, entry, secret](const QString &error) {
        m_saving = false;
        m_save->setEnabled(hasUnsavedText());
        if (!error.isEmpty()) {
            showStatus(error, true);
            m_reasonShown = !m_secrets->keychainAvailable();
            updateAvailability();
            return;
        }
        if (m_text->text() == secret)
            m_text->clear();
        showStatus(tr("Saved in the keychain."), false);
        Q_EMIT saved(entry);
    });
}

void SecretField::keepForSession()
{
    if (!hasUnsavedText())
        return;
    m_secrets->setSessionSecret(m_entry, m_text->text());
    m_text->clear();
    showStatus(tr("Kept in memory until Tokenmeter quits; it is saved nowhere."), false);
    Q_EMIT saved(m_entry);
}

void SecretField::showStatus(const QString &text, bool error)
{
    m_reasonShown = false;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d64545") : QString());
    m_status->setVisible(!text.isEmpty());
}

void SecretField::updateAvailability()
{
    const bool available = m_secrets->keychainAvailable();
    m_session->setVisible(!available);
    // A failed save already shows the reason, with the keychain's own words.
    if (!available && m_status->isHidden()) {
        showStatus(m_secrets->unavailableReason(), false);
        m_reasonShown = true;
    } else if (available && m_reasonShown) {
        showStatus(QString(), false);
    }
}
