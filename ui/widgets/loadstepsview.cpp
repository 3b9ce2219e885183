#include "loadstepsview.h"

#include "load/steptable.h"
#include "run/runstate.h"
#include "tableview.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

LoadStepsView::LoadStepsView(const RunState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new QStandardItemModel(this))
    , m_view(new TableView(this))
    , m_notes(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("loadSteps"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);
    connect(state, &RunState::started, this, [this] {
        m_shown = -1;
        refresh();
    });
    connect(state, &RunState::refreshed, this, &LoadStepsView::refresh);
    connect(state, &RunState::finished, this, [this] {
        m_shown = -1; // the result's final steps
        refresh();
    });
    refresh();
}

QString LoadStepsView::notes() const
{
    return m_notes->text();
}

// Rebuilt once a step finishes, not every frame: a step's figures are final then.
void LoadStepsView::refresh()
{
    const int done = m_state->finishedSteps();
    if (done == m_shown)
        return;
    m_shown = done;
    m_model->clear();
    const RunPlan &plan = m_state->plan();
    if (!plan.load.openLoop() && !plan.load.timed()) {
        m_notes->setText(tr("A load test's steps show here: choose one under Load: in the run panel."));
        return;
    }
    RunResult run;
    run.plan = plan;
    run.records = m_state->records();
    run.steps = m_state->steps().mid(0, done);
    run.simulated = plan.simulated;
    const StepTable table(run, m_state->catalog(), &m_state->metrics());
    m_model->setHorizontalHeaderLabels(table.header());
    for (const QStringList &row : table.rows()) {
        QList<QStandardItem *> items;
        for (const QString &cell : row) {
            auto *item = new QStandardItem(cell);
            item->setEditable(false);
            bool number = false;
            cell.toDouble(&number);
            item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    m_notes->setText(done == 0 ? tr("The first step is running: its figures come when it ends.")
                               : table.notes().join(u'\n'));
}
