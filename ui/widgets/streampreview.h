#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class RunState;
struct RequestRecord;

// The text of one request as it arrives, reasoning apart from the answer.
// Follows the newest request in flight until the user pins one (a request
// picked in the requests table).
class StreamPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamPreview)

public:
    explicit StreamPreview(const RunState *state, QWidget *parent = nullptr);

    void pin(const RequestRecord &record);
    void follow();
    QString answerText() const;

private:
    void refresh();
    void show(const RequestRecord &record, bool live);

    const RunState *m_state;
    QLabel *m_title;
    QLabel *m_source;
    QPlainTextEdit *m_reasoning;
    QPlainTextEdit *m_answer;
    QByteArray m_shownId;
    bool m_pinned = false;
};
