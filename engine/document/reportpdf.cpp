#include "reportpdf.h"

#include "report/reportexport.h"
#include "report/reportreader.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>

namespace {

// This file's strings, in the "ReportPdf" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

constexpr int kResolution = 300;     // dpi: sharp enough, small files
constexpr double kHeaderMm = 9;      // the page header's band
constexpr double kTableFontPt = 7.5; // a landscape page fits the widest table at this size

// QTextDocument draws no inline SVG: each chart becomes an image resource.
void addCharts(QTextDocument *document, const QStringList &charts)
{
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QSvgRenderer svg(charts.at(i).toUtf8());
        QImage image(svg.defaultSize() * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        image.setDevicePixelRatio(2);
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), image);
    }
}

void drawHeader(QPainter *painter, const QRectF &band, const QString &left, const QString &right)
{
    painter->save();
    QFont font = painter->font();
    font.setPointSizeF(7.5);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF text = band.adjusted(0, 0, 0, -band.height() * 0.3);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, right);
    painter->drawLine(QPointF(band.left(), text.bottom()), QPointF(band.right(), text.bottom()));
    painter->restore();
}

} // namespace

bool ReportPdf::write(const LoadedReport &report, const ReportOptions &options, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString title = ReportExport::titleOf(report, options);
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 10, 12, 10),
                                     QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Tokenmeter " TOKENMETER_VERSION));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer); // fonts and images at the page's resolution
    addCharts(&document, ReportExport::svgCharts(report, options));
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(ReportExport::html(report, options, true)
                         .replace(QStringLiteral("font-size:9pt"), QStringLiteral("font-size:%1pt").arg(kTableFontPt)));
    const QRectF paint = writer.pageLayout().paintRectPixels(kResolution);
    const double header = kHeaderMm / 25.4 * kResolution;
    const QSizeF body(paint.width(), paint.height() - header);
    document.setPageSize(body);

    QPainter painter(&writer);
    const int pages = document.pageCount();
    const QString date = report.result.startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        drawHeader(&painter, QRectF(0, 0, body.width(), header),
                   options.title.isEmpty() ? title : title + QStringLiteral(" · ") + date,
                   Tr::tr("page %1 of %2").arg(page + 1).arg(pages));
        painter.save();
        painter.translate(0, header - page * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
    }
    painter.end();
    if (!file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
