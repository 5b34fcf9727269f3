#include "analyticsfilter.h"

#include "storage/orgcalendar.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString AnalyticsFilter::repCondition(const QString& column, QVariantList& binds) const {
    if (!repId.isEmpty()) {
        binds << repId;
        return column + u" = ?"_s;
    }
    if (!teamId.isEmpty()) {
        binds << teamId;
        return column + u" IN (SELECT id FROM reps WHERE team_id = ?)"_s;
    }
    return u"1"_s;
}

QString AnalyticsFilter::periodCondition(const QString& column, QVariantList& binds) const {
    QString c = u"1"_s;
    if (from != 0) {
        c += u" AND "_s + column + u" >= ?"_s;
        binds << from;
    }
    if (to != 0) {
        c += u" AND "_s + column + u" < ?"_s;
        binds << to;
    }
    return c;
}

AnalyticsFilter AnalyticsFilter::lastMonths(int months, const OrgCalendar& calendar) {
    AnalyticsFilter f;
    if (months <= 0)
        return f;
    const QDate today = calendar.today();
    f.from = calendar.monthStart(today.addMonths(-(months - 1)));
    f.to = calendar.nextMonthStart(today);
    f.wholeMonths = months;
    return f;
}

AnalyticsFilter AnalyticsFilter::lastMonths(int months, const QDateTime& now) {
    AnalyticsFilter f;
    if (months <= 0)
        return f;
    const QDate today = now.toUTC().date();
    const QDate month(today.year(), today.month(), 1);
    f.from = QDateTime(month.addMonths(-(months - 1)), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    f.to = QDateTime(month.addMonths(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    f.wholeMonths = months;
    return f;
}

} // namespace Stride
