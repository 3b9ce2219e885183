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
    m_bar->setMinimumWidth(140);
    m_bar->setMaximumWidth(420);
    m_bar->setFormat(tr("%v of %m requests"));
    // The bar gives way; the words are never cut.
    m_bar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_text);
    refresh();
}

void RunProgress::refresh()
{
    m_bar->setMaximum(std::max(1, m_state->total()));
    m_bar->setValue(int(m_state->records().size()));
    QStringList parts;
    const int done = int(m_state->records().size());
    const int stopped = m_state->stopped();
    // A run that ends with every request failed says so, not just "done".
    const bool allFailed = !m_state->isRunning() && done > 0 && m_state->errors() == done;
    parts.append(allFailed ? tr("all %n request(s) failed", nullptr, done)
                           : tr("%n error(s)", nullptr, m_state->errors()));
    if (stopped > 0)
        parts.append(tr("%n stopped", "requests stopped with the run, not failures", stopped));
    m_text->setStyleSheet(allFailed ? QStringLiteral("color: #d64545; font-weight: bold") : QString());
    if (m_state->isRunning()) {
        parts.append(tr("%n in flight", nullptr, int(m_state->inFlight().size())));
        if (const auto left = m_state->remainingMs())
            parts.append(tr("about %1 s left").arg(Format::integer((*left + 999) / 1000)));
    }
    m_text->setText(parts.join(QStringLiteral(" · ")));
}
