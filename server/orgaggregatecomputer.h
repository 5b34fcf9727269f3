#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Stride::Server {

class ServerDatabase;

// One row of org_aggregates as the server computed it (docs/sync-protocol.md "Organisation aggregates").
struct OrgAggregateRow {
    QString id;     // kind, or kind:scope (deterministic, so a recomputation overwrites the same row)
    QString kind;   // OrgAggregates::kPurchaseDistribution …
    QString teamId; // empty: the organisation's, seen by everyone
    QString key;    // what within the kind: the period of a leaderboard, "org" or a team id
    QString valueJson;
};

// Computes the organisation's aggregates from the server's tables with SQL that runs on SQLite and on
// PostgreSQL alike (plain joins, GROUP BY, COALESCE; quantiles and ranks are taken in C++ over the grouped
// rows). What it returns holds figures only: totals, counts, breakpoints, per-rep points, never a row of
// another entity.
class OrgAggregateComputer final {
public:
    explicit OrgAggregateComputer(ServerDatabase& db)
        : m_db(db) {}

    // Every aggregate as of `now` (UTC epoch seconds), sorted by id.
    Result<QList<OrgAggregateRow>> compute(qint64 now);

private:
    Status purchaseDistribution(qint64 now, int windowMonths, QList<OrgAggregateRow>& out);
    Status similarCycles(qint64 now, QList<OrgAggregateRow>& out);
    Status leaderboards(qint64 now, const QString& timeZone, QList<OrgAggregateRow>& out);
    Status funnelBenchmarks(qint64 now, QList<OrgAggregateRow>& out);
    Status coverageBenchmarks(qint64 now, const QString& timeZone, QList<OrgAggregateRow>& out);

    ServerDatabase& m_db;
};

} // namespace Stride::Server
