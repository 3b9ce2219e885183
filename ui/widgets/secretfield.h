#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class SecretStore;

// A password field whose text goes to the SecretStore only (keychain, or memory for the session).
class SecretField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)

public:
    explicit SecretField(SecretStore *secrets, QWidget *parent = nullptr);

    // The keychain entry the text is saved under (it follows the entry's id).
    void setEntry(const QString &entry) { m_entry = entry; }
    void setPlaceholderText(const QString &text);
    // Text was typed and neither saved nor kept for the session.
    bool hasUnsavedText() const;
    // The focusable parts, in the order Tab visits them.
    QWidgetList tabChain() const;

Q_SIGNALS:
    void unsavedChanged();
    // The text now lives in the keychain or in memory under `entry`.
    void saved(const QString &entry);

private:
    void save();
    void keepForSession();
    void showStatus(const QString &text, bool error);
    void updateAvailability();

    SecretStore *m_secrets;
    QString m_entry;
    QLineEdit *m_text;
    QPushButton *m_save;
    QPushButton *m_session;
    QLabel *m_status;
    bool m_saving = false;
    bool m_reasonShown = false; // the status says why there is no keychain
};
