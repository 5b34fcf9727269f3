#pragma once

#include "analytics/dwelllights.h"
#include "clock.h"
#include "domain/stage.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stride {

class EntityStore;

// A customer's buying rhythm from its order dates (docs/sales-method.md rule 1).
struct PurchaseCycle {
    int orders = 0;
    std::optional<double> meanDays;       // mean days between consecutive orders; needs two orders
    std::optional<qint64> lastOrderAt;    // epoch secs
    std::optional<qint64> expectedNextAt; // last order + mean cycle
    int overdueDays = 0;                  // whole days past expectedNextAt at `now`; 0 when not overdue
    bool overdue() const { return overdueDays > 0; }
};

struct TicketBrief {
    QString subject;
    qint64 openedAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<double> responseHours; // first response − opened, in hours; none while unanswered
    bool open = true;                    // not closed yet
};

struct CompetitorNote {
    qint64 at = 0;
    QString text;
};

struct OpportunityBrief {
    QString id;
    QString title;
    Stage stage = Stage::Lead;
    double amount = 0;
    double daysInStage = 0; // since stage_entered_at
    double idleDays = 0;    // since the later of entering the stage and the customer's last visit
    Light light = Light::Green;
};

// The briefing card of one morning-checklist pick.
struct CustomerBriefing {
    QString customerId;
    QString name;
    QString tier;            // the effective tier (CustomerTier): the pin, else the value score's
    bool tierPinned = false; // tier is an admin's pin
    std::optional<double> valueScore;
    qint64 scoreOrgAsOf = 0; // when the organisation's figures behind P were computed; 0: this replica's own
    qint64 computedAt = 0;   // the "now" the briefing was made at
    PurchaseCycle cycle;
    std::optional<TicketBrief> latestTicket;
    QList<CompetitorNote> competitorNotes; // newest first, at most three
    QList<OpportunityBrief> openOpportunities;
};

// A suggested pick for the morning checklist, ranked by value score, overdue purchase cycle and open
// escalations.
struct ChecklistSuggestion {
    QString customerId;
    QString name;
    QString tier; // the effective tier (CustomerTier)
    bool tierPinned = false;
    double valueScore = 0;
    int overdueDays = 0;
    int openEscalations = 0;
    double rank = 0; // higher first
};

// The computations behind the Today page: purchase cycle, briefing cards and checklist suggestions.
// rank = value score (0–100) + min(overdue days, kMaxOverdueWeight) + kEscalationWeight × open escalations,
// so an overdue customer or one with an escalation climbs above a merely valuable one.
class Briefing final {
public:
    static constexpr int kMaxOverdueWeight = 60;
    static constexpr double kEscalationWeight = 25;
    static constexpr int kCompetitorNotes = 3;

    // Pure: order times in any order.
    static PurchaseCycle purchaseCycle(QList<qint64> orderTimes, qint64 now);
    static Light dwellLight(Stage stage, double idleDays, const QMap<QString, DwellThreshold>& thresholds);

    static Result<CustomerBriefing> forCustomer(EntityStore& store, const QString& customerId, const Clock& clock);
    // The rep's own customers, best first.
    static Result<QList<ChecklistSuggestion>> suggestions(const Database& db, const QString& repId, const Clock& clock,
                                                          int limit = 10);
};

} // namespace Stride
