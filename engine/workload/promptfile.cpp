#include "promptfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

// This file's strings, in the "PromptFile" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PromptFile)
};

} // namespace

std::optional<PromptFile> PromptFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read the prompt file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        *error = Tr::tr("the prompt file %1 is larger than %2 MB").arg(path).arg(kMaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    PromptFile p;
    p.text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *error = Tr::tr("the prompt file %1 is not UTF-8 text").arg(path);
        return std::nullopt;
    }
    if (p.text.trimmed().isEmpty()) {
        *error = Tr::tr("the prompt file %1 is empty").arg(path);
        return std::nullopt;
    }
    p.name = QFileInfo(path).fileName();
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return p;
}
