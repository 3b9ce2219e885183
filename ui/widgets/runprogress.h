#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class RunState;

// The tool bar's account of a run: requests done of all, errors, requests in
// flight and the time left.
class RunProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProgress)

public:
    explicit RunProgress(const RunState *state, QWidget *parent = nullptr);

    void refresh();

private:
    const RunState *m_state;
    QProgressBar *m_bar;
    QLabel *m_text;
};
