#pragma once

#include "benchmarkrun.h"
#include "load/arrivals.h"
#include "stream/dialect.h"
#include "stream/streamtarget.h"

#include <QNetworkProxy>

#include <optional>

struct BenchmarkRun::Lane
{
    int index = 0;
    QString model;
    QString region;
    QNetworkProxy proxy;
    bool ownTransport = false; // the engine's HTTP/1.1 transport, else Qt's (a proxy, or asked for)
    StreamTarget target;       // endpoint, URL from this region, key, headers
    ChatRequest chat;
    int warmupsLeft = 0;
    int measuredLeft = 0;
    int nextWarmup = 0;
    int nextMeasured = 0;
    int inFlight = 0;
    int warmupsInFlight = 0;
    int finished = 0;
    qint64 busyMs = 0; // summed e2e of finished requests, for the time-left estimate
    bool active = false;
    // Load mode: the lane's open-loop schedule, or its closed loop's streams.
    std::optional<Arrivals> arrivals;
    qint64 nextArrivalNs = 0;

    bool isDone() const { return warmupsLeft == 0 && measuredLeft == 0 && inFlight == 0; }
    int remaining() const { return warmupsLeft + measuredLeft + inFlight; }
};
