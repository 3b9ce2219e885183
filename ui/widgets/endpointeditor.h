#pragma once

#include "endpoints/endpoint.h"
#include "endpoints/region.h"

#include "entryeditor.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class SecretField;
class SecretStore;

// The form of one saved endpoint; a typed key goes to the SecretStore, never into endpoint().
class EndpointEditor final : public EntryEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointEditor)

public:
    EndpointEditor(const Endpoint &endpoint, SecretStore *secrets, QWidget *parent = nullptr);

    Endpoint endpoint() const;
    QString name() const override;
    QStringList problems() const override;
    QWidgetList tabChain() const override;
    EntryEditor *duplicate(const QString &id, const QString &name) const override;

private:
    void configureFields(const Endpoint &endpoint);
    void buildLayout();
    void idChanged() override;
    QWidget *caFileRow();
    void browseCaFile();
    void update();

    SecretStore *m_secrets;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QComboBox *m_protocol;
    QComboBox *m_keySource;
    QLineEdit *m_keyEnv;
    QLabel *m_keyEnvState;
    SecretField *m_key;
    QPlainTextEdit *m_headers;
    QCheckBox *m_streamOptions;
    QLineEdit *m_caFile;
    QWidget *m_browse = nullptr;
    QLabel *m_problems;
};
