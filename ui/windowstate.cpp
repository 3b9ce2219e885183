#include "windowstate.h"

#include "catalog/catalog.h"
#include "models/catalogmodel.h"
#include "models/strategymodel.h"
#include "report/costprojection.h"
#include "settings/appsettings.h"
#include "widgets/runsettingspanel.h"

#include <QMainWindow>
#include <QSplitter>

WindowState::WindowState(AppSettings *settings, Parts parts)
    : m_settings(settings)
    , m_parts(std::move(parts))
{ }

void WindowState::restore()
{
    m_parts.window->restoreGeometry(m_settings->windowGeometry());
    m_parts.window->restoreState(m_settings->windowState());
    for (QSplitter *s : std::as_const(m_parts.splitters))
        s->restoreState(m_settings->splitterState(s->objectName()));
    // First launch: every model, ready to race.
    const std::optional<QStringList> checked = m_settings->checkedModels();
    m_parts.catalog->setCheckedIds(checked.value_or(QStringList()));
    if (!checked)
        m_parts.catalog->setAllChecked(true);
    m_parts.runSettings->setSavedEndpoints(m_settings->endpoints(), m_settings->regions());
    m_parts.runSettings->setSavedWorkloads(m_settings->savedWorkloads());
    m_parts.runSettings->setSettings(m_settings->runSettings());
    m_parts.strategies->setStrategies(m_settings->strategies().value_or(CostProjector::publishedExample()));
    m_parts.strategies->setTokensPerMonth(m_settings->tokensPerMonth());
}

void WindowState::save()
{
    m_settings->setWindowLayout(m_parts.window->saveGeometry(), m_parts.window->saveState());
    for (QSplitter *s : std::as_const(m_parts.splitters))
        m_settings->setSplitterState(s->objectName(), s->saveState());
    m_settings->setCheckedModels(m_parts.catalog->checkedIds());
    m_settings->setRunSettings(m_parts.runSettings->settings());
    m_settings->setUserCatalog(m_parts.catalog->catalog().overridesJson(Catalog::builtIn()));
    m_settings->setStrategies(m_parts.strategies->strategies());
    m_settings->setTokensPerMonth(m_parts.strategies->tokensPerMonth());
    m_settings->sync();
}
