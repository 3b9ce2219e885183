#pragma once

#include "endpoints/endpoint.h"
#include "endpoints/region.h"
#include "plan/runsettings.h"
#include "settings/savedworkload.h"

#include <QHash>
#include <QWidget>

class Catalog;
class QAction;
class DatasetPicker;
class LoadSettings;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

// The endpoint, regions and run parameters of the next run.
class RunSettingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSettingsPanel)

public:
    explicit RunSettingsPanel(const Catalog *catalog, QWidget *parent = nullptr);

    RunSettings settings() const;
    void setSettings(const RunSettings &settings);
    // The saved endpoints and regions to choose from; keeps the choice where it can.
    void setSavedEndpoints(const QList<Endpoint> &endpoints, const QList<Region> &regions);
    // A key typed for this session only; never saved.
    QString sessionKey() const;
    // The highest honest speed-up measured on this machine (empty: not yet),
    // which "Auto" uses; `note` says what was measured.
    void setHonestSpeedup(std::optional<double> scale, const QString &note);
    // The custom workloads saved under a name, offered beside the built-in profiles.
    void setSavedWorkloads(const QList<SavedWorkload> &workloads);
    QList<SavedWorkload> savedWorkloads() const { return m_saved; }
    // Saves what the fields ask as the workload `name` (what "Save…" does once named).
    void saveWorkloadAs(const QString &name);
    // What is wrong with the fields, which the run cannot start with (empty: nothing).
    QString problem() const;

Q_SIGNALS:
    void changed();
    // The user wants to edit the saved endpoints (or, with `regions`, the regions).
    void editEndpointsRequested(bool regions);
    void savedWorkloadsChanged(const QList<SavedWorkload> &workloads);

private:
    void configureFields();
    QHBoxLayout *buildRegionRow(const Catalog *catalog);
    void buildForm(QHBoxLayout *regions);
    void updateEnabled();
    void updateSummary();
    void rebuildRegionBoxes(const QStringList &checked);
    void applyProfile();
    void readWorkload(RunSettings *s) const;
    void showWorkload(const RunSettings &s);
    void selectWorkload(const Workload &w);
    void fillWorkloads();
    void saveWorkload();
    void deleteWorkload();
    void noteCustomEdit();
    void updateInputField();
    void applyDataset(Workload *w) const;
    std::optional<Workload::Profile> chosenProfile() const;

    QComboBox *m_endpoint; // the simulated provider, then the saved endpoints (id as data)
    QToolButton *m_editEndpoints;
    QLabel *m_summary;
    QLineEdit *m_key;
    QHash<QString, QCheckBox *> m_simRegionBoxes; // the simulated provider's, by id
    QStringList m_simRegionOrder;                 // catalog order: the first region is the baseline of differences
    QList<Endpoint> m_savedEndpoints;
    QList<Region> m_savedRegions;
    QList<QCheckBox *> m_regionBoxes; // one per saved region, in order
    QHBoxLayout *m_regionLayout;
    QToolButton *m_editRegions;
    QDoubleSpinBox *m_timeScale;
    QCheckBox *m_autoTimeScale;
    std::optional<double> m_honestSpeedup;
    QComboBox *m_workload;   // a profile id as data, or "custom"
    QSpinBox *m_inputTokens; // 0: the prompt as typed
    QCheckBox *m_warmCache;
    QCheckBox *m_fixedOutput;
    QCheckBox *m_toolCall;
    double m_inputSpread = 0; // a custom workload's, as saved
    QList<int> m_inputSweep;  // a saved workload's sweep
    QList<SavedWorkload> m_saved;
    QLineEdit *m_prompt;
    DatasetPicker *m_dataset;
    QToolButton *m_saveWorkload;
    QAction *m_deleteWorkload;
    quint64 m_datasetSeed = 1;
    QString m_promptFile; // the file the prompt was read from, and its SHA-256, until the prompt is edited
    QString m_promptSha256;
    QSpinBox *m_maxTokens;
    QSpinBox *m_iterations;
    QSpinBox *m_warmup;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
    LoadSettings *m_load;
};
