#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Catalog;

// One model's share of a routing mix, 0..1.
struct RoutingShare
{
    QString modelId;
    double share = 0;
};

// A way to spend a month's output tokens: one model, or a mix routed by share.
struct RoutingStrategy
{
    QString name;
    QList<RoutingShare> mix;
};

// What a strategy costs a month. Output tokens only: input prices are unknown
// for the seed models, so the projection says what it leaves out.
struct CostProjection
{
    std::optional<double> monthlyUsd; // empty when a model in the mix has no price
    double blendedPricePerM = 0;      // USD per million output tokens
    QStringList unpriced;             // models of the mix with no output price
};

namespace CostProjector {

CostProjection project(const RoutingStrategy &strategy, double outputTokensPerMonth, const Catalog &catalog);

// The published study's example: all GLM-5, all DeepSeek V4 Pro, and
// 60% DeepSeek V4 Flash / 30% Qwen3-8B / 10% MiniMax M2.5.
QList<RoutingStrategy> publishedExample();

// Reads "60% deepseek-v4-flash + 30% Qwen3-8B, 10% MiniMax M2.5": shares in
// percent, models by API id or display name, shares adding up to 100%.
std::optional<QList<RoutingShare>> parseMix(const QString &text, const Catalog &catalog, QString *error);
// The inverse of parseMix, with display names.
QString formatMix(const QList<RoutingShare> &mix, const Catalog &catalog);

} // namespace CostProjector
