#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

// The form of one entry of the endpoints dialog: a stable id, a name, what keeps it from being saved.
class EntryEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryEditor)

public:
    EntryEditor(const QString &id, QWidget *parent)
        : QWidget(parent)
        , m_id(id)
    { }

    QString id() const { return m_id; }
    void setId(const QString &id)
    {
        m_id = id;
        idChanged();
    }
    virtual QString name() const = 0;
    // One sentence each; empty when the form can be saved.
    virtual QStringList problems() const = 0;
    // The focusable fields, in the order Tab visits them.
    virtual QWidgetList tabChain() const = 0;
    // A new form with this one's fields (never its secret) under another id and name.
    virtual EntryEditor *duplicate(const QString &id, const QString &name) const = 0;

Q_SIGNALS:
    void changed();
    // A secret was saved under the keychain entry `entry` (or kept for the session).
    void secretSaved(const QString &entry);

protected:
    // Secrets are saved under entries named after the id.
    virtual void idChanged() { }

private:
    QString m_id;
};
