// The run panel's workload row: built-in profiles, the user's saved
// workloads, a custom one, and a dataset in place of the prompt.
#include "runsettingspanel.h"

#include "core/format.h"
#include "datasetpicker.h"
#include "workload/dataset.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolButton>

namespace {

const QString kSavedPrefix = QStringLiteral("saved:");

QString savedId(const QString &name)
{
    return kSavedPrefix + name;
}

} // namespace

// What each request asks, from the workload row and the fields a profile fills.
void RunSettingsPanel::readWorkload(RunSettings *s) const
{
    Workload &w = s->workload;
    const QString id = m_workload->currentData().toString();
    const auto profile = chosenProfile();
    w.profile = profile ? id : QStringLiteral("custom");
    w.name = id.startsWith(kSavedPrefix) ? id.mid(kSavedPrefix.size()) : QString();
    w.inputTokens = m_inputTokens->value();
    w.inputSpread = profile ? profile->workload.inputSpread : m_inputSpread;
    w.inputSweep = profile ? profile->workload.inputSweep : m_inputSweep;
    w.cache = m_warmCache->isChecked() ? Workload::Cache::Warm : Workload::Cache::Unique;
    w.fixedOutput = m_fixedOutput->isChecked();
    w.toolCall = m_toolCall->isChecked();
    w.datasetSeed = m_datasetSeed;
    w.promptFile = m_promptFile;
    w.promptSha256 = m_promptFile.isEmpty() ? QString() : m_promptSha256;
    s->datasetPath = m_dataset->path();
    if (!s->datasetPath.isEmpty()) {
        applyDataset(&w);
        s->dataset = m_dataset->dataset(); // empty until read: the run then says so
    }
}

// A dataset's conversations are sent as they are: no synthetic input, named by its file.
void RunSettingsPanel::applyDataset(Workload *w) const
{
    w->profile = QStringLiteral("custom");
    w->inputTokens = 0;
    w->inputSweep.clear();
    w->datasetFile = QFileInfo(m_dataset->path()).fileName();
    if (const auto d = m_dataset->dataset()) {
        w->datasetFile = d->name();
        w->datasetSha256 = d->sha256();
    }
}

// The built-in profile chosen; nothing for a saved or the custom workload.
std::optional<Workload::Profile> RunSettingsPanel::chosenProfile() const
{
    return Workload::profileOf(m_workload->currentData().toString());
}

// The built-in profiles, the saved workloads by name, then "Custom".
void RunSettingsPanel::fillWorkloads()
{
    const QSignalBlocker block(m_workload);
    const QString current = m_workload->currentData().toString();
    m_workload->clear();
    for (const QString &id : Workload::profileIds())
        m_workload->addItem(Workload::profileName(id), id);
    for (const SavedWorkload &w : std::as_const(m_saved))
        m_workload->addItem(w.name, savedId(w.name));
    m_workload->addItem(Workload::profileName(QStringLiteral("custom")), QStringLiteral("custom"));
    const int again = m_workload->findData(current);
    m_workload->setCurrentIndex(again >= 0 ? again : m_workload->findData(QStringLiteral("custom")));
}

void RunSettingsPanel::setSavedWorkloads(const QList<SavedWorkload> &workloads)
{
    m_saved = workloads;
    fillWorkloads();
}

// A profile or a saved workload chosen: what it asks fills the fields.
void RunSettingsPanel::applyProfile()
{
    const QString id = m_workload->currentData().toString();
    RunSettings s = settings();
    if (const auto profile = chosenProfile()) {
        const Workload current = s.workload; // the cache and length options are the user's, not the profile's
        s.prompt = profile->prompt;
        s.maxTokens = profile->maxTokens;
        s.workload = profile->workload;
        s.workload.cache = current.cache;
        s.workload.fixedOutput = current.fixedOutput;
        s.workload.datasetSeed = current.datasetSeed;
        s.datasetPath.clear(); // a profile sends its own prompts
    } else if (const SavedWorkload *saved = SavedWorkload::find(m_saved, id.mid(kSavedPrefix.size()));
               saved && id.startsWith(kSavedPrefix)) {
        saved->applyTo(&s);
    } else {
        return; // "Custom" keeps what is there
    }
    showWorkload(s);
    Q_EMIT changed();
}

// The fields a workload sets, without calling any of it an edit.
void RunSettingsPanel::showWorkload(const RunSettings &s)
{
    const QSignalBlocker blockPrompt(m_prompt), blockMax(m_maxTokens), blockInput(m_inputTokens), blockTool(m_toolCall),
        blockCache(m_warmCache), blockFixed(m_fixedOutput);
    m_prompt->setText(s.prompt);
    m_maxTokens->setValue(s.maxTokens);
    m_inputTokens->setValue(s.workload.inputTokens);
    m_toolCall->setChecked(s.workload.toolCall);
    m_warmCache->setChecked(s.workload.cache == Workload::Cache::Warm);
    m_fixedOutput->setChecked(s.workload.fixedOutput);
    m_inputSpread = s.workload.inputSpread;
    m_inputSweep = s.workload.inputSweep;
    m_datasetSeed = s.workload.datasetSeed;
    m_promptFile = s.workload.promptFile;
    m_promptSha256 = s.workload.promptSha256;
    if (s.datasetPath != m_dataset->path())
        m_dataset->setPath(s.datasetPath);
    updateInputField();
}

// A sweep sets its own input lengths: the field shows none of its own.
void RunSettingsPanel::updateInputField()
{
    const auto profile = chosenProfile();
    const QList<int> sweep = profile ? profile->workload.inputSweep : m_inputSweep;
    m_inputTokens->setEnabled(sweep.isEmpty() && m_dataset->path().isEmpty());
    m_inputTokens->setSpecialValueText(
        !sweep.isEmpty() ? tr("%1 to %2").arg(Format::integer(sweep.constFirst()), Format::integer(sweep.constLast()))
                         : tr("as typed"));
}

// A field edited away from the chosen profile or saved workload makes the workload a custom one.
void RunSettingsPanel::noteCustomEdit()
{
    if (m_workload->currentData().toString().startsWith(kSavedPrefix)) {
        m_workload->setCurrentIndex(m_workload->findData(QStringLiteral("custom")));
        return;
    }
    const auto profile = chosenProfile();
    if (!profile)
        return;
    Workload asked = profile->workload;
    asked.inputTokens = m_inputTokens->value();
    asked.toolCall = m_toolCall->isChecked();
    if (!profile->fits(m_prompt->text(), m_maxTokens->value(), asked)) {
        m_inputSpread = profile->workload.inputSpread;
        m_inputSweep = profile->workload.inputSweep;
        m_workload->setCurrentIndex(m_workload->findData(QStringLiteral("custom")));
    }
}

// Saves what the fields ask under a name the user gives (the same name replaces it).
void RunSettingsPanel::saveWorkload()
{
    const QString id = m_workload->currentData().toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save workload"), tr("Name of the workload:"),
                                               QLineEdit::Normal,
                                               id.startsWith(kSavedPrefix) ? id.mid(kSavedPrefix.size()) : QString(),
                                               &ok)
                             .trimmed()
                             .left(SavedWorkload::kMaxNameChars);
    if (!ok || name.isEmpty())
        return;
    if (Workload::profileOf(name) || name == u"custom") {
        QMessageBox::warning(this, tr("Save workload"),
                             tr("\"%1\" is the name of a built-in workload: choose another name.").arg(name));
        return;
    }
    if (!SavedWorkload::find(m_saved, name) && m_saved.size() >= SavedWorkload::kMaxSaved) {
        QMessageBox::warning(this, tr("Save workload"),
                             tr("At most %1 workloads can be saved: delete one first.").arg(SavedWorkload::kMaxSaved));
        return;
    }
    saveWorkloadAs(name);
}

void RunSettingsPanel::saveWorkloadAs(const QString &name)
{
    const SavedWorkload w = SavedWorkload::of(name, settings());
    auto it = std::find_if(m_saved.begin(), m_saved.end(), [&](const SavedWorkload &s) { return s.name == name; });
    if (it != m_saved.end())
        *it = w;
    else if (m_saved.size() < SavedWorkload::kMaxSaved)
        m_saved.append(w);
    else
        return; // saveWorkload() said why
    fillWorkloads();
    m_workload->setCurrentIndex(m_workload->findData(savedId(name)));
    Q_EMIT savedWorkloadsChanged(m_saved);
    Q_EMIT changed();
}

// Forgets the saved workload chosen; its fields stay, as a custom workload.
void RunSettingsPanel::deleteWorkload()
{
    const QString id = m_workload->currentData().toString();
    if (!id.startsWith(kSavedPrefix))
        return;
    m_saved.removeIf([&](const SavedWorkload &s) { return savedId(s.name) == id; });
    m_workload->setCurrentIndex(m_workload->findData(QStringLiteral("custom")));
    fillWorkloads();
    Q_EMIT savedWorkloadsChanged(m_saved);
    Q_EMIT changed();
}

// The workload `s` names in the row: its profile, its saved name, or "Custom".
void RunSettingsPanel::selectWorkload(const Workload &w)
{
    int index = w.name.isEmpty() ? m_workload->findData(w.profile) : m_workload->findData(savedId(w.name));
    if (index < 0)
        index = m_workload->findData(QStringLiteral("custom"));
    m_workload->setCurrentIndex(index);
    m_inputSpread = w.inputSpread;
    m_inputSweep = w.inputSweep;
    if (const SavedWorkload *saved = SavedWorkload::find(m_saved, w.name); saved && m_inputSweep.isEmpty())
        m_inputSweep = saved->workload.inputSweep; // the settings keep no sweep of their own
    updateInputField();
}
