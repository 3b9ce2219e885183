#include "tableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(false);
    setSortingEnabled(true);
    // Rows come in the model's order until a header is clicked: no arrow
    // claims an order that is not there.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copySelection = new QAction(tr("Copy selection"), this);
    auto *copyAll = new QAction(tr("Copy table"), this);
    connect(copySelection, &QAction::triggered, this, [this] { copy(true); });
    connect(copyAll, &QAction::triggered, this, [this] { copy(false); });
    addActions({copySelection, copyAll});
}

QString TableView::toTsv(bool selectionOnly) const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return {};
    QList<int> rows, columns;
    for (int c = 0; c < m->columnCount(); ++c) {
        if (!isColumnHidden(c))
            columns.append(c);
    }
    // Visual order, as the user arranged the columns.
    std::sort(columns.begin(), columns.end(),
              [this](int a, int b) { return horizontalHeader()->visualIndex(a) < horizontalHeader()->visualIndex(b); });
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    for (int r = 0; r < m->rowCount(); ++r) {
        const bool picked = std::any_of(selected.cbegin(), selected.cend(),
                                        [r](const QModelIndex &i) { return i.row() == r; });
        if (!selectionOnly || selected.isEmpty() || picked)
            rows.append(r);
    }
    const auto clean = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header.append(clean(m->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(u'\t'));
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c : std::as_const(columns))
            cells.append(clean(m->index(r, c).data().toString()));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void TableView::copy(bool selectionOnly) const
{
    QApplication::clipboard()->setText(toTsv(selectionOnly));
}

void TableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy(true);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
