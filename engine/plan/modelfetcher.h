#pragma once

#include "planner.h"

#include <QObject>
#include <QStringList>

class SecretStore;

// Asks the chosen endpoint which models it serves (GET {base}/models), from
// the first chosen region and with its key, read from the keychain first:
// the dashboard's Fetch models and `tokenmeter-cli models`.
class ModelFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelFetcher)

public:
    ModelFetcher(Planner *planner, SecretStore *secrets, QObject *parent = nullptr);

    void fetch(const RunSettings &settings, const PlanContext &context);

Q_SIGNALS:
    void asking(const QString &url);
    // The model ids, sorted, and whose they are ("Simulated" or the endpoint's name).
    void fetched(const QStringList &models, const QString &provider);
    void failed(const QString &error);

private:
    void list(const ListingTarget &listing);

    Planner *m_planner;
    SecretStore *m_secrets;
};
