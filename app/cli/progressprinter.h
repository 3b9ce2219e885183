#pragma once

#include <QElapsedTimer>

#include <cstdio>

struct RunSnapshot;

// The progress line on stderr: rewritten in place on a terminal, a line every
// few seconds when stderr is a file or a pipe.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(FILE *out);
    void update(const RunSnapshot &snapshot);
    void finish();

private:
    FILE *m_out;
    bool m_tty;
    bool m_dirty = false;
    QElapsedTimer m_sinceLast;
};
