#include "analyticsfixture.h"

#include "storage/entitystore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Stride::Test {

AnalyticsFixture::AnalyticsFixture()
    : m_replica(u"stride.db"_s) {
    if (!m_replica.ok())
        qWarning() << m_replica.error();
}

qint64 AnalyticsFixture::day(double d) {
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(d * 86400);
}

QString AnalyticsFixture::insert(const QString& table, QVariantMap fields) {
    if (!fields.contains(u"id"_s))
        fields.insert(u"id"_s, EntityStore::newId());
    QStringList marks(fields.size(), u"?"_s);
    const auto r =
        db().execute(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, fields.keys().join(u", "_s), marks.join(u", "_s)),
                     fields.values());
    if (!r)
        qFatal("fixture insert into %s failed: %s", qPrintable(table), qPrintable(r.error()));
    return fields.value(u"id"_s).toString();
}

QString AnalyticsFixture::team(const QString& id, const QString& supervisorId) {
    return insert(u"teams"_s, {{u"id"_s, id},
                               {u"name"_s, u"Team "_s + id},
                               {u"supervisor_id"_s, supervisorId.isEmpty() ? QVariant() : supervisorId}});
}

QString AnalyticsFixture::rep(const QString& id, const QString& teamId, const QString& role,
                              const QString& supervisorId) {
    return insert(u"reps"_s, {{u"id"_s, id},
                              {u"name"_s, u"Rep "_s + id},
                              {u"role"_s, role},
                              {u"team_id"_s, teamId.isEmpty() ? QVariant() : teamId},
                              {u"supervisor_id"_s, supervisorId.isEmpty() ? QVariant() : supervisorId},
                              {u"hire_date"_s, day(-400)}});
}

QString AnalyticsFixture::customer(const QString& id, const QString& ownerId, const QVariantMap& extra) {
    QVariantMap f{{u"id"_s, id}, {u"name"_s, u"Customer "_s + id}, {u"owner_id"_s, ownerId}};
    f.insert(extra);
    return insert(u"customers"_s, f);
}

QString AnalyticsFixture::opportunity(const QString& id, const QString& customerId, const QString& ownerId,
                                      const QStringList& stages, const QList<double>& days, const QVariantMap& extra) {
    QVariantMap f{{u"id"_s, id},
                  {u"customer_id"_s, customerId},
                  {u"owner_id"_s, ownerId},
                  {u"title"_s, u"Deal "_s + id},
                  {u"stage"_s, stages.last()},
                  {u"stage_entered_at"_s, day(days.at(stages.size() - 1))},
                  {u"created_at"_s, day(days.first())}};
    if (stages.last() == u"won"_s || stages.last() == u"lost"_s)
        f.insert(u"closed_at"_s, day(days.at(stages.size() - 1)));
    f.insert(extra);
    insert(u"opportunities"_s, f);
    for (qsizetype i = 0; i < stages.size(); ++i) {
        insert(u"stage_history"_s,
               {{u"opportunity_id"_s, id},
                {u"stage"_s, stages.at(i)},
                {u"entered_at"_s, day(days.at(i))},
                {u"left_at"_s, i + 1 < stages.size() ? QVariant(day(days.at(i + 1))) : QVariant()}});
    }
    return id;
}

QString AnalyticsFixture::visit(const QString& customerId, const QString& repId, double atDay,
                                const QVariantMap& extra) {
    QVariantMap f{{u"customer_id"_s, customerId},
                  {u"rep_id"_s, repId},
                  {u"visited_at"_s, day(atDay)},
                  {u"channel"_s, u"onsite"_s}};
    f.insert(extra);
    return insert(u"visits"_s, f);
}

qint64 AnalyticsFixture::count(const QString& sql) {
    auto q = db().exec(sql);
    if (!q || !q->next())
        qFatal("count failed: %s", qPrintable(sql));
    return q->value(0).toLongLong();
}

} // namespace Stride::Test
