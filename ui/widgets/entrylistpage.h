#pragma once

#include <QSet>
#include <QWidget>

class EntryEditor;
class QListWidget;
class QPushButton;
class QStackedWidget;

// A tab of the endpoints dialog: the entries with Add, Remove, Duplicate, beside the selected one's form.
class EntryListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryListPage)

public:
    explicit EntryListPage(QWidget *parent = nullptr);

    // Emits addRequested when clicked, unless given a menu.
    QPushButton *addButton() const { return m_add; }
    // Takes the editor, lists and selects it. A new entry's id is a slug of its
    // name, unique here, and follows the name until a secret is saved under it.
    void append(EntryEditor *editor, bool isNew);
    QList<EntryEditor *> editors() const;
    QStringList ids() const;
    void select(const QString &id);
    EntryEditor *current() const;
    // "Name: problem" of the first entry that cannot be saved; empty when all can.
    QString firstProblem() const;
    // Keychain entries saved into since the page opened.
    QStringList savedEntries() const { return m_savedEntries; }
    // Asks first; the current entry goes once the user agrees.
    void askToRemove();

Q_SIGNALS:
    void addRequested();
    void changed();
    void idChanged(const QString &from, const QString &to);

private:
    void duplicateCurrent();
    void remove(EntryEditor *editor);
    void entryChanged(EntryEditor *editor);
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_duplicate;
    QStackedWidget *m_editors;
    QSet<const EntryEditor *> m_idFollowsName;
    QStringList m_savedEntries;
};
