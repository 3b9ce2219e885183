#pragma once

#include <QString>
#include <QWidget>

#include <optional>

// A forest plot: one row per lane with its name, the change (a dot), its 95%
// interval (a line with end caps) against a zero line, and the figures in
// words on the right. Rows whose change is beyond noise are coloured (slower
// or faster); the others grey. A legend says what each mark means.
class ForestPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForestPlot)

public:
    struct Row
    {
        QString label;
        std::optional<double> change;
        std::optional<double> low; // of the 95% interval
        std::optional<double> high;
        bool beyondNoise = false;
    };

    explicit ForestPlot(QWidget *parent = nullptr);

    // `unit` follows each number ("ms"); `higherIsWorse` picks the colours.
    void setRows(const QList<Row> &rows, const QString &unit, bool higherIsWorse);
    void setTitle(const QString &title);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry;
    Geometry geometry() const;
    QString figures(const Row &row) const;
    QColor colourOf(const Row &row) const;
    int rowHeight() const;
    int rowAt(int y) const;

    QList<Row> m_rows;
    QString m_title;
    QString m_unit;
    bool m_higherIsWorse = true;
};
