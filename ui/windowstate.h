#pragma once

#include <QList>

class AppSettings;
class Catalog;
class CatalogModel;
class QMainWindow;
class QSplitter;
class RunSettingsPanel;
class StrategyModel;

// What the window remembers between launches: its geometry and splitters,
// the picked models, the run settings, the catalog edits and the cost
// strategies. Restored once; saved when a run starts and when the window closes.
class WindowState final
{
public:
    struct Parts
    {
        QMainWindow *window;
        QList<QSplitter *> splitters;
        CatalogModel *catalog;
        RunSettingsPanel *runSettings;
        StrategyModel *strategies;
    };

    WindowState(AppSettings *settings, Parts parts);

    void restore();
    void save();

private:
    AppSettings *m_settings;
    Parts m_parts;
};
