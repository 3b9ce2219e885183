#include "progressprinter.h"

#include "run/runsnapshot.h"

#include <QCoreApplication>

#include <unistd.h>

ProgressPrinter::ProgressPrinter(FILE *out)
    : m_out(out)
    , m_tty(::isatty(::fileno(out)) == 1)
{ }

void ProgressPrinter::update(const RunSnapshot &s)
{
    const int intervalMs = m_tty ? 200 : 5000;
    if (!s.last && m_sinceLast.isValid() && m_sinceLast.elapsed() < intervalMs)
        return;
    m_sinceLast.start();
    const QString left = s.remainingMs ? QCoreApplication::translate("ProgressPrinter", "about %1 s left")
                                             .arg(double(*s.remainingMs) / 1000.0, 0, 'f', 0)
                                       : QCoreApplication::translate("ProgressPrinter", "estimating time left");
    const QString line = QCoreApplication::translate("ProgressPrinter",
                                                     "%1/%2 requests, %3 errors, %4 streaming, %5 s, %6")
                             .arg(s.done)
                             .arg(s.total)
                             .arg(s.errors)
                             .arg(s.inFlight.size())
                             .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)
                             .arg(left);
    const QString step = s.step < 0 ? QString()
                                    : QCoreApplication::translate("ProgressPrinter", "step %1/%2 (%3): ")
                                          .arg(s.step + 1)
                                          .arg(s.steps)
                                          .arg(s.stepValue);
    std::fprintf(m_out, m_tty ? "\r\033[K%s" : "%s\n", qPrintable(step + line));
    std::fflush(m_out);
    m_dirty = m_tty;
}

void ProgressPrinter::finish()
{
    if (m_dirty)
        std::fputc('\n', m_out);
    m_dirty = false;
}
