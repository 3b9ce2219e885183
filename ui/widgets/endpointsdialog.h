#pragma once

#include "endpoints/endpoint.h"
#include "endpoints/region.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class EntryListPage;
class QDialogButtonBox;
class QLabel;
class QTabWidget;
class SecretStore;
struct EndpointPreset;

// Edits the saved endpoints and regions; secrets go to the SecretStore only, the caller saves the lists.
class EndpointsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsDialog)

public:
    EndpointsDialog(QList<Endpoint> endpoints, QList<Region> regions, SecretStore *secrets, QWidget *parent = nullptr);

    QList<Endpoint> endpoints() const;
    QList<Region> regions() const;
    void showRegionsTab();
    void selectEndpoint(const QString &id);

    // Also drops the keychain entries no saved endpoint or region uses any more
    // (those of removed entries, or saved here and then cancelled).
    void done(int result) override;

private:
    void addPreset(const EndpointPreset &preset);
    void addCustomEndpoint();
    void addRegion();
    void endpointsChanged();
    void updateState();
    QStringList secretsInUse() const;

    SecretStore *m_secrets;
    QTabWidget *m_tabs;
    EntryListPage *m_endpoints;
    EntryListPage *m_regions;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QStringList m_secretsInUseAtStart;
};
