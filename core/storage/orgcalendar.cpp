#include "orgcalendar.h"

#include "storage/orgpolicyrepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Stride {

OrgCalendar::OrgCalendar(const QString& zoneId, const Clock& clock)
    : m_zone(zoneId.toUtf8())
    , m_clock(&clock) {
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

OrgCalendar OrgCalendar::of(const Database& db, const Clock& clock) {
    return OrgCalendar(OrgPolicyRepository::loadOrDefaults(db).timeZone, clock);
}

QDate OrgCalendar::dateOf(qint64 secs) const {
    return QDateTime::fromSecsSinceEpoch(secs, m_zone).date();
}

qint64 OrgCalendar::startOf(QDate day) const {
    QDateTime start(day, QTime(0, 0), m_zone);
    // Midnight may not exist (a daylight-saving jump at 00:00): the day starts at its first existing minute.
    for (int minutes = 0; !start.isValid() && minutes < 180; minutes += 15)
        start = QDateTime(day, QTime(0, 0).addSecs(minutes * 60), m_zone);
    return start.toSecsSinceEpoch();
}

qint64 OrgCalendar::monthStart(QDate day) const {
    return startOf(QDate(day.year(), day.month(), 1));
}

qint64 OrgCalendar::nextMonthStart(QDate day) const {
    return startOf(QDate(day.year(), day.month(), 1).addMonths(1));
}

QString OrgCalendar::dayText(qint64 secs) const {
    return dateOf(secs).toString(Qt::ISODate);
}

QString OrgCalendar::monthText(qint64 secs) const {
    return dateOf(secs).toString(u"yyyy-MM"_s);
}

} // namespace Stride
