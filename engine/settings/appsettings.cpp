#include "appsettings.h"

#include "core/jsonreader.h"
#include "endpoints/savedendpoints.h"
#include "load/loadjson.h"
#include "plan/runplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

namespace {

// The run panel's load, as JSON; a plain run when it is missing or broken (a
// settings file is read range-checked, as any file).
Load readLoad(const QString &json)
{
    if (json.isEmpty())
        return {};
    JsonReader r(json.toUtf8(), QStringLiteral("settings"));
    QJsonObject o;
    if (!r.parseObject(&o))
        return {};
    const Load load = LoadJson::read(r, o, {});
    return r.ok() && load.validate().isEmpty() ? load : Load();
}

// This file's strings, in the "AppSettings" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
};

// An int setting within [min, max], else the default: a hand-edited or
// damaged value never reaches a run.
int boundedInt(const QSettings &s, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

// The run's workload: a known profile or "custom", each value bounded.
Workload readWorkload(const QSettings &s)
{
    Workload w;
    const QString profile = s.value(QStringLiteral("workload"), w.profile).toString();
    w.profile = Workload::profileOf(profile) ? profile : QStringLiteral("custom");
    w.inputTokens = boundedInt(s, QStringLiteral("inputTokens"), 0, 0, Workload::kMaxInputTokens);
    bool ok = false;
    const double spread = s.value(QStringLiteral("inputSpread")).toDouble(&ok);
    w.inputSpread = ok && spread >= 0 && spread <= 0.9 ? spread : 0;
    w.cache = s.value(QStringLiteral("warmCache"), false).toBool() ? Workload::Cache::Warm : Workload::Cache::Unique;
    w.fixedOutput = s.value(QStringLiteral("fixedOutput"), false).toBool();
    w.toolCall = s.value(QStringLiteral("toolCall"), false).toBool();
    w.name = s.value(QStringLiteral("workloadName")).toString().left(SavedWorkload::kMaxNameChars);
    w.promptFile = s.value(QStringLiteral("promptFile")).toString();
    w.promptSha256 = s.value(QStringLiteral("promptSha256")).toString();
    return w;
}

} // namespace

AppSettings::AppSettings()
    : AppSettings(defaultPath())
{ }

AppSettings::AppSettings(const QString &iniPath, Access access)
    : m_settings(iniPath, QSettings::IniFormat)
{
    checkStatus(access);
}

QString AppSettings::defaultPath()
{
    if (qEnvironmentVariableIsSet("TOKENMETER_SETTINGS"))
        return qEnvironmentVariable("TOKENMETER_SETTINGS");
        // The dashboard's file, whichever program asks: the CLI reads the same
        // endpoints and regions. An INI file everywhere (on Linux, where
        // earlier versions kept it: Tokenmeter/Tokenmeter.conf).
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    const QSettings::Format format = QSettings::IniFormat;
#else
    const QSettings::Format format = QSettings::NativeFormat;
#endif
    return QSettings(format, QSettings::UserScope, QStringLiteral("Tokenmeter"), QStringLiteral("Tokenmeter"))
        .fileName();
}

void AppSettings::checkStatus(Access access)
{
    (void)m_settings.childKeys(); // reading makes QSettings parse the file
    if (m_settings.status() == QSettings::NoError)
        return;
    const QString path = m_settings.fileName();
    if (access == Access::ReadOnly) {
        m_loadError = Tr::tr("The settings file %1 could not be read; the defaults are used.").arg(path);
        return;
    }
    const QString aside = path + QStringLiteral(".broken-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const bool kept = QFile::copy(path, aside);
    m_settings.clear();
    m_loadError = kept ? Tr::tr("The settings file %1 could not be read; it was kept as %2 and the defaults are used.")
                             .arg(path, aside)
                       : Tr::tr("The settings file %1 could not be read; the defaults are used.").arg(path);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/splitter-") + name).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter-") + name, state);
}

std::optional<QStringList> AppSettings::checkedModels() const
{
    if (!m_settings.contains(QStringLiteral("picker/models")))
        return std::nullopt;
    return m_settings.value(QStringLiteral("picker/models")).toStringList();
}

void AppSettings::setCheckedModels(const QStringList &ids)
{
    m_settings.setValue(QStringLiteral("picker/models"), ids);
}

RunSettings AppSettings::runSettings() const
{
    const RunSettings d;
    RunSettings s;
    m_settings.beginGroup(QStringLiteral("run"));
    s.simulated = m_settings.value(QStringLiteral("simulated"), d.simulated).toBool();
    s.endpoint = m_settings.value(QStringLiteral("endpoint")).toString();
    if (s.endpoint.isEmpty() && m_settings.contains(QStringLiteral("baseUrl")))
        s.endpoint = QStringLiteral("custom"); // what endpoints() makes of an older version's settings
    if (m_settings.contains(QStringLiteral("regions")))
        s.simulatedRegions = m_settings.value(QStringLiteral("regions")).toStringList();
    if (m_settings.contains(QStringLiteral("vantagePoints")))
        s.regions = m_settings.value(QStringLiteral("vantagePoints")).toStringList();
    else if (!m_settings.value(QStringLiteral("proxy")).toString().isEmpty())
        s.regions = {QStringLiteral("proxy")};
    bool ok = false;
    const double scale = m_settings.value(QStringLiteral("timeScale")).toDouble(&ok);
    s.timeScale = ok && scale >= 1 && scale <= 100 ? scale : d.timeScale;
    s.autoTimeScale = m_settings.value(QStringLiteral("autoTimeScale"), true).toBool(); // the dashboard's default
    s.prompt = m_settings.value(QStringLiteral("prompt"), d.prompt).toString();
    if (s.prompt.trimmed().isEmpty())
        s.prompt = d.prompt;
    s.maxTokens = boundedInt(m_settings, QStringLiteral("maxTokens"), d.maxTokens, 1, 32768);
    s.iterations = boundedInt(m_settings, QStringLiteral("iterations"), d.iterations, 1, 100000);
    s.warmup = boundedInt(m_settings, QStringLiteral("warmup"), d.warmup, 0, 20);
    s.concurrency = boundedInt(m_settings, QStringLiteral("concurrency"), d.concurrency, 1, RunPlan::kMaxConcurrency);
    s.timeouts.totalS = boundedInt(m_settings, QStringLiteral("timeoutS"), int(d.timeouts.totalS), 1, 3600);
    s.workload = readWorkload(m_settings);
    s.datasetPath = m_settings.value(QStringLiteral("datasetPath")).toString();
    s.workload.datasetSeed = m_settings.value(QStringLiteral("datasetSeed"), 1).toULongLong();
    s.load = readLoad(m_settings.value(QStringLiteral("load")).toString());
    m_settings.endGroup();
    return s;
}

void AppSettings::setRunSettings(const RunSettings &s)
{
    m_settings.beginGroup(QStringLiteral("run"));
    m_settings.setValue(QStringLiteral("simulated"), s.simulated);
    m_settings.setValue(QStringLiteral("endpoint"), s.endpoint);
    // The keys of an older version, when a region was called a vantage point.
    m_settings.setValue(QStringLiteral("regions"), s.simulatedRegions);
    m_settings.setValue(QStringLiteral("vantagePoints"), s.regions);
    m_settings.setValue(QStringLiteral("timeScale"), s.timeScale);
    m_settings.setValue(QStringLiteral("autoTimeScale"), s.autoTimeScale);
    m_settings.setValue(QStringLiteral("prompt"), s.prompt);
    m_settings.setValue(QStringLiteral("maxTokens"), s.maxTokens);
    m_settings.setValue(QStringLiteral("iterations"), s.iterations);
    m_settings.setValue(QStringLiteral("warmup"), s.warmup);
    m_settings.setValue(QStringLiteral("concurrency"), s.concurrency);
    m_settings.setValue(QStringLiteral("timeoutS"), int(s.timeouts.totalS));
    m_settings.setValue(QStringLiteral("workload"), s.workload.profile);
    m_settings.setValue(QStringLiteral("inputTokens"), s.workload.inputTokens);
    m_settings.setValue(QStringLiteral("inputSpread"), s.workload.inputSpread);
    m_settings.setValue(QStringLiteral("warmCache"), s.workload.cache == Workload::Cache::Warm);
    m_settings.setValue(QStringLiteral("fixedOutput"), s.workload.fixedOutput);
    m_settings.setValue(QStringLiteral("toolCall"), s.workload.toolCall);
    m_settings.setValue(QStringLiteral("workloadName"), s.workload.name);
    m_settings.setValue(QStringLiteral("promptFile"), s.workload.promptFile);
    m_settings.setValue(QStringLiteral("promptSha256"), s.workload.promptSha256);
    m_settings.setValue(QStringLiteral("datasetPath"), s.datasetPath);
    m_settings.setValue(QStringLiteral("datasetSeed"), QString::number(s.workload.datasetSeed));
    m_settings.setValue(QStringLiteral("load"),
                        QString::fromUtf8(QJsonDocument(LoadJson::toJson(s.load)).toJson(QJsonDocument::Compact)));
    m_settings.endGroup();
}

QByteArray AppSettings::userCatalog() const
{
    if (m_settings.contains(QStringLiteral("catalog/user")))
        return m_settings.value(QStringLiteral("catalog/user")).toByteArray();
    if (!m_settings.contains(QStringLiteral("catalog/custom")))
        return {};
    // Before catalog/user: an array of custom models with a few catalog fields.
    // Only well-formed fields are carried over, so one bad value loses no model.
    QJsonArray models;
    const QJsonArray old
        = QJsonDocument::fromJson(m_settings.value(QStringLiteral("catalog/custom")).toByteArray()).array();
    for (const QJsonValue &v : old) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString().trimmed();
        if (id.isEmpty())
            continue;
        QJsonObject m{{QStringLiteral("id"), id}};
        for (const QString &key : {QStringLiteral("name"), QStringLiteral("provider")}) {
            if (o.value(key).isString())
                m.insert(key, o.value(key));
        }
        const QJsonValue price = o.value(QStringLiteral("output_price_usd_per_m"));
        if (price.isDouble() && price.toDouble() >= 0)
            m.insert(QStringLiteral("output_price_usd_per_m"), price);
        m.insert(QStringLiteral("reasoning"), o.value(QStringLiteral("reasoning")).toBool());
        models.append(m);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("tokenmeter.catalog/1")},
                                     {QStringLiteral("models"), models}})
        .toJson(QJsonDocument::Compact);
}

void AppSettings::setUserCatalog(const QByteArray &json)
{
    m_settings.setValue(QStringLiteral("catalog/user"), json);
    m_settings.remove(QStringLiteral("catalog/custom")); // converted: catalog/user holds those models now
}

QList<Endpoint> AppSettings::endpoints() const
{
    if (m_settings.contains(QStringLiteral("endpoints/list")))
        return SavedEndpoints::endpointsFromJson(
            QJsonDocument::fromJson(m_settings.value(QStringLiteral("endpoints/list")).toByteArray()).array());
    QList<Endpoint> endpoints = SavedEndpoints::defaultEndpoints();
    const QString oldUrl = m_settings.value(QStringLiteral("run/baseUrl")).toString();
    if (!oldUrl.isEmpty()) {
        Endpoint e;
        e.id = QStringLiteral("custom");
        e.name = QUrl::fromUserInput(oldUrl).host();
        e.baseUrl = oldUrl;
        e.protocol = m_settings.value(QStringLiteral("run/protocol")).toString() == u"anthropic"
            ? QStringLiteral("anthropic")
            : QStringLiteral("openai");
        const QString keyEnv = m_settings.value(QStringLiteral("run/keyEnv")).toString();
        e.keyRef = keyEnv.isEmpty() ? QString() : QStringLiteral("env:") + keyEnv;
        e.caFile = m_settings.value(QStringLiteral("run/caFile")).toString();
        endpoints.prepend(e);
    }
    return endpoints;
}

void AppSettings::setEndpoints(const QList<Endpoint> &endpoints)
{
    m_settings.setValue(QStringLiteral("endpoints/list"),
                        QJsonDocument(SavedEndpoints::toJson(endpoints)).toJson(QJsonDocument::Compact));
}

QList<Region> AppSettings::regions() const
{
    if (m_settings.contains(QStringLiteral("endpoints/regions")))
        return SavedEndpoints::regionsFromJson(
            QJsonDocument::fromJson(m_settings.value(QStringLiteral("endpoints/regions")).toByteArray()).array());
    QList<Region> regions = SavedEndpoints::defaultRegions();
    // A proxy's password was never saved: the settings kept where it is, not who logs in.
    const QUrl oldProxy(m_settings.value(QStringLiteral("run/proxy")).toString());
    if (oldProxy.isValid() && !oldProxy.host().isEmpty()) {
        Region proxy;
        proxy.id = QStringLiteral("proxy");
        proxy.name = Tr::tr("Through %1").arg(oldProxy.host());
        proxy.proxy = oldProxy.adjusted(QUrl::RemoveUserInfo).toString();
        proxy.proxyUser = oldProxy.userName();
        regions.append(proxy);
    }
    return regions;
}

void AppSettings::setRegions(const QList<Region> &regions)
{
    m_settings.setValue(QStringLiteral("endpoints/regions"),
                        QJsonDocument(SavedEndpoints::toJson(regions)).toJson(QJsonDocument::Compact));
}

std::optional<QList<RoutingStrategy>> AppSettings::strategies() const
{
    if (!m_settings.contains(QStringLiteral("cost/strategies")))
        return std::nullopt;
    QList<RoutingStrategy> list;
    const QJsonArray array
        = QJsonDocument::fromJson(m_settings.value(QStringLiteral("cost/strategies")).toByteArray()).array();
    for (const QJsonValue &v : array) {
        RoutingStrategy s;
        s.name = v.toObject().value(QStringLiteral("name")).toString();
        const QJsonArray mix = v.toObject().value(QStringLiteral("mix")).toArray();
        for (const QJsonValue &share : mix) {
            const QJsonObject o = share.toObject();
            const double fraction = o.value(QStringLiteral("share")).toDouble();
            if (fraction > 0 && fraction <= 1)
                s.mix.append({o.value(QStringLiteral("model")).toString(), fraction});
        }
        list.append(s);
    }
    return list;
}

void AppSettings::setStrategies(const QList<RoutingStrategy> &strategies)
{
    QJsonArray array;
    for (const RoutingStrategy &s : strategies) {
        QJsonArray mix;
        for (const RoutingShare &share : s.mix)
            mix.append(QJsonObject{{QStringLiteral("model"), share.modelId}, {QStringLiteral("share"), share.share}});
        array.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("mix"), mix}});
    }
    m_settings.setValue(QStringLiteral("cost/strategies"), QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SavedWorkload> AppSettings::savedWorkloads() const
{
    return SavedWorkload::fromJson(m_settings.value(QStringLiteral("workloads/saved")).toByteArray());
}

void AppSettings::setSavedWorkloads(const QList<SavedWorkload> &workloads)
{
    m_settings.setValue(QStringLiteral("workloads/saved"), SavedWorkload::toJson(workloads));
}

namespace {

// What a measured speed-up holds for: this version on this many cores.
QString speedupMachine()
{
    return QStringLiteral(TOKENMETER_VERSION "/%1").arg(QThread::idealThreadCount());
}

} // namespace

std::optional<double> AppSettings::honestSpeedup() const
{
    if (m_settings.value(QStringLiteral("sim/honestSpeedupFor")).toString() != speedupMachine())
        return std::nullopt;
    bool ok = false;
    const double v = m_settings.value(QStringLiteral("sim/honestSpeedup")).toDouble(&ok);
    return ok && v >= 1 && v <= 100 ? std::optional<double>(v) : std::nullopt;
}

QString AppSettings::honestSpeedupNote() const
{
    return m_settings.value(QStringLiteral("sim/honestSpeedupNote")).toString();
}

void AppSettings::setHonestSpeedup(double scale, const QString &note)
{
    m_settings.setValue(QStringLiteral("sim/honestSpeedup"), scale);
    m_settings.setValue(QStringLiteral("sim/honestSpeedupFor"), speedupMachine());
    m_settings.setValue(QStringLiteral("sim/honestSpeedupNote"), note);
}

TtftKind AppSettings::ttftKind() const
{
    return m_settings.value(QStringLiteral("view/ttft")).toString() == u"text" ? TtftKind::FirstText
                                                                               : TtftKind::FirstToken;
}

void AppSettings::setTtftKind(TtftKind kind)
{
    m_settings.setValue(QStringLiteral("view/ttft"),
                        kind == TtftKind::FirstText ? QStringLiteral("text") : QStringLiteral("token"));
}

bool AppSettings::sidePanelShown() const
{
    return m_settings.value(QStringLiteral("view/sidePanel"), true).toBool();
}

void AppSettings::setSidePanelShown(bool shown)
{
    m_settings.setValue(QStringLiteral("view/sidePanel"), shown);
}

QString AppSettings::maximisedChart() const
{
    return m_settings.value(QStringLiteral("view/maximisedChart")).toString();
}

void AppSettings::setMaximisedChart(const QString &name)
{
    m_settings.setValue(QStringLiteral("view/maximisedChart"), name);
}

double AppSettings::tokensPerMonth() const
{
    bool ok = false;
    const double v = m_settings.value(QStringLiteral("cost/tokensPerMonth")).toDouble(&ok);
    return ok && v > 0 && v < 1e15 ? v : 50e6;
}

void AppSettings::setTokensPerMonth(double tokens)
{
    m_settings.setValue(QStringLiteral("cost/tokensPerMonth"), tokens);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::keepUserCatalogAside() const
{
    const QString path = m_settings.fileName() + QStringLiteral(".catalog-broken-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(userCatalog()) < 0)
        return {};
    return path;
}

void AppSettings::sync()
{
    m_settings.sync();
}
