#include "streampreview.h"

#include "catalog/catalognames.h"

#include "catalog/catalog.h"
#include "run/runstate.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

// Shows `text` in `edit`, appending when it only grew, so the view does not
// jump while a request streams.
void showText(QPlainTextEdit *edit, const QString &text)
{
    const QString current = edit->toPlainText();
    if (text == current)
        return;
    if (!current.isEmpty() && text.startsWith(current)) {
        QTextCursor cursor = edit->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text.mid(current.size()));
    } else {
        edit->setPlainText(text);
    }
    edit->verticalScrollBar()->setValue(edit->verticalScrollBar()->maximum());
}

} // namespace

StreamPreview::StreamPreview(const RunState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_title(new QLabel(tr("Stream preview"), this))
    , m_source(new QLabel(this))
    , m_reasoning(new QPlainTextEdit(this))
    , m_answer(new QPlainTextEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_source->setWordWrap(true);
    auto *followButton = new QPushButton(tr("Follow live"), this);
    followButton->setToolTip(tr("Show the newest request in flight"));
    connect(followButton, &QPushButton::clicked, this, &StreamPreview::follow);
    for (QPlainTextEdit *edit : {m_reasoning, m_answer}) {
        edit->setReadOnly(true);
        edit->setUndoRedoEnabled(false);
    }
    m_reasoning->setPlaceholderText(tr("Reasoning (models that think first show it here)"));
    m_answer->setPlaceholderText(tr("Answer text"));
    QPalette dim = m_reasoning->palette();
    dim.setColor(QPalette::Text, dim.color(QPalette::PlaceholderText));
    m_reasoning->setPalette(dim);
    QFont italic = m_reasoning->font();
    italic.setItalic(true);
    m_reasoning->setFont(italic);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(followButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_reasoning);
    splitter->addWidget(m_answer);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_source);
    layout->addWidget(splitter, 1);
    connect(state, &RunState::started, this, [this] {
        m_pinned = false;
        m_shownId.clear();
        m_reasoning->clear();
        m_answer->clear();
        m_source->clear();
    });
    connect(state, &RunState::refreshed, this, &StreamPreview::refresh);
}

void StreamPreview::pin(const RequestRecord &record)
{
    m_pinned = true;
    show(record, false);
}

void StreamPreview::follow()
{
    m_pinned = false;
    refresh();
}

QString StreamPreview::answerText() const
{
    return m_answer->toPlainText();
}

void StreamPreview::refresh()
{
    if (m_pinned)
        return;
    const auto &inFlight = m_state->inFlight();
    // Stay on the request shown while it streams; then move to the newest.
    for (const RequestRecord &r : inFlight) {
        if (r.timeline.requestId == m_shownId)
            return show(r, true);
    }
    const RequestRecord *newest = nullptr;
    for (const RequestRecord &r : inFlight) {
        if (!r.timeline.text.isEmpty() || !r.timeline.reasoningText.isEmpty())
            newest = &r;
    }
    if (!newest) {
        // Show the finished state of the request that was streaming.
        const auto &records = m_state->records();
        for (qsizetype i = records.size() - 1; i >= 0 && i >= records.size() - 64; --i) {
            if (records.at(i).timeline.requestId == m_shownId)
                return show(records.at(i), false);
        }
        if (m_shownId.isEmpty() && !records.isEmpty())
            show(records.constLast(), false);
        return;
    }
    show(*newest, true);
}

void StreamPreview::show(const RequestRecord &record, bool live)
{
    const ModelInfo *m = m_state->catalog().model(record.model);
    const QString name = m ? m->name : record.model;
    QString region = record.region;
    for (const Region &r : m_state->plan().regions) {
        if (r.id == record.region)
            region = CatalogNames::display(r.name);
    }
    const QString when = record.warmup ? tr("warm-up %1").arg(record.iteration + 1)
                                       : tr("iteration %1").arg(record.iteration + 1);
    const QString state = live ? tr("streaming") : statusText(record.timeline.status);
    m_source->setText(tr("%1 · %2 · %3 · %4 · %n event(s)", nullptr, int(record.timeline.tokenEventsUs.size()))
                          .arg(name, region, when, state));
    if (record.timeline.requestId != m_shownId) {
        m_reasoning->clear();
        m_answer->clear();
        m_shownId = record.timeline.requestId;
    }
    showText(m_reasoning, record.timeline.reasoningText);
    showText(m_answer, record.timeline.text);
}
