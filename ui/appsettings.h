#pragma once

#include "report/costprojection.h"
#include "runsettings.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QStringList>

struct ModelInfo;

// The dashboard's remembered state in QSettings: window layout, the last
// selection and run settings, custom models, cost strategies, language.
// A settings file that cannot be read is set aside (never overwritten) and
// the dashboard starts from defaults, saying so.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    AppSettings();
    // For tests and --settings: a given INI file.
    explicit AppSettings(const QString &iniPath);

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
    QList<ModelInfo> customModels() const;
    void setCustomModels(const QList<ModelInfo> &models);
    std::optional<QList<RoutingStrategy>> strategies() const;
    void setStrategies(const QList<RoutingStrategy> &strategies);
    double tokensPerMonth() const;
    void setTokensPerMonth(double tokens);
    // "" follows the system locale; else "en", "de", "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    void sync();

private:
    void checkStatus();

    mutable QSettings m_settings; // groups are entered while reading
    QString m_loadError;
};
