#include "auditlog.h"

#include "logging.h"
#include "serverdatabase.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// The entities whose changes are an administrator's changes of people and teams.
bool isPeopleEntity(const QString& entity) {
    return entity == u"reps"_s || entity == u"teams"_s;
}

QVariant orNull(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

AuditLog::AuditLog(ServerDatabase& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

Status AuditLog::record(AuditEntry e) {
    if (e.at == 0)
        e.at = m_clock.nowSecs();
    Status s =
        m_db.execute(u"INSERT INTO audit (at, event, actor, subject, address, detail) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {e.at, e.event, orNull(e.actor), orNull(e.subject), orNull(e.address), orNull(e.detail)});
    if (!s)
        qCWarning(lcServer).noquote() << "cannot write the audit entry" << e.event << "for" << e.subject << ":"
                                      << s.error();
    return s;
}

void AuditLog::pushEntry(const Account& account, const QString& deviceId, const Protocol::PushEntry& entry,
                         const Protocol::PushResult& result) {
    const QString what = u"%1 %2"_s.arg(entry.entity, entry.id);
    if (result.status == Protocol::EntryStatus::Rejected) {
        (void)record({u"push_rejected"_s,
                      account.name,
                      deviceId,
                      {},
                      u"mutation %1 on %2: %3"_s.arg(entry.mutationId).arg(what, result.reason)});
        return;
    }
    if (!isPeopleEntity(entry.entity))
        return;
    const QString change =
        entry.remove ? u"deleted %1"_s.arg(what) : u"%1 (%2)"_s.arg(what, entry.fields.keys().join(u", "_s));
    (void)record({u"people_changed"_s, account.name, deviceId, {}, change});
}

Result<QList<AuditEntry>> AuditLog::read(const Filter& filter) {
    QString sql = u"SELECT at, event, actor, subject, address, detail FROM audit WHERE at >= ?"_s;
    QVariantList binds{filter.since};
    if (!filter.user.isEmpty()) {
        sql += u" AND (actor = ? OR subject = ?)"_s;
        binds << filter.user << filter.user;
    }
    sql += u" ORDER BY id"_s;
    Result<QSqlQuery> q = m_db.exec(sql, binds);
    if (!q)
        return fail(q.error());
    QList<AuditEntry> out;
    while (q->next()) {
        out << AuditEntry{q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                          q->value(4).toString(), q->value(5).toString(), q->value(0).toLongLong()};
    }
    return out;
}

QString AuditLog::commandActor() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? u"command line"_s : u"command line (%1)"_s.arg(user);
}

} // namespace Stride::Server
