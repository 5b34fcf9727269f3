#pragma once

// Shared by the repository tests: a migrated replica in a temporary directory, an EntityStore on a pinned
// clock, seed helpers and a reader for the outbox.

#include "clock.h"
#include "storage/database.h"
#include "storage/entitystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace StrideTest {

using namespace Qt::StringLiterals;

struct OutboxEntry {
    QString entity;
    QString rowId;
    QString op;
    QVariantMap fields;
    QVariantMap base;
    qint64 baseVersion = -1;
};

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto& verifyOkResult_ = (expr);                                                                          \
        QVERIFY2(verifyOkResult_.ok(), qPrintable(verifyOkResult_.error()));                                           \
    } while (false)

class RepositoryFixture {
public:
    // 2026-03-02 09:00 UTC, a Monday.
    static QDateTime start() { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); }

    RepositoryFixture()
        : clock(start()) {}

    // Call at the start of every test function (a fresh file each time).
    bool open() {
        QStandardPaths::setTestModeEnabled(true);
        store.reset();
        db.reset();
        dir = std::make_unique<QTemporaryDir>();
        clock.set(start());
        auto opened = Stride::Database::open(dir->filePath(u"replica.sqlite"_s));
        if (!opened) {
            qWarning() << opened.error();
            return false;
        }
        db = std::move(opened.value());
        store = std::make_unique<Stride::EntityStore>(*db, clock);
        return true;
    }

    qint64 now() const { return clock.nowSecs(); }

    QString save(const QString& entity, const QVariantMap& fields) {
        auto id = store->save(entity, QString(), fields);
        if (!id)
            qWarning() << "seed failed:" << entity << id.error();
        return id.valueOr(QString());
    }
    QString addTeam(const QString& name, const QString& supervisorId = {}) {
        QVariantMap fields{{u"name"_s, name}};
        if (!supervisorId.isEmpty())
            fields.insert(u"supervisor_id"_s, supervisorId);
        return save(u"teams"_s, fields);
    }
    QString addRep(const QString& name, const QString& teamId = {}, const QString& role = u"rep"_s) {
        QVariantMap fields{{u"name"_s, name}, {u"role"_s, role}, {u"active"_s, 1}};
        if (!teamId.isEmpty())
            fields.insert(u"team_id"_s, teamId);
        return save(u"reps"_s, fields);
    }
    QString addCustomer(const QString& name, const QString& ownerId = {}, QVariantMap more = {}) {
        more.insert(u"name"_s, name);
        if (!ownerId.isEmpty())
            more.insert(u"owner_id"_s, ownerId);
        return save(u"customers"_s, more);
    }

    // Simulates a pull having brought the row to server version `version`.
    void setVersion(const QString& entity, const QString& id, qint64 version) {
        QVERIFY(db->execute(u"UPDATE %1 SET version = ? WHERE id = ?"_s.arg(entity), {version, id}).ok());
    }

    QList<OutboxEntry> outbox(const QString& entity, const QString& rowId = {}) const {
        auto q = db->exec(u"SELECT entity, row_id, op, fields, base, base_version FROM outbox WHERE entity = ? AND "
                          "(? = '' OR row_id = ?) ORDER BY mutation_id"_s,
                          {entity, rowId.isNull() ? u""_s : rowId, rowId});
        QList<OutboxEntry> out;
        while (q && q->next()) {
            out << OutboxEntry{q->value(0).toString(),
                               q->value(1).toString(),
                               q->value(2).toString(),
                               QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object().toVariantMap(),
                               QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object().toVariantMap(),
                               q->value(5).toLongLong()};
        }
        return out;
    }
    qint64 outboxCount() const {
        auto q = db->exec(u"SELECT count(*) FROM outbox"_s);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    qint64 scalar(const QString& sql, const QVariantList& values = {}) const {
        auto q = db->exec(sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    std::unique_ptr<QTemporaryDir> dir;
    Stride::FixedClock clock;
    std::unique_ptr<Stride::Database> db;
    std::unique_ptr<Stride::EntityStore> store;
};

} // namespace StrideTest
