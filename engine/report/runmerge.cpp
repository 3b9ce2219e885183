#include "runmerge.h"

#include <cmath>

namespace {

void rescale(RequestTimeline *t, double factor)
{
    const auto scaled = [factor](qint32 us) { return us < 0 ? us : qint32(std::lround(us * factor)); };
    t->sentUs = scaled(t->sentUs);
    t->headersUs = scaled(t->headersUs);
    t->firstAnyUs = scaled(t->firstAnyUs);
    t->firstContentUs = scaled(t->firstContentUs);
    t->endUs = scaled(t->endUs);
    for (qint32 &us : t->tokenEventsUs)
        us = scaled(us);
    for (TextFlow *f : {&t->answer, &t->reasoning, &t->tool}) {
        f->firstUs = scaled(f->firstUs);
        f->lastUs = scaled(f->lastUs);
    }
}

} // namespace

LoadedReport RunMerge::merge(const QList<LoadedReport> &runs)
{
    if (runs.size() == 1)
        return runs.constFirst();
    LoadedReport out{RunResult{}, runs.isEmpty() ? Catalog::builtIn() : runs.constFirst().catalog};
    RunResult &merged = out.result;
    QList<QHash<QString, QString>> renamed; // per run: its region id -> merged id
    for (const LoadedReport &run : runs) {
        const RunPlan &plan = run.result.plan;
        if (merged.plan.models.isEmpty()) {
            merged.plan = plan;
            merged.plan.models.clear();
            merged.plan.regions.clear();
            merged.startedUtc = run.result.startedUtc;
        }
        for (const QString &m : plan.models) {
            if (!merged.plan.models.contains(m))
                merged.plan.models.append(m);
            if (const ModelInfo *info = run.catalog.model(m); info && !out.catalog.model(m))
                out.catalog.upsert(*info);
            if (!merged.plan.routes.contains(m))
                merged.plan.routes.insert(m, plan.routes.value(m));
        }
        for (const Endpoint &e : plan.endpoints) {
            if (!findEndpoint(merged.plan.endpoints, e.id))
                merged.plan.endpoints.append(e);
        }
        QHash<QString, QString> ids;
        for (Region region : plan.regions) {
            const QString original = region.id;
            for (int n = 2; findRegion(merged.plan.regions, region.id); ++n) {
                region.id = QStringLiteral("%1 (%2)").arg(original).arg(n);
                region.name = QStringLiteral("%1 (%2)").arg(region.name.isEmpty() ? original : region.name).arg(n);
            }
            ids.insert(original, region.id);
            merged.plan.regions.append(region);
        }
        renamed.append(ids);
        merged.simulated = merged.simulated || run.result.simulated;
        merged.cancelled = merged.cancelled || run.result.cancelled;
        if (run.result.startedUtc.isValid() && run.result.startedUtc < merged.startedUtc)
            merged.startedUtc = run.result.startedUtc;
        merged.finishedUtc = std::max(merged.finishedUtc, run.result.finishedUtc);
    }
    // One time base for all: offsets of a run made at another speed-up are
    // rescaled so that every figure reads in the same simulated (or wall) time.
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const double factor = runs.at(i).result.plan.timeScale / merged.plan.timeScale;
        for (RequestRecord r : runs.at(i).result.records) {
            if (factor != 1.0)
                rescale(&r.timeline, factor);
            r.region = renamed.at(i).value(r.region, r.region);
            r.lane = merged.plan.laneIndex(r.model, r.region);
            merged.records.append(r);
        }
    }
    return out;
}
