#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace Stride {

class OrgCalendar;

// What a figure is computed over: a period [from, to) in UTC epoch seconds (0 = open on that side) and the
// org (no team, no rep), one team, or one rep. A rep id wins over a team id.
struct AnalyticsFilter {
    qint64 from = 0;
    qint64 to = 0;
    QString teamId;
    QString repId;
    // Set by lastMonths(): the period is this many whole calendar months ending with the current one, so that a
    // figure computed for the organisation (DashboardFigures) takes them in its calendar (OrgCalendar).
    int wholeMonths = 0;

    // An SQL condition that keeps rows whose rep column (e.g. "o.owner_id") is inside the filter's scope;
    // appends its bind values. "1" when the whole org is selected.
    QString repCondition(const QString& column, QVariantList& binds) const;
    // An SQL condition that keeps rows whose time column lies in the period; appends its bind values.
    QString periodCondition(const QString& column, QVariantList& binds) const;
    bool inPeriod(qint64 t) const { return (from == 0 || t >= from) && (to == 0 || t < to); }

    // The org over the last `months` calendar months (UTC) including the current one; months <= 0: all time.
    // The filter bar's periods, so monthly figures (coverage) get whole months; the bench uses the same.
    // DashboardFigures moves such a period onto the organisation's months.
    static AnalyticsFilter lastMonths(int months, const QDateTime& now);
    // The same in the organisation's calendar: months begin at midnight in its time zone, "now" is its clock's.
    static AnalyticsFilter lastMonths(int months, const OrgCalendar& calendar);
};

} // namespace Stride
