#pragma once

#include "catalog/catalog.h"
#include "plan/runplan.h"
#include "run/runcontroller.h"
#include "run/runresult.h"

#include <QSignalSpy>
#include <QTest>

// What the load tests share: a model whose simulated capacity is small and
// known, and a run to its end.
namespace LoadTesting {

// 100 ms TTFT, 100 tokens/s, 5 tokens an event; `slots` decode slots (0:
// unlimited), a queue of 64, decoding at half speed in a full batch.
inline Catalog catalogWithTestModel(int slots)
{
    Catalog c = Catalog::builtIn();
    ModelInfo m;
    m.id = QStringLiteral("cap-test");
    m.name = QStringLiteral("Capacity test");
    m.provider = QStringLiteral("Test");
    m.publishedTtftMs = 100;
    m.publishedTokensPerS = 100;
    m.simTokensPerEvent = 5;
    m.simSlots = slots;
    m.simQueue = 64;
    m.simFullBatchSpeed = 0.5;
    c.upsert(m);
    return c;
}

// Runs `plan` on the engine thread; the result, or an empty one after `timeoutMs`.
inline RunResult run(const RunPlan &plan, int timeoutMs)
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QString error;
    if (!controller.start(plan, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!finished.wait(timeoutMs)) {
        controller.cancel();
        finished.wait(10000);
        return {};
    }
    return finished.constFirst().constFirst().value<RunResult>();
}

} // namespace LoadTesting
