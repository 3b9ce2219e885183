#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread it lives on (the GUI thread) goes without
// serving its event loop: a precise timer ticks every kTickMs, and any tick
// that comes late is a stall of that many milliseconds.
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    static constexpr int kTickMs = 5;

    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    double longestStallMs() const { return m_longestMs; }
    int ticks() const { return m_ticks; }
    // Ticks that came more than 50 ms late: the stalls a user feels.
    int stallsOver50Ms() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longestMs = 0;
    int m_ticks = 0;
    int m_over50 = 0;
    bool m_log = false;
};
