#include "secretbatch.h"

#include "secretstore.h"

#include <QCoreApplication>

#include <memory>

void SecretBatch::read(SecretStore *store, const QStringList &entries, QObject *context,
                       std::function<void(const QHash<QString, QString> &, const QStringList &)> done)
{
    struct State
    {
        qsizetype pending = 0;
        QHash<QString, QString> secrets;
        QStringList problems;
    };
    auto state = std::make_shared<State>();
    state->pending = entries.size();
    if (entries.isEmpty()) {
        done({}, {});
        return;
    }
    for (const QString &entry : entries) {
        store->read(entry, context, [state, entry, done](std::optional<QString> secret, const QString &error) {
            if (secret)
                state->secrets.insert(entry, *secret);
            else
                state->problems.append(!error.isEmpty()
                                           ? error
                                           : QCoreApplication::translate("SecretBatch",
                                                                         "the keychain holds nothing for %1: "
                                                                         "store it under Endpoints…")
                                                 .arg(entry));
            if (--state->pending == 0)
                done(state->secrets, state->problems);
        });
    }
}
