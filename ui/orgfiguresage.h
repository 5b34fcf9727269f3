#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace Stride {

// Says where an organisation figure (value score's P, similar-deal cycle, leaderboard, benchmarks) came from and
// how old it is: the server's aggregate rows carry the time they were computed (orgAsOf), 0 when this replica
// never received any and computed the figure from its own rows (docs/sales-method.md "One truth on every
// laptop"). Offline, the last synced aggregate stays in use, so its age is what the user must see.
class OrgFiguresAge final {
    Q_DECLARE_TR_FUNCTIONS(Stride::OrgFiguresAge)
public:
    // What a figure computed locally rests on, for the "this laptop" wording.
    enum class Source { Customers, Deals, Visits };
    // Older than this, the figures are flagged: the laptop has not synced for a week.
    static constexpr qint64 kStaleSecs = qint64(7) * 86400;
    // Within this, the age reads relative ("2 hours ago"); beyond it, as a date and time.
    static constexpr qint64 kRelativeSecs = 86400;

    // "Organisation figures as of 7 Dec 14:05", "Organisation figures from 2 hours ago", or "Computed on this
    // laptop from your own customers — sync to compare with the organisation" when orgAsOf is 0.
    static QString text(qint64 orgAsOf, qint64 now, Source source = Source::Customers);
    // The longer explanation for a tool tip: the exact time and what the figures are.
    static QString toolTip(qint64 orgAsOf, qint64 now);
    static bool isStale(qint64 orgAsOf, qint64 now) { return orgAsOf > 0 && now - orgAsOf > kStaleSecs; }
    // The age as the line shows it: "just now", "5 minutes ago", "2 hours ago", "7 Dec 14:05".
    static QString age(qint64 orgAsOf, qint64 now);
    // The amber of a stale age, readable on light and dark palettes.
    static QString staleColour() { return QStringLiteral("#d68910"); }
    // Sets a small line: text, tool tip, amber when stale, muted otherwise.
    static void apply(QLabel* label, qint64 orgAsOf, qint64 now, Source source = Source::Customers);
};

} // namespace Stride
