#pragma once

// Shared by the repository tests: a migrated replica in a temporary directory, an EntityStore on a pinned
// clock, seed helpers and a reader for the outbox.

#include "fakeclock.h"
#include "storage/database.h"
#include "storage/entitystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>

#include <memory>

namespace Stride::Test {

struct OutboxEntry {
    QString entity;
    QString rowId;
    QString op;
    QVariantMap fields;
    QVariantMap base;
    qint64 baseVersion = -1;
};

// Public members on purpose: a test reaches the replica (db), its EntityStore (store), the clock and the
// temporary directory directly.
class RepositoryFixture final {
public:
    // 2026-03-02 09:00 UTC, a Monday.
    static QDateTime start() { return FakeClock::defaultStart(); }

    RepositoryFixture()
        : clock(start()) {}

    // Call at the start of every test function (a fresh file each time).
    bool open();

    qint64 now() const { return clock.nowSecs(); }

    // EntityStore::save of a new row; the new id, or empty (with a warning) when the seed failed.
    QString save(const QString& entity, const QVariantMap& fields);
    QString addTeam(const QString& name, const QString& supervisorId = {});
    QString addRep(const QString& name, const QString& teamId = {}, const QString& role = QStringLiteral("rep"));
    QString addCustomer(const QString& name, const QString& ownerId = {}, QVariantMap more = {});

    // Simulates a pull having brought the row to server version `version`.
    void setVersion(const QString& entity, const QString& id, qint64 version);

    QList<OutboxEntry> outbox(const QString& entity, const QString& rowId = {}) const;
    qint64 outboxCount() const;
    qint64 scalar(const QString& sql, const QVariantList& values = {}) const;

    std::unique_ptr<QTemporaryDir> dir;
    FakeClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<EntityStore> store;
};

} // namespace Stride::Test
