#pragma once

#include "endpoints/endpoint.h"
#include "endpoints/region.h"
#include "plan/runsettings.h"
#include "report/costprojection.h"
#include "run/lanesummary.h"
#include "savedworkload.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QStringList>

// The dashboard's remembered state in QSettings: window layout, the last
// selection and run settings, custom models, cost strategies, language.
// A settings file that cannot be read is set aside (never overwritten) and
// the dashboard starts from defaults, saying so.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The user's settings (defaultPath()).
    AppSettings();
    // ReadOnly: another program's view (tokenmeter-cli), which never writes
    // the file, not even to set a broken one aside.
    enum class Access { ReadWrite, ReadOnly };
    // For tests and --settings: a given INI file.
    explicit AppSettings(const QString &iniPath, Access access = Access::ReadWrite);

    // $TOKENMETER_SETTINGS, else Tokenmeter/Tokenmeter.conf in the user's
    // configuration folder: one file for the dashboard and tokenmeter-cli.
    static QString defaultPath();

    // Empty, or what went wrong reading the file and where the old one went.
    QString loadError() const { return m_loadError; }

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState(const QString &name) const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
    void setSplitterState(const QString &name, const QByteArray &state);

    // Empty when never saved (first launch): the caller picks defaults.
    std::optional<QStringList> checkedModels() const;
    void setCheckedModels(const QStringList &ids);
    RunSettings runSettings() const;
    void setRunSettings(const RunSettings &s);
    // What the user changed in the catalog, as a tokenmeter.catalog/1 document
    // (Catalog::overridesJson); empty when nothing was saved. Custom models an
    // older version kept in catalog/custom come back converted.
    QByteArray userCatalog() const;
    void setUserCatalog(const QByteArray &json);
    // Keeps a saved catalog that could not be read in a file beside the
    // settings before it is replaced; its path, or empty if it could not be written.
    QString keepUserCatalogAside() const;
    // Saved endpoints and regions (vantage points); the presets and this
    // machine when none were saved. An endpoint set up the way an older
    // version did (one base URL and proxy in the run settings) comes back as
    // a saved endpoint and region.
    QList<Endpoint> endpoints() const;
    void setEndpoints(const QList<Endpoint> &endpoints);
    QList<Region> regions() const;
    void setRegions(const QList<Region> &regions);
    std::optional<QList<RoutingStrategy>> strategies() const;
    void setStrategies(const QList<RoutingStrategy> &strategies);
    // Custom workloads saved under a name, in the order they were saved.
    QList<SavedWorkload> savedWorkloads() const;
    void setSavedWorkloads(const QList<SavedWorkload> &workloads);
    double tokensPerMonth() const;
    void setTokensPerMonth(double tokens);
    // The highest honest speed-up of the simulated provider, as measured on
    // this machine by this version (SpeedupCalibrator); empty: measure it.
    std::optional<double> honestSpeedup() const;
    QString honestSpeedupNote() const;
    void setHonestSpeedup(double scale, const QString &note);
    // The TTFT definition the dashboard shows (first token unless changed).
    TtftKind ttftKind() const;
    void setTtftKind(TtftKind kind);
    // The window's layout choices: the side panel shown, the chart given the
    // whole window (its object name; empty for none).
    bool sidePanelShown() const;
    void setSidePanelShown(bool shown);
    QString maximisedChart() const;
    void setMaximisedChart(const QString &name);
    // "" follows the system locale; else "en", "de", "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    void sync();

private:
    void checkStatus(Access access);

    mutable QSettings m_settings; // groups are entered while reading
    QString m_loadError;
};
