#include "dataset.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// This file's strings, in the "Dataset" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dataset)
};

enum class Turn { System, User, Assistant, Dropped, Unknown };

struct RoleName
{
    const char *name;
    Turn turn;
};

// OpenAI's roles and ShareGPT's "from" values. Tool turns answer calls that
// the benchmarked model never made: they are left out.
constexpr RoleName kRoles[] = {
    {"user", Turn::User},           {"human", Turn::User},       {"assistant", Turn::Assistant},
    {"gpt", Turn::Assistant},       {"system", Turn::System},    {"developer", Turn::System},
    {"tool", Turn::Dropped},        {"function", Turn::Dropped}, {"function_call", Turn::Dropped},
    {"observation", Turn::Dropped}, {"ipython", Turn::Dropped},
};

Turn turnOf(const QString &role)
{
    for (const RoleName &r : kRoles) {
        if (role == QLatin1String(r.name))
            return r.turn;
    }
    return Turn::Unknown;
}

QString roleName(Turn turn)
{
    switch (turn) {
    case Turn::System:
        return QStringLiteral("system");
    case Turn::Assistant:
        return QStringLiteral("assistant");
    default:
        return QStringLiteral("user");
    }
}

// A content string, or the text parts of an array of parts (images and the
// like have no text to send).
QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList texts;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        const QJsonValue type = part.value(QLatin1String("type"));
        const QJsonValue text = part.value(QLatin1String("text"));
        if ((type.isUndefined() || type.toString() == QLatin1String("text")) && text.isString())
            texts.append(text.toString());
    }
    return texts.join(u'\n');
}

// A line's turns with our roles, without tool turns or turns with no text;
// nothing for a shape or a role we do not know.
std::optional<QList<ChatMessage>> turnsOf(const QJsonObject &object)
{
    const bool openAi = object.value(QLatin1String("messages")).isArray();
    const QJsonValue list = object.value(QLatin1String(openAi ? "messages" : "conversations"));
    if (!list.isArray())
        return std::nullopt;
    const QLatin1String roleKey(openAi ? "role" : "from");
    const QLatin1String contentKey(openAi ? "content" : "value");
    QList<ChatMessage> turns;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject message = value.toObject();
        const Turn turn = turnOf(message.value(roleKey).toString());
        if (turn == Turn::Unknown)
            return std::nullopt;
        const QString text = textOf(message.value(contentKey));
        if (turn != Turn::Dropped && !text.trimmed().isEmpty())
            turns.append(ChatMessage{roleName(turn), text});
    }
    return turns;
}

// What is sent: the turns up to the last user turn. Past kMaxMessages, the
// first system turn, which sets up the rest, and the latest turns.
bool cutToLastUserTurn(QList<ChatMessage> &turns)
{
    qsizetype end = turns.size();
    while (end > 0 && turns.at(end - 1).role != QLatin1String("user"))
        --end;
    if (end == 0)
        return false;
    turns.resize(end);
    if (turns.size() > Dataset::kMaxMessages) {
        const bool system = turns.constFirst().role == QLatin1String("system");
        QList<ChatMessage> kept;
        if (system)
            kept.append(turns.constFirst());
        kept.append(turns.sliced(turns.size() - (Dataset::kMaxMessages - kept.size())));
        turns = std::move(kept);
    }
    return true;
}

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

std::optional<Dataset> Dataset::read(const QString &path, QString *error)
{
    return read(path, error, nullptr);
}

std::optional<Dataset> Dataset::read(const QString &path, QString *error, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read the dataset %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        *error = Tr::tr("the dataset %1 is larger than %2 MB").arg(path).arg(kMaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    Dataset d;
    if (!d.readLines(file, path, error, cancel))
        return std::nullopt;
    if (d.m_conversations.isEmpty()) {
        *error = d.m_skipped == 0
            ? Tr::tr("the dataset %1 is empty").arg(path)
            : Tr::tr("the dataset %1 holds no usable conversation: %n line(s) skipped, each needs "
                     "\"messages\" or \"conversations\" with a user turn",
                     nullptr, d.m_skipped)
                  .arg(path);
        return std::nullopt;
    }
    d.m_name = QFileInfo(path).fileName();
    return d;
}

// One pass, a line at a time: neither the file nor a line is ever held past its cap.
bool Dataset::readLines(QFile &file, const QString &path, QString *error, const std::atomic_bool *cancel)
{
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    qint64 total = 0;
    int lineNumber = 0;
    // One buffer for every line: readLine(maxSize) would allocate the cap for each.
    QByteArray buffer(kMaxLineBytes + 4, Qt::Uninitialized); // room for "\r\n" and readLine's terminator
    while (!file.atEnd()) {
        if (cancel && cancel->load()) {
            error->clear();
            return false;
        }
        const qint64 got = file.readLine(buffer.data(), buffer.size());
        if (got <= 0) {
            *error = Tr::tr("cannot read the dataset %1: %2").arg(path, file.errorString());
            return false;
        }
        QByteArray line(buffer.constData(), got);
        ++lineNumber;
        total += line.size();
        if (total > kMaxBytes) { // a file that grows, or a device
            *error = Tr::tr("the dataset %1 is larger than %2 MB").arg(path).arg(kMaxBytes / (1024 * 1024));
            return false;
        }
        sha256.addData(line);
        const bool whole = line.endsWith('\n') || file.atEnd();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!whole || line.size() > kMaxLineBytes) {
            *error = Tr::tr("%1:%2: the line is longer than %3 MB")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(kMaxLineBytes / (1024 * 1024));
            return false;
        }
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF")) // a byte order mark
            line.remove(0, 3);
        if (!line.isValidUtf8()) {
            *error = Tr::tr("the dataset %1 is not UTF-8 text (line %2)").arg(path).arg(lineNumber);
            return false;
        }
        if (!addLine(line, lineNumber, path, error))
            return false;
    }
    m_sha256 = QString::fromLatin1(sha256.result().toHex());
    return true;
}

bool Dataset::addLine(const QByteArray &line, int lineNumber, const QString &path, QString *error)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.startsWith('[') && m_conversations.isEmpty() && m_skipped == 0) {
        *error = Tr::tr("the dataset %1 is a JSON array, not JSON Lines: one conversation per line "
                        "(jq -c '.[]' converts it)")
                     .arg(path);
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = Tr::tr("%1:%2: not JSON: %3 (column %4)")
                     .arg(path)
                     .arg(lineNumber)
                     .arg(parse.errorString())
                     .arg(parse.offset + 1);
        return false;
    }
    add(document.object()); // an array or a scalar is a shape we do not know: skipped
    return true;
}

void Dataset::add(const QJsonObject &object)
{
    std::optional<QList<ChatMessage>> turns = turnsOf(object);
    if (!turns || !cutToLastUserTurn(*turns)) {
        ++m_skipped;
        return;
    }
    if (m_conversations.size() >= kMaxConversations) {
        ++m_truncated;
        return;
    }
    m_conversations.append(std::move(*turns));
}

qsizetype Dataset::indexFor(quint64 seed, bool warmup, int iteration) const
{
    if (m_conversations.isEmpty()) // only a moved-from dataset
        return 0;
    // Warm-up and measured requests are two streams of one seed; no lane in it.
    const quint64 request = (quint64(quint32(iteration)) << 1) | (warmup ? 1U : 0U);
    return qsizetype(splitmix64(seed ^ splitmix64(request)) % quint64(m_conversations.size()));
}

qsizetype Dataset::chars(qsizetype index) const
{
    qsizetype n = 0;
    for (const ChatMessage &message : conversation(index))
        n += message.content.size();
    return n;
}
