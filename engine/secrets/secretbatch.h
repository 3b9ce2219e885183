#pragma once

#include <QHash>
#include <QStringList>

#include <functional>

class QObject;
class SecretStore;

// Reads several keychain entries at once and answers when all have: the
// secrets found, and a readable line for each entry that failed or is missing.
namespace SecretBatch {

void read(SecretStore *store, const QStringList &entries, QObject *context,
          std::function<void(const QHash<QString, QString> &secrets, const QStringList &problems)> done);

} // namespace SecretBatch
