#pragma once

#include "prefillfit.h"
#include "run/lanesummary.h"
#include "run/measurementlag.h"
#include "workload/workload.h"

#include <QList>
#include <QString>

#include <optional>

class Catalog;
struct RequestMetrics;
struct RequestRecord;
struct RunResult;

// One model from one region, with what the catalog says of it: the rows of the
// leaderboard the CLI prints and the dashboard shows.
struct LeaderboardRow
{
    int rank = 0;
    LaneSummary lane;
    QString name;
    QString provider;
    std::optional<double> outputPricePerM;
    QString tier;                          // tier name, empty without a price
    QString band;                          // TTFT band of ttftP50()
    std::optional<double> publishedTtftMs; // reference, for the region: first token, as the study measured
    std::optional<double> publishedTokensPerS;
    bool reasoning = false;
    TtftKind ttftKind = TtftKind::FirstToken; // what ttftP50() and the band follow

    std::optional<double> ttftP50() const;
    std::optional<double> ttftP90() const;
    std::optional<double> ttftP99() const;
    // The published TTFT when it measures the same thing (the first token); else nothing.
    std::optional<double> comparablePublishedTtftMs() const
    {
        return ttftKind == TtftKind::FirstToken ? publishedTtftMs : std::nullopt;
    }
};

// Builds and formats the ranked leaderboard of a run.
class Leaderboard
{
public:
    enum class RankBy { Ttft, TokensPerS, Cost };
    enum class Format { Table, Csv, Markdown };

    Leaderboard(const RunResult &result, const Catalog &catalog, RankBy rankBy,
                TtftKind ttftKind = TtftKind::FirstToken);

    // The rows of any set of records (a run still going, a merged view), in
    // lane order, unranked (rank 0); `metrics` as in LaneSummary::summarize.
    static QList<LeaderboardRow> rowsOf(const QList<RequestRecord> &records, const Catalog &catalog, double timeScale,
                                        const QList<RequestMetrics> *metrics = nullptr,
                                        TtftKind ttftKind = TtftKind::FirstToken);
    // "first token of any kind" or "first answer text", for titles and notes.
    static QString ttftKindText(TtftKind kind);

    const QList<LeaderboardRow> &rows() const { return m_rows; }
    QString format(Format format) const;

    static std::optional<RankBy> rankByFromString(const QString &s);
    // What a reader must know to read the numbers (simulated, time scale, estimates).
    QStringList notes() const;
    // A sweep's prefill estimate per lane (none without a sweep).
    const QList<PrefillFit> &prefill() const { return m_prefill; }

private:
    QString table() const;
    QString csv() const;
    QString markdown() const;

    QList<LeaderboardRow> m_rows;
    bool m_simulated = false;
    double m_timeScale = 1;
    bool m_anyEstimated = false;
    std::optional<MeasurementLag> m_lag;
    Workload m_workload;
    QList<PrefillFit> m_prefill;
    TtftKind m_ttftKind = TtftKind::FirstToken;
};
