#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/migrations.h"
#include "storage/replicatriggers.h"
#include "storage/schema.h"
#include "verifyok.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Makes a valid Stride replica with one customer, then closes it (checkpointing the WAL into the file).
void makeReplica(const QString& path) {
    auto db = Database::open(path);
    VERIFY_OK(db);
    EntityStore store(**db);
    QVERIFY(store.save(u"customers"_s, u"c1"_s, {{u"name"_s, u"华东精工机械有限公司"_s}}));
}

void rawExec(const QString& path, const char* sql) {
    sqlite3* h = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &h), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(h, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    sqlite3_close(h);
    QCOMPARE(rc, SQLITE_OK);
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsLatestSchemaFromEmptyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.db"_s);
        auto db = Database::open(path);
        VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
        QSqlQuery q = (*db)->prepare(u"PRAGMA journal_mode"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        q = (*db)->prepare(u"PRAGMA foreign_keys"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q = (*db)->prepare(u"PRAGMA synchronous"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
    }

    void migratesFromEveryEarlierVersion_data() {
        QTest::addColumn<int>("from");
        for (const Migration& m : migrations()) {
            if (m.version < latestSchemaVersion())
                QTest::addRow("from schema %d", m.version) << m.version;
        }
    }
    void migratesFromEveryEarlierVersion() {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        {
            auto db = Database::open(path, Database::Access::ReadWrite, from);
            VERIFY_OK(db);
            QCOMPARE((*db)->schemaVersion(), from);
            QVERIFY((*db)->execute(
                u"INSERT INTO customers (id, name, industry) VALUES ('c1', '华东精工机械', 'manufacturing')"_s));
            QVERIFY((*db)->execute(u"INSERT INTO reps (id, name, role) VALUES ('r1', 'Alice', 'rep')"_s));
            QVERIFY((*db)->execute(u"INSERT INTO visits (id, customer_id, rep_id, visited_at, channel, summary) VALUES "
                                   "('v1', 'c1', 'r1', 1700000000, 'onsite', 'demo of the new press line')"_s));
        }
        auto db = Database::open(path);
        VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
        QSqlQuery q = (*db)->prepare(u"SELECT name FROM customers WHERE id = 'c1'"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"华东精工机械"_s);
        // Rows written before the search index existed are searchable after the upgrade.
        q = (*db)->prepare(u"SELECT count(*) FROM search_index WHERE search_index MATCH ?"_s);
        q.addBindValue(u"\"press\""_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q = (*db)->prepare(u"SELECT count(*) FROM search_index WHERE search_index MATCH ?"_s);
        q.addBindValue(u"\"华东\""_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Schema 9: the organisation's policy is a synced table, rules have a Chinese name.
        EntityStore store(**db);
        QVERIFY(store.save(u"org_policy"_s, u"org.name"_s, {{u"key"_s, u"org.name"_s}, {u"value"_s, u"\"华东\""_s}}));
        QVERIFY(store.save(u"rules"_s, u"r1"_s,
                           {{u"name"_s, u"Dual-track"_s},
                            {u"name_zh"_s, u"双线跟进"_s},
                            {u"condition_json"_s, u"{}"_s},
                            {u"action_json"_s, u"{}"_s}}));
    }

    // A replica synced under protocol 2 never received the organisation's policy nor rules' Chinese names, which
    // may have changed long before its cursor: schema 9 makes its next pull start from the beginning.
    void schema9PullsAgainFromTheStart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v8.db"_s);
        {
            auto v8 = Database::open(path, Database::Access::ReadWrite, 8);
            VERIFY_OK(v8);
            QVERIFY((*v8)->execute(u"INSERT INTO sync_state (key, value) VALUES ('cursor', '4711')"_s));
            QVERIFY((*v8)->execute(u"INSERT INTO sync_state (key, value) VALUES ('cursor_server', 'https://s')"_s));
        }
        auto db = Database::open(path);
        VERIFY_OK(db);
        Result<QSqlQuery> q = (*db)->exec(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), u"0"_s);
        q = (*db)->exec(u"SELECT value FROM sync_state WHERE key = 'cursor_server'"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), u"https://s"_s);
    }

    // Before schema 11 customers.tier held the demo generator's guess (or a value typed in as one), shown as if it were
    // the tier; it is now an admin's pin. The upgrade clears every old value locally (server migration 6 clears them
    // too, with new change numbers), without an outbox entry, and leaves the other fields alone.
    void schema11ClearsTheOldTierGuesses() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v9.db"_s);
        {
            auto v9 = Database::open(path, Database::Access::ReadWrite, 9);
            VERIFY_OK(v9);
            for (const auto& [id, tier] : {std::pair{"c-a", "A"}, std::pair{"c-b", "B"}, std::pair{"c-none", ""}})
                QVERIFY((*v9)->execute(u"INSERT INTO customers (id, version, name, tier) VALUES (?, 7, ?, ?)"_s,
                                       {QString::fromLatin1(id), u"客户 %1"_s.arg(QString::fromLatin1(id)),
                                        *tier ? QVariant(QString::fromLatin1(tier)) : QVariant()}));
        }
        auto db = Database::open(path);
        VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
        Result<QSqlQuery> q = (*db)->exec(
            u"SELECT count(*), sum(tier IS NULL), sum(version = 7), sum(name LIKE '客户 %') FROM customers"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 3);
        QCOMPARE(q->value(1).toInt(), 3);
        QCOMPARE(q->value(2).toInt(), 3);
        QCOMPARE(q->value(3).toInt(), 3);
        q = (*db)->exec(u"SELECT count(*) FROM outbox"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    // Schema 8 keeps the search and summary triggers out of the file: each read-write connection installs them in
    // its TEMP schema, read-only connections never parse them, and a file upgraded from 7 loses its own copies so
    // that no write is counted twice.
    void triggersLiveOnWritingConnectionsOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v7.db"_s);
        const auto count = [](const Database& db, const QString& table) {
            Result<QSqlQuery> q = db.exec(u"SELECT count(*) FROM %1 WHERE type = 'trigger'"_s.arg(table));
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        const auto visitsOf = [](const Database& db) {
            Result<QSqlQuery> q = db.exec(u"SELECT COALESCE(SUM(visits), 0) FROM analytics_visit_month"_s);
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        const QString insertVisit = u"INSERT INTO visits (id, customer_id, rep_id, visited_at, channel, summary) "
                                    "VALUES (?, 'c1', 'r1', 1700000000, 'onsite', 'press line demo')"_s;
        {
            auto v7 = Database::open(path, Database::Access::ReadWrite, 7);
            VERIFY_OK(v7);
            const Database& d = **v7;
            QVERIFY(count(d, u"sqlite_schema"_s) > 0);
            QCOMPARE(count(d, u"sqlite_temp_schema"_s), 0);
            QVERIFY(d.execute(u"INSERT INTO customers (id, name) VALUES ('c1', '华东精工')"_s));
            QVERIFY(d.execute(u"INSERT INTO reps (id, name, role) VALUES ('r1', 'Alice', 'rep')"_s));
            QVERIFY(d.execute(insertVisit, {u"v1"_s}));
            QCOMPARE(visitsOf(d), 1);
        }
        auto db = Database::open(path);
        VERIFY_OK(db);
        const Database& d = **db;
        QCOMPARE(d.schemaVersion(), latestSchemaVersion());
        QCOMPARE(count(d, u"sqlite_schema"_s), 0);
        const int installed = count(d, u"sqlite_temp_schema"_s);
        QCOMPARE(installed, int(ReplicaTriggers::statements(ReplicaTriggers::Group::Search).size() +
                                ReplicaTriggers::statements(ReplicaTriggers::Group::Summaries).size()));
        QVERIFY(d.execute(insertVisit, {u"v2"_s}));
        QCOMPARE(visitsOf(d), 2); // once, not twice
        Result<QSqlQuery> hits = d.exec(u"SELECT count(*) FROM search_index WHERE search_index MATCH '\"press\"'"_s);
        QVERIFY(hits && hits->next());
        QCOMPARE(hits->value(0).toInt(), 2);

        // A bulk load drops a group on its own connection only and puts it back.
        auto other = Database::open(path);
        VERIFY_OK(other);
        QVERIFY(ReplicaTriggers::drop(d, ReplicaTriggers::Group::Search));
        QCOMPARE(count(d, u"sqlite_temp_schema"_s),
                 int(ReplicaTriggers::statements(ReplicaTriggers::Group::Summaries).size()));
        QCOMPARE(count(**other, u"sqlite_temp_schema"_s), installed);
        QVERIFY(ReplicaTriggers::install(d));
        QCOMPARE(count(d, u"sqlite_temp_schema"_s), installed);

        auto reader = Database::open(path, Database::Access::ReadOnly);
        VERIFY_OK(reader);
        QCOMPARE(count(**reader, u"sqlite_temp_schema"_s), 0);
        QCOMPARE(visitsOf(**reader), 2);
    }

    void registryMatchesTables_data() {
        QTest::addColumn<QString>("entity");
        for (const EntityDef& e : Schema::entities())
            QTest::newRow(qPrintable(e.name)) << e.name;
    }
    void registryMatchesTables() {
        QFETCH(QString, entity);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"r.db"_s));
        QVERIFY(db);
        const QSqlRecord rec = (*db)->connection().record(entity);
        QStringList columns;
        for (int i = 0; i < rec.count(); ++i)
            columns << rec.fieldName(i);
        QCOMPARE(columns, Schema::systemColumns() + Schema::entity(entity)->fieldNames());
    }

    void refusesBadFilesAndLeavesThemUntouched_data() {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file, not SQLite") << QByteArray("text") << u"not an SQLite database"_s;
        QTest::newRow("damaged schema page") << QByteArray("schema") << u"corrupt"_s;
        QTest::newRow("damaged data pages") << QByteArray("pages") << u"corrupt"_s;
        QTest::newRow("truncated replica") << QByteArray("truncated") << u"corrupt"_s;
        QTest::newRow("newer schema version") << QByteArray("newer") << u"newer than this program knows"_s;
        QTest::newRow("SQLite file of another program") << QByteArray("foreign") << u"not a Stride replica"_s;
    }
    void refusesBadFilesAndLeavesThemUntouched() {
        QFETCH(QByteArray, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.db"_s);
        if (kind == "text") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,industry\nAcme,retail\n");
        } else if (kind == "foreign") {
            rawExec(path, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
        } else {
            makeReplica(path);
            if (kind == "newer") {
                rawExec(path, "PRAGMA user_version = 999");
            } else {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 size = f.size();
                QVERIFY(size > 8192);
                if (kind == "truncated") {
                    QVERIFY(f.resize(size / 2 + 100));
                } else if (kind == "schema") {
                    // The b-tree of the schema table right after the 100-byte header: the file still says SQLite.
                    f.seek(100);
                    f.write(QByteArray(400, '\x5a'));
                } else {
                    for (qint64 pos = 4096; pos < size; pos += 4096) {
                        f.seek(pos + 16);
                        f.write(QByteArray(64, '\x5a'));
                    }
                }
            }
        }
        const QByteArray before = fileHash(path);
        QString error;
        {
            // Damage deep in the file is found by the full check or by the first query that reads it, not
            // necessarily by open(); either way it is named, and nothing is written.
            auto db = Database::open(path);
            if (!db)
                error = db.error();
            else if (Status s = (*db)->verify(); !s)
                error = s.error();
        }
        QVERIFY2(!error.isEmpty(), "the damage went unnoticed");
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(path), "the error names the file");
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyOpenNeverMigrates() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ro.db"_s);
        {
            auto db = Database::open(path, Database::Access::ReadWrite, 1);
            QVERIFY(db);
        }
        const QByteArray before = fileHash(path);
        // Today's queries on an older schema would fail oddly or find nothing: refused, naming both versions.
        auto old = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(!old);
        QVERIFY2(old.error().contains(u"schema version 1 and this program reads %1"_s.arg(latestSchemaVersion())),
                 qPrintable(old.error()));
        QCOMPARE(fileHash(path), before);
        // A caller that knows the old schema may still read it, and cannot write.
        auto ro = Database::open(path, Database::Access::ReadOnly, 1);
        VERIFY_OK(ro);
        QCOMPARE((*ro)->schemaVersion(), 1);
        QVERIFY(!(*ro)->execute(u"INSERT INTO teams (id, name) VALUES ('t', 'x')"_s));
    }

    void missingFileReadOnlyIsAnError() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"absent.db"_s), Database::Access::ReadOnly);
        QVERIFY(!db);
        QVERIFY(db.error().contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
