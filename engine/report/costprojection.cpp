#include "costprojection.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

// This file's strings, in the "CostProjector" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CostProjector)
};

const ModelInfo *findModel(const QString &nameOrId, const Catalog &catalog)
{
    if (const ModelInfo *m = catalog.model(nameOrId))
        return m;
    for (const ModelInfo &m : catalog.models()) {
        if (m.name.compare(nameOrId, Qt::CaseInsensitive) == 0 || m.id.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

} // namespace

CostProjection CostProjector::project(const RoutingStrategy &strategy, double outputTokensPerMonth,
                                      const Catalog &catalog)
{
    CostProjection p;
    for (const RoutingShare &s : strategy.mix) {
        const ModelInfo *m = catalog.model(s.modelId);
        if (!m || !m->outputPricePerM) {
            p.unpriced.append(m ? m->name : s.modelId);
            continue;
        }
        p.blendedPricePerM += s.share * *m->outputPricePerM;
    }
    if (p.unpriced.isEmpty() && !strategy.mix.isEmpty())
        p.monthlyUsd = outputTokensPerMonth / 1e6 * p.blendedPricePerM;
    return p;
}

QList<RoutingStrategy> CostProjector::publishedExample()
{
    return {
        {Tr::tr("All GLM-5"), {{QStringLiteral("glm-5"), 1.0}}},
        {Tr::tr("All DeepSeek V4 Pro"), {{QStringLiteral("deepseek-v4-pro"), 1.0}}},
        {Tr::tr("Routed mix"),
         {{QStringLiteral("deepseek-v4-flash"), 0.6},
          {QStringLiteral("qwen3-8b"), 0.3},
          {QStringLiteral("minimax-m2.5"), 0.1}}},
    };
}

std::optional<QList<RoutingShare>> CostProjector::parseMix(const QString &text, const Catalog &catalog, QString *error)
{
    static const QRegularExpression part(QStringLiteral("^\\s*(\\d+(?:[.,]\\d+)?)\\s*%\\s*(.+?)\\s*$"));
    // "+", ";" or a comma that is not a decimal comma ("60,5%").
    static const QRegularExpression separators(QStringLiteral("[+;]|,(?![0-9])|(?<![0-9]),"));
    QList<RoutingShare> mix;
    double total = 0;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : parts) {
        if (piece.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = part.match(piece);
        if (!m.hasMatch()) {
            *error = Tr::tr("\"%1\" is not a share: write it as \"60% DeepSeek V4 Flash\".").arg(piece.trimmed());
            return std::nullopt;
        }
        const double percent = QString(m.captured(1)).replace(u',', u'.').toDouble();
        const ModelInfo *model = findModel(m.captured(2), catalog);
        if (!model) {
            *error = Tr::tr("No model \"%1\" in the catalog.").arg(m.captured(2));
            return std::nullopt;
        }
        if (percent <= 0) {
            *error = Tr::tr("The share of %1 must be more than 0%.").arg(model->name);
            return std::nullopt;
        }
        mix.append({model->id, percent / 100.0});
        total += percent;
    }
    if (mix.isEmpty()) {
        *error = Tr::tr("The mix is empty: name at least one model with its share.");
        return std::nullopt;
    }
    // Thirds written as 33.33% add up to 99.99%: accept rounding in the
    // second decimal, then scale the shares to exactly 100%.
    if (std::abs(total - 100.0) > 0.05) {
        *error = Tr::tr("The shares add up to %1%, not 100%.").arg(total);
        return std::nullopt;
    }
    for (RoutingShare &s : mix)
        s.share *= 100.0 / total;
    return mix;
}

QString CostProjector::formatMix(const QList<RoutingShare> &mix, const Catalog &catalog)
{
    QStringList parts;
    for (const RoutingShare &s : mix) {
        const ModelInfo *m = catalog.model(s.modelId);
        parts.append(QStringLiteral("%1% %2").arg(s.share * 100.0, 0, 'g', 4).arg(m ? m->name : s.modelId));
    }
    return parts.join(QStringLiteral(" + "));
}
