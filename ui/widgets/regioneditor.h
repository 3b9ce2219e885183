#pragma once

#include "endpoints/endpoint.h"
#include "endpoints/region.h"

#include "entryeditor.h"

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class SecretField;
class SecretStore;

// The form of one vantage point: requests leave directly, through a proxy or to a regional base URL.
class RegionEditor final : public EntryEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionEditor)

public:
    RegionEditor(const Region &region, SecretStore *secrets, QWidget *parent = nullptr);

    Region region() const;
    QString name() const override;
    QStringList problems() const override;
    QWidgetList tabChain() const override;
    EntryEditor *duplicate(const QString &id, const QString &name) const override;
    // The endpoints a region-specific base URL can be for.
    void setEndpoints(const QList<Endpoint> &endpoints);
    void renameEndpoint(const QString &from, const QString &to);

private:
    void idChanged() override;
    enum Route { Direct, Proxy, BaseUrl };
    Route route() const;
    void fillEndpoints();
    void update();

    SecretStore *m_secrets;
    QString m_endpointId; // the region-specific base URL's endpoint; empty: any
    QList<Endpoint> m_endpoints;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QButtonGroup *m_route;
    QRadioButton *m_direct;
    QRadioButton *m_viaProxy;
    QRadioButton *m_viaBaseUrl;
    QLineEdit *m_proxy;
    QLineEdit *m_proxyUser;
    SecretField *m_proxyPassword;
    QComboBox *m_endpoint;
    QLineEdit *m_baseUrl;
    QLabel *m_problems;
};
