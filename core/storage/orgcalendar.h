#pragma once

#include "clock.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace Stride {

class Database;

// Days and months as the organisation counts them: in the time zone of its policy (OrgPolicy org.timezone), not
// in UTC. A visit at 07:30 in Shanghai on 1 April is on 1 April (and in April) although it is still 31 March in
// UTC. The one place that turns a timestamp into a day or a month, and a day or a month into timestamps.
class OrgCalendar final {
public:
    // `zoneId` an IANA id; an unknown one counts as UTC.
    explicit OrgCalendar(const QString& zoneId = QStringLiteral("UTC"), const Clock& clock = Clock::system());
    // The zone of the replica's policy; UTC when it has none yet (a replica that has not pulled its organisation's
    // policy keeps the days it showed before).
    static OrgCalendar of(const Database& db, const Clock& clock = Clock::system());

    const QTimeZone& zone() const { return m_zone; }
    qint64 now() const { return m_clock->nowSecs(); }

    QDate dateOf(qint64 secs) const;
    QDate today() const { return dateOf(now()); }
    // The first second of `day` in the zone (a day that starts in a daylight-saving gap starts at its first
    // existing second).
    qint64 startOf(QDate day) const;
    // The first second of the month `day` lies in, and of the month after it.
    qint64 monthStart(QDate day) const;
    qint64 nextMonthStart(QDate day) const;
    QString dayText(qint64 secs) const;   // yyyy-MM-dd
    QString monthText(qint64 secs) const; // yyyy-MM

private:
    QTimeZone m_zone;
    const Clock* m_clock;
};

} // namespace Stride
