#include "entrylistpage.h"

#include "endpoints/savedendpoints.h"
#include "entryeditor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

EntryListPage::EntryListPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_editors(new QStackedWidget)
{
    m_list->setObjectName(QStringLiteral("entries"));
    m_add->setObjectName(QStringLiteral("add"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_editors->setObjectName(QStringLiteral("editors"));
    m_add->setToolTip(tr("Adds an entry (Ctrl+N)"));
    m_remove->setToolTip(tr("Removes the selected entry (Del)"));
    m_duplicate->setToolTip(tr("Adds a copy of the selected entry; keys and passwords are not copied"));

    // A short window scrolls the form rather than cutting it off.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editors);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    // Painted like the tab around it (setWidget() turns filling on).
    scroll->viewport()->setAutoFillBackground(false);
    m_editors->setAutoFillBackground(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_duplicate);
    auto *side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    side->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addWidget(scroll, 1);
    m_list->setFixedWidth(buttons->sizeHint().width());
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_list);
    m_list->setIconSize(QSize(icon, icon));

    // Del in a text field deletes text: only the list's Del removes the entry.
    auto *del = new QShortcut(QKeySequence::Delete, m_list);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &EntryListPage::askToRemove);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_add->menu())
            Q_EMIT addRequested();
    });
    connect(m_remove, &QPushButton::clicked, this, &EntryListPage::askToRemove);
    connect(m_duplicate, &QPushButton::clicked, this, &EntryListPage::duplicateCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_editors->setCurrentIndex(row);
        updateButtons();
    });
    updateButtons();
}

void EntryListPage::append(EntryEditor *editor, bool isNew)
{
    if (isNew)
        m_idFollowsName.insert(editor);
    m_editors->addWidget(editor);
    new QListWidgetItem(m_list);
    connect(editor, &EntryEditor::changed, this, [this, editor] { entryChanged(editor); });
    connect(editor, &EntryEditor::secretSaved, this, [this, editor](const QString &entry) {
        m_idFollowsName.remove(editor); // the secret is saved under this id
        if (!m_savedEntries.contains(entry))
            m_savedEntries << entry;
    });
    // Forms added later would otherwise come after OK and Cancel.
    QWidget *previous = m_duplicate;
    const QWidgetList chain = editor->tabChain();
    for (QWidget *next : chain) {
        setTabOrder(previous, next);
        previous = next;
    }
    entryChanged(editor);
    m_list->setCurrentRow(m_list->count() - 1);
}

QList<EntryEditor *> EntryListPage::editors() const
{
    QList<EntryEditor *> editors;
    for (int i = 0; i < m_editors->count(); ++i)
        editors << static_cast<EntryEditor *>(m_editors->widget(i));
    return editors;
}

QStringList EntryListPage::ids() const
{
    QStringList ids;
    for (const EntryEditor *editor : editors())
        ids << editor->id();
    return ids;
}

void EntryListPage::select(const QString &id)
{
    const qsizetype row = ids().indexOf(id);
    if (row >= 0)
        m_list->setCurrentRow(int(row));
}

EntryEditor *EntryListPage::current() const
{
    return m_list->currentRow() >= 0 ? static_cast<EntryEditor *>(m_editors->currentWidget()) : nullptr;
}

QString EntryListPage::firstProblem() const
{
    for (const EntryEditor *editor : editors()) {
        const QStringList problems = editor->problems();
        if (!problems.isEmpty())
            return tr("“%1”: %2").arg(editor->name(), problems.first());
    }
    return {};
}

void EntryListPage::askToRemove()
{
    EntryEditor *editor = current();
    if (!editor)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove"), tr("Remove “%1”?").arg(editor->name()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, this,
            [this, target = QPointer<EntryEditor>(editor)] {
                if (target)
                    remove(target);
            });
    box->open();
}

void EntryListPage::duplicateCurrent()
{
    const EntryEditor *source = current();
    if (!source)
        return;
    const QString name = tr("%1 (copy)").arg(source->name());
    append(source->duplicate(SavedEndpoints::uniqueId(name, ids()), name), true);
}

void EntryListPage::remove(EntryEditor *editor)
{
    const int row = m_editors->indexOf(editor);
    m_idFollowsName.remove(editor);
    m_editors->removeWidget(editor);
    editor->deleteLater();
    delete m_list->takeItem(row);
    if (m_list->currentRow() >= 0)
        m_editors->setCurrentIndex(m_list->currentRow());
    m_list->setFocus();
    updateButtons();
    Q_EMIT changed();
}

void EntryListPage::entryChanged(EntryEditor *editor)
{
    if (m_idFollowsName.contains(editor)) {
        QStringList taken = ids();
        taken.removeOne(editor->id());
        const QString id = SavedEndpoints::uniqueId(editor->name(), taken);
        if (id != editor->id()) {
            const QString from = editor->id();
            editor->setId(id);
            Q_EMIT idChanged(from, id);
        }
    }
    if (QListWidgetItem *item = m_list->item(m_editors->indexOf(editor))) {
        const QStringList problems = editor->problems();
        item->setText(editor->name().isEmpty() ? tr("(no name)") : editor->name());
        item->setIcon(problems.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip((QStringList{item->text()} + problems).join(u'\n'));
    }
    Q_EMIT changed();
}

void EntryListPage::updateButtons()
{
    m_remove->setEnabled(current() != nullptr);
    m_duplicate->setEnabled(current() != nullptr);
}
