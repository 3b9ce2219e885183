#include "reportpdf.h"

#include "report/reportexport.h"
#include "report/reportreader.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>

bool writeReportPdf(const LoadedReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ReportPdf", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextDocument document;
    // QTextDocument draws no inline SVG: each chart becomes an image resource.
    const QStringList charts = ReportExport::svgCharts(report);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QSvgRenderer svg(charts.at(i).toUtf8());
        QImage image((svg.defaultSize() * 2), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        image.setDevicePixelRatio(2);
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), image);
    }
    // A4 is narrower than a browser window: smaller type keeps the wide
    // tables' columns whole.
    QFont font = document.defaultFont();
    font.setPointSizeF(8);
    document.setDefaultFont(font);
    document.setHtml(
        ReportExport::html(report, true).replace(QStringLiteral("font-size:9pt"), QStringLiteral("font-size:6.5pt")));
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(QCoreApplication::translate("ReportPdf", "Tokenmeter run"));
    writer.setCreator(QStringLiteral("Tokenmeter " TOKENMETER_VERSION));
    document.print(&writer);
    if (!file.commit()) {
        *error = QCoreApplication::translate("ReportPdf", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
