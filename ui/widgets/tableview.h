#pragma once

#include <QTableView>

// A table the user can copy from: Ctrl+C copies the selected cells (or the
// whole table when nothing is selected) as tab-separated text with headers,
// ready to paste into a spreadsheet; the context menu offers both.
class TableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableView)

public:
    explicit TableView(QWidget *parent = nullptr);

    // The table as tab-separated text; only the selected cells when `selectionOnly`.
    QString toTsv(bool selectionOnly) const;
    void copy(bool selectionOnly) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
