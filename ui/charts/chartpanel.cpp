#include "chartpanel.h"

#include "style/colors.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_note(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_view(new QChartView(new QChart, this))
    , m_emptyNote(new QLabel(tr("No data yet: pick models and start a run (F5)."), m_view))
    , m_legend(new QLabel(this))
{
    m_legend->setWordWrap(true);
    m_legend->setVisible(false);
    m_legend->setObjectName(QStringLiteral("colourLegend"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyNote->setObjectName(QStringLiteral("noData"));
    auto *overlay = new QVBoxLayout(m_view);
    overlay->addWidget(m_emptyNote);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long translations must not widen the window
    m_note->setVisible(false);
    m_note->setWordWrap(true);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_note->setFont(small);
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title, 1);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(160, 120);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(tr("Save chart as PNG…"), m_view);
    auto *svg = new QAction(tr("Save chart as SVG…"), m_view);
    connect(png, &QAction::triggered, this, [this] { exportAs(QStringLiteral("png")); });
    connect(svg, &QAction::triggered, this, [this] { exportAs(QStringLiteral("svg")); });
    m_view->addActions({png, svg});

    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setLocalizeNumbers(true); // "0,15 $" in German, as the tables write it
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    applyTheme();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(m_header);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    setEmpty(true);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ChartPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString ChartPanel::note() const
{
    return m_note->text();
}

void ChartPanel::setLegendText(const QString &html)
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_legend->setFont(small);
    m_legend->setText(html);
    m_legend->setVisible(!html.isEmpty());
}

void ChartPanel::setEmpty(bool empty)
{
    m_empty = empty;
    m_emptyNote->setVisible(empty);
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes)
        axis->setVisible(!empty);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ChartPanel::applyTheme()
{
    // Theme colours only for the chart's frame: series keep their own colours,
    // which carry meaning (band, tier, model).
    const QPalette p = palette();
    QChart *c = chart();
    c->setBackgroundBrush(p.color(QPalette::Base));
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(p.color(QPalette::Text));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    c->legend()->setFont(f);
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setLabelsFont(f);
        QColor grid = p.color(QPalette::Text);
        grid.setAlpha(Colors::isDark(p) ? 50 : 35);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        QFont tf = f;
        tf.setBold(false);
        axis->setTitleFont(tf);
    }
}

bool ChartPanel::savePng(const QString &path, QString *error) const
{
    const QPixmap pixmap = m_view->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        *error = tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartPanel::saveSvg(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(m_view->size());
    generator.setViewBox(m_view->rect());
    generator.setTitle(title());
    generator.setDescription(tr("Tokenmeter chart"));
    QPainter painter(&generator);
    m_view->render(&painter);
    painter.end();
    if (!file.commit()) {
        *error = tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChartPanel::exportAs(const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = title().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char('/'));
    const QString filter = suffix == u"png" ? tr("PNG image (*.png)") : tr("SVG image (*.svg)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), dir + u'/' + name + u'.' + suffix,
                                                      filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = suffix == u"png" ? savePng(path, &error) : saveSvg(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Save chart"), error);
}
