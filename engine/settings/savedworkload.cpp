#include "savedworkload.h"

#include "core/jsonreader.h"
#include "plan/runsettings.h"
#include "workload/workloadjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SavedWorkload SavedWorkload::of(const QString &name, const RunSettings &s)
{
    SavedWorkload w;
    w.name = name.left(kMaxNameChars);
    w.prompt = s.prompt;
    w.maxTokens = s.maxTokens;
    w.workload = s.workload;
    w.workload.profile = QStringLiteral("custom");
    w.workload.name = w.name;
    w.datasetPath = s.datasetPath;
    return w;
}

void SavedWorkload::applyTo(RunSettings *s) const
{
    s->prompt = prompt;
    s->maxTokens = maxTokens;
    s->workload = workload;
    s->datasetPath = datasetPath;
    if (s->datasetPath.isEmpty())
        s->dataset.reset();
}

QByteArray SavedWorkload::toJson(const QList<SavedWorkload> &list)
{
    QJsonArray array;
    for (const SavedWorkload &w : list)
        array.append(QJsonObject{{QStringLiteral("name"), w.name},
                                 {QStringLiteral("prompt"), w.prompt},
                                 {QStringLiteral("max_tokens"), w.maxTokens},
                                 {QStringLiteral("workload"), WorkloadJson::toJson(w.workload)},
                                 {QStringLiteral("dataset_path"), w.datasetPath}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<SavedWorkload> SavedWorkload::fromJson(const QByteArray &json)
{
    QList<SavedWorkload> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (qsizetype i = 0; i < array.size() && out.size() < kMaxSaved; ++i) {
        const QJsonObject o = array.at(i).toObject();
        JsonReader reader(json, QStringLiteral("settings"));
        const QVariantList at{QStringLiteral("workloads"), int(i)};
        SavedWorkload w;
        w.name = reader.string(o, QStringLiteral("name"), at, true).value_or(QString()).left(kMaxNameChars);
        w.prompt = reader.string(o, QStringLiteral("prompt"), at, true).value_or(QString());
        w.maxTokens = int(reader.number(o, QStringLiteral("max_tokens"), at, true, 1, 1e6).value_or(150));
        const QJsonObject workload = reader.object(o, QStringLiteral("workload"), at, true).value_or(QJsonObject());
        if (reader.ok())
            w.workload = WorkloadJson::read(reader, workload, at + QVariantList{QStringLiteral("workload")});
        w.datasetPath = reader.string(o, QStringLiteral("dataset_path"), at, false).value_or(QString());
        w.workload.name = w.name;
        if (reader.ok() && !w.name.trimmed().isEmpty() && !w.prompt.trimmed().isEmpty()
            && w.workload.validate().isEmpty() && !find(out, w.name))
            out.append(w);
    }
    return out;
}

const SavedWorkload *SavedWorkload::find(const QList<SavedWorkload> &list, const QString &name)
{
    for (const SavedWorkload &w : list) {
        if (w.name == name)
            return &w;
    }
    return nullptr;
}
