#include "requestdetaildialog.h"

#include "core/format.h"
#include "run/requestmetrics.h"
#include "run/requestrecord.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

QWidget *timelineView(const RequestTimeline &t, double timeScale, QWidget *parent)
{
    auto *series = new QLineSeries;
    const qsizetype events = t.tokenEventsUs.size();
    const double perEvent = t.usageCompletionTokens && events > 0 ? double(*t.usageCompletionTokens) / events : 1.0;
    QList<QPointF> points{QPointF(0, 0)};
    for (qsizetype i = 0; i < events; ++i)
        points.append(QPointF(t.tokenEventsUs.at(i) / 1000.0 * timeScale, perEvent * (i + 1)));
    series->replace(points);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *x = new QValueAxis;
    x->setTitleText(QCoreApplication::translate("RequestDetailDialog", "ms since the request was sent"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QValueAxis;
    y->setTitleText(QCoreApplication::translate("RequestDetailDialog", "tokens"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // Round ticks (0, 50, 100 ms; 0, 1, 2 tokens), not a fifth of whatever the range is.
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 300);
    return view;
}

// Who timed the reads every figure above rests on.
QString arrivalText(ArrivalClock clock)
{
    switch (clock) {
    case ArrivalClock::Kernel:
        return QCoreApplication::translate("RequestDetailDialog",
                                           "when the bytes reached this machine (the kernel's receive time)");
    case ArrivalClock::ReadingThread:
        return QCoreApplication::translate("RequestDetailDialog",
                                           "when the reading thread read the bytes (its clock, before each read)");
    case ArrivalClock::EngineThread:
        return QCoreApplication::translate("RequestDetailDialog",
                                           "when Qt's network stack handed the bytes to the engine thread");
    case ArrivalClock::Unknown:
        break;
    }
    return {};
}

} // namespace

RequestDetailDialog::RequestDetailDialog(const RequestRecord &record, const QString &modelName,
                                         const QString &regionName, double timeScale, QWidget *parent)
    : QDialog(parent)
{
    const RequestTimeline &t = record.timeline;
    const RequestMetrics m = RequestMetrics::from(t, timeScale);
    setWindowTitle(tr("Request %1").arg(QString::fromLatin1(t.requestId)));
    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, const QString &value) {
        auto *l = new QLabel(value, this);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        form->addRow(label, l);
    };
    row(tr("Model:"), modelName);
    row(tr("Region:"), regionName);
    row(tr("Iteration:"),
        record.warmup ? tr("warm-up %1 (not in the statistics)").arg(record.iteration + 1)
                      : QString::number(record.iteration + 1));
    row(tr("Status:"), statusText(t.status) + (t.httpStatus ? tr(" (HTTP %1)").arg(t.httpStatus) : QString()));
    if (!t.error.isEmpty())
        row(tr("Error:"), t.error);
    row(tr("Headers after:"), Format::ms(m.headersMs) + tr(" ms"));
    row(tr("TTFT (answer):"), Format::ms(m.ttftMs) + tr(" ms"));
    row(tr("TTFT (any token):"),
        Format::ms(m.ttftAnyMs) + tr(" ms")
            + (t.firstKind != TokenKind::None ? tr(" (%1)").arg(tokenKindText(t.firstKind)) : QString()));
    row(tr("End to end:"), Format::ms(m.e2eMs) + tr(" ms"));
    const QString source = m.tokenSource == TokenSource::Usage ? tr("the server's usage report")
        : m.tokenSource == TokenSource::Events                 ? tr("estimated: one per event, no usage was sent")
                                                               : tr("unknown");
    row(tr("Output tokens:"),
        (m.outputTokens ? Format::integer(*m.outputTokens) : Format::rate({})) + u' ' + u'(' + source + u')');
    row(tr("Tokens/s:"), Format::rate(m.tokensPerS));
    const std::pair<QString, const std::optional<double> *> speeds[]{{tr("Answer text:"), &m.answerCharsPerS},
                                                                     {tr("Reasoning text:"), &m.reasoningCharsPerS},
                                                                     {tr("Tool call arguments:"), &m.toolCharsPerS}};
    for (const auto &[label, speed] : speeds) {
        if (*speed)
            row(label, tr("%1 characters/s").arg(Format::integer(qRound64(**speed))));
    }
    if (m.itl)
        row(tr("Inter-token gaps:"),
            tr("mean %1 ms, p50 %2 ms, p99 %3 ms, longest %4 ms")
                .arg(Format::rate(m.itl->meanMs), Format::rate(m.itl->p50Ms), Format::rate(m.itl->p99Ms),
                     Format::rate(m.itl->maxMs)));
    row(tr("Events:"),
        tr("%1 with tokens, %2 in all, %3 comments, %4 bytes")
            .arg(t.tokenEventsUs.size())
            .arg(t.events)
            .arg(t.comments)
            .arg(t.bytes));
    row(tr("Finish reason:"), t.finishReason.isEmpty() ? Format::rate({}) : t.finishReason);
    row(tr("Sent at (CLOCK_MONOTONIC):"), tr("%1 ns").arg(t.sendMonoNs));
    if (t.arrivalClock != ArrivalClock::Unknown)
        row(tr("Arrival times:"), arrivalText(t.arrivalClock));
    if (timeScale != 1.0)
        row(tr("Time scale:"), tr("simulated time: wall time × %1").arg(timeScale));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *body = new QHBoxLayout;
    body->addLayout(form, 1);
    body->addWidget(timelineView(t, timeScale, this), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
}
