#include "runprogress.h"

#include "core/format.h"
#include "run/runstate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

RunProgress::RunProgress(const RunState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_bar->setMinimumWidth(260);
    m_bar->setMaximumWidth(420);
    m_bar->setFormat(tr("%v of %m requests"));
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    refresh();
}

void RunProgress::refresh()
{
    m_bar->setMaximum(std::max(1, m_state->total()));
    m_bar->setValue(int(m_state->records().size()));
    QStringList parts;
    parts.append(tr("%n error(s)", nullptr, m_state->errors()));
    if (m_state->isRunning()) {
        parts.append(tr("%n in flight", nullptr, int(m_state->inFlight().size())));
        if (const auto left = m_state->remainingMs())
            parts.append(tr("about %1 s left").arg(Format::integer((*left + 999) / 1000)));
    }
    m_text->setText(parts.join(QStringLiteral(" · ")));
}
