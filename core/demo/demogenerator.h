#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace Stride {

class Database;

struct DemoOptions {
    int customers = 3000;    // 1 .. 200,000
    quint64 seed = 20261122; // same seed and same `today` → byte-identical data
    QDate today;             // the day the demo ends on (12 months of history before it); invalid → today (UTC)
    std::function<void(int percent)> progress; // optional, called from the generating thread
    // Optional, polled from the generating thread (also inside long statements): true stops the run and rolls
    // everything back; generate() then fails with ErrorCode::Cancelled.
    std::function<bool()> cancelled;
};

struct DemoSummary {
    QDateTime now;              // the demo's "now": 18:00 on `today` in the organisation's time zone (UTC)
    QMap<QString, qint64> rows; // table → rows written
    qint64 totalRows = 0;
    double seconds = 0;
};

// Fills an empty, migrated replica with a deterministic demo organisation (docs/sales-method.md):
// a director, supervisors and reps in teams scaled to the customer count, customers with contacts,
// 12 months of orders, visits by tier, service tickets, opportunities through the six stages,
// forecast signals, payment milestones, insights, tasks, checklists, the behaviour-points catalogue,
// standard actions and example rules, then every customer's value score and the visit-due tasks of the tiers it
// gives. Seed data is not a user edit: it writes no outbox entries.
class DemoGenerator final {
public:
    // Also records the demo's "now" in the replica's settings (Settings::demoNow), so that figures read on it
    // later are evaluated as of the day it was made for (ReplicaClock), and ends by scoring every customer at that
    // "now" and writing the visit-due tasks of their effective tiers (DemoScoring), so that nobody needs to score a
    // fresh demo. The rows are committed before that last step; it reports progress from kScoringPercent to 100.
    static Result<DemoSummary> generate(Database& db, const DemoOptions& options);
    static constexpr int kScoringPercent = 97;
    // The demo's "now" for a given last day: the end of the working day there, in the demo organisation's zone.
    static QDateTime nowOf(const QDate& today);
    static QTimeZone timeZone();
    static QString cancelledMessage();

private:
    // The rows: one transaction, rolled back on failure or cancel.
    static Result<DemoSummary> load(Database& db, const DemoOptions& options);
};

} // namespace Stride
