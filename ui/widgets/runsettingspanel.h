#pragma once

#include "runsettings.h"

#include <QHash>
#include <QWidget>

class Catalog;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The endpoint, regions and run parameters of the next run.
class RunSettingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSettingsPanel)

public:
    explicit RunSettingsPanel(const Catalog *catalog, QWidget *parent = nullptr);

    RunSettings settings() const;
    void setSettings(const RunSettings &settings);
    // A key typed for this session only; never saved.
    QString sessionKey() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();
    void applyPreset(int index);

    QComboBox *m_endpoint; // simulated, the presets, custom
    QComboBox *m_protocol;
    QLineEdit *m_proxy;
    QLineEdit *m_caFile;
    QLineEdit *m_url;
    QLineEdit *m_keyEnv;
    QLineEdit *m_key;
    QHash<QString, QCheckBox *> m_regions;
    QStringList m_regionOrder; // catalog order: the first region is the baseline of differences
    QLabel *m_localRegion;
    QDoubleSpinBox *m_timeScale;
    QLineEdit *m_prompt;
    QSpinBox *m_maxTokens;
    QSpinBox *m_iterations;
    QSpinBox *m_warmup;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
};
