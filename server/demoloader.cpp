#include "demoloader.h"

#include "authservice.h"
#include "demo/demogenerator.h"
#include "logging.h"
#include "passwordhasher.h"
#include "serverdatabase.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

QString randomPassword() {
    return PasswordHasher::randomToken().left(14);
}

// Visibility of bulk-loaded rows, set in SQL once every table is in (same rules as Visibility::keyFor).
QStringList visibilityStatements() {
    QStringList s{u"UPDATE customers SET vis_rep = owner_id, vis_team = (SELECT r.team_id FROM reps r WHERE r.id = "
                  "customers.owner_id)"_s};
    for (const EntityDef& e : Schema::entities()) {
        if (e.scope == Scope::Customer && e.name != u"customers"_s)
            s << u"UPDATE %1 SET vis_rep = (SELECT c.vis_rep FROM customers c WHERE c.id = %1.customer_id), vis_team "
                 "= (SELECT c.vis_team FROM customers c WHERE c.id = %1.customer_id)"_s.arg(e.name);
    }
    for (const EntityDef& e : Schema::entities()) {
        if (e.scope == Scope::Opportunity)
            s << u"UPDATE %1 SET vis_rep = (SELECT o.vis_rep FROM opportunities o WHERE o.id = %1.%2), vis_team = "
                 "(SELECT o.vis_team FROM opportunities o WHERE o.id = %1.%2)"_s.arg(e.name, e.scopeField);
        if (e.scope == Scope::Rep)
            s << u"UPDATE %1 SET vis_rep = %2, vis_team = (SELECT r.team_id FROM reps r WHERE r.id = %1.%2)"_s.arg(
                e.name, e.scopeField);
    }
    return s;
}

} // namespace

Result<qint64> DemoLoader::copyReplica(ServerDatabase& db, const QString& replicaPath) {
    Result<std::unique_ptr<Database>> replica = Database::open(replicaPath, Database::Access::ReadOnly);
    if (!replica)
        return fail(replica.error());
    Result<QSqlQuery> existing = db.exec(u"SELECT count(*) FROM customers"_s);
    if (!existing)
        return fail(existing.error());
    if (existing->next() && existing->value(0).toLongLong() > 0)
        return fail(u"%1 already holds an organisation; load the demo into an empty store"_s.arg(db.displayUrl()));
    existing->finish();

    if (Status s = db.beginWrite(); !s)
        return fail(s.error());
    Result<qint64> counter = db.lockCounter();
    if (!counter) {
        db.rollback();
        return fail(counter.error());
    }
    qint64 seq = *counter;
    qint64 rows = 0;
    Result<QSqlDatabase> conn = db.connection();
    for (const EntityDef& e : Schema::entities()) {
        const QStringList fields = e.fieldNames();
        const QStringList columns = QStringList{u"id"_s, u"updated_at"_s, u"deleted"_s} + fields;
        QSqlQuery read = (*replica)->prepare(u"SELECT %1 FROM %2 ORDER BY rowid"_s.arg(columns.join(u", "_s), e.name));
        if (!read.exec()) {
            db.rollback();
            return fail(u"cannot read %1 from the demo replica"_s.arg(e.name));
        }
        QSqlQuery insert(*conn);
        const QStringList target = QStringList{u"seq"_s, u"version"_s} + columns;
        insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(e.name, target.join(u", "_s),
                                                                QStringList(target.size(), u"?"_s).join(u", "_s)));
        while (read.next()) {
            ++seq;
            insert.addBindValue(seq);
            insert.addBindValue(seq);
            for (int i = 0; i < columns.size(); ++i)
                insert.addBindValue(read.value(i));
            if (!insert.exec()) {
                db.rollback();
                return fail(u"cannot load %1 into the server store: %2"_s.arg(e.name, insert.lastError().text()));
            }
            ++rows;
        }
    }
    for (const QString& sql : visibilityStatements()) {
        if (Status s = db.execute(sql); !s) {
            db.rollback();
            return fail(s.error());
        }
    }
    if (Status s = db.storeCounter(seq); !s) {
        db.rollback();
        return fail(s.error());
    }
    if (Status s = db.commit(); !s)
        return fail(s.error());
    if (db.dialect() == ServerDatabase::Dialect::SQLite) {
        // Fold the bulk load's write-ahead log into the file now, not on the first request that writes.
        if (Status s = db.execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !s)
            return fail(s.error());
    }
    (void)db.execute(u"ANALYZE"_s);
    return rows;
}

Result<QList<DemoAccount>> DemoLoader::load(ServerDatabase& db, int customers, quint64 seed) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(u"cannot create a temporary directory for the demo replica"_s);
    const QString path = dir.filePath(u"demo.sqlite"_s);
    {
        Result<std::unique_ptr<Database>> replica = Database::open(path);
        if (!replica)
            return fail(replica.error());
        DemoOptions options;
        options.customers = customers;
        options.seed = seed;
        Result<DemoSummary> summary = DemoGenerator::generate(**replica, options);
        if (!summary)
            return fail(summary.error());
    }
    return loadReplica(db, path);
}

Result<QList<DemoAccount>> DemoLoader::loadReplica(ServerDatabase& db, const QString& replicaPath) {
    Result<qint64> rows = copyReplica(db, replicaPath);
    if (!rows)
        return fail(rows.error());
    qCInfo(lcServer) << "loaded" << *rows << "demo rows into" << db.displayUrl();

    // One account per role: the first rep, supervisor and director of the demo organisation, plus an admin.
    QList<DemoAccount> accounts;
    for (const QString& role : {u"rep"_s, u"supervisor"_s, u"director"_s}) {
        Result<QSqlQuery> q = db.exec(
            u"SELECT id, email, team_id FROM reps WHERE role = ? AND deleted = 0 ORDER BY email, id LIMIT 1"_s, {role});
        if (!q)
            return fail(q.error());
        if (!q->next())
            continue;
        const QString email = q->value(1).toString();
        accounts << DemoAccount{email.isEmpty() ? role + u"@demo.stride.example"_s : email, role, randomPassword(),
                                q->value(0).toString(), q->value(2).toString()};
    }
    accounts << DemoAccount{u"admin@demo.stride.example"_s, u"admin"_s, randomPassword(), u"admin"_s, QString()};
    AuthService auth(db);
    for (const DemoAccount& a : std::as_const(accounts)) {
        Result<Account> added = auth.addUser(a.name, a.role, a.teamId, a.repId, a.password);
        if (!added)
            return fail(u"cannot create the demo account %1: %2"_s.arg(a.name, added.error()));
    }
    return accounts;
}

} // namespace Stride::Server
