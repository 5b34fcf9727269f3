#include "storage/database.h"
#include "storage/entitystore.h"
#include "verifyok.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
struct OutboxRow {
    QString entity, rowId, op;
    QJsonObject fields, base;
    qint64 baseVersion = -1;
};

QList<OutboxRow> outbox(const Database& db) {
    QList<OutboxRow> rows;
    QSqlQuery q =
        db.prepare(u"SELECT entity, row_id, op, fields, base, base_version FROM outbox ORDER BY mutation_id"_s);
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows << OutboxRow{q.value(0).toString(),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                          QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                          q.value(5).toLongLong()};
    }
    return rows;
}

// Every column of every row of `sql`'s result, as text with its SQLite type: what a byte-for-byte comparison of
// two replicas looks at.
QStringList dump(const Database& db, const QString& sql) {
    QStringList out;
    QSqlQuery q = db.prepare(sql);
    if (!q.exec())
        return {u"failed: "_s + sql};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            cells << (v.isNull() ? u"NULL"_s : QString::fromLatin1(v.typeName()) + u':' + v.toString());
        }
        out << cells.join(u" | "_s);
    }
    return out;
}
} // namespace

class TestEntityStore final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(8, 30), Qt::UTC)};

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        m_db.reset();
        QFile::remove(m_dir.filePath(u"e.db"_s));
        auto db = Database::open(m_dir.filePath(u"e.db"_s));
        QVERIFY(db);
        m_db = std::move(db).value();
    }

    void createThenEditRecordsFieldsBaseValuesAndVersion() {
        EntityStore store(*m_db, m_clock);
        QSignalSpy spy(&store, &EntityStore::changed);
        auto id = store.save(u"customers"_s, {}, {{u"name"_s, u"Acme"_s}, {u"satisfaction"_s, 70}});
        VERIFY_OK(id);
        QCOMPARE(spy.count(), 1);
        // The server acknowledged version 4 (as the sync engine would record it).
        QVERIFY(m_db->execute(u"UPDATE customers SET version = 4 WHERE id = ?"_s, {*id}));
        QVERIFY(store.save(u"customers"_s, *id, {{u"name"_s, u"Acme Ltd"_s}, {u"satisfaction"_s, 70}}));
        const auto rows = outbox(*m_db);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].op, u"upsert"_s);
        QCOMPARE(rows[0].baseVersion, 0);
        QCOMPARE(rows[0].fields.value(u"name"_s).toString(), u"Acme"_s);
        // Only the changed field travels, with the value it replaced.
        QCOMPARE(rows[1].fields.keys(), QStringList{u"name"_s});
        QCOMPARE(rows[1].base.value(u"name"_s).toString(), u"Acme"_s);
        QCOMPARE(rows[1].baseVersion, 4);
        auto row = store.load(u"customers"_s, *id);
        QVERIFY(row);
        QCOMPARE(row->value(u"updated_at"_s).toLongLong(), m_clock.nowSecs());
    }

    void unchangedSaveWritesNothing() {
        EntityStore store(*m_db, m_clock);
        auto id = store.save(u"customers"_s, {}, {{u"name"_s, u"Acme"_s}});
        QVERIFY(id);
        QVERIFY(store.save(u"customers"_s, *id, {{u"name"_s, u"Acme"_s}}));
        QCOMPARE(outbox(*m_db).size(), 1);
    }

    void removeIsATombstone() {
        EntityStore store(*m_db, m_clock);
        auto id = store.save(u"customers"_s, {}, {{u"name"_s, u"Acme"_s}});
        QVERIFY(id);
        QVERIFY(store.remove(u"customers"_s, *id));
        auto row = store.load(u"customers"_s, *id);
        QVERIFY(row);
        QCOMPARE(row->value(u"deleted"_s).toInt(), 1);
        QCOMPARE(outbox(*m_db).last().op, u"delete"_s);
        QVERIFY(!store.remove(u"customers"_s, u"nope"_s));
    }

    void invalidWritesChangeNothing_data() {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QVariantMap>("fields");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown entity") << u"planets"_s << QVariantMap{} << u"unknown entity"_s;
        QTest::newRow("unknown field") << u"customers"_s << QVariantMap{{u"colour"_s, u"red"_s}}
                                       << u"no field 'colour'"_s;
        QTest::newRow("text in a number field")
            << u"customers"_s << QVariantMap{{u"satisfaction"_s, u"high"_s}} << u"must be a number"_s;
        QTest::newRow("constraint: bad visit channel")
            << u"visits"_s << QVariantMap{{u"customer_id"_s, u"c1"_s}, {u"visited_at"_s, 1}, {u"channel"_s, u"fax"_s}}
            << u"CHECK"_s;
        QTest::newRow("foreign key: visit of an unknown customer")
            << u"visits"_s
            << QVariantMap{{u"customer_id"_s, u"ghost"_s}, {u"visited_at"_s, 1}, {u"channel"_s, u"phone"_s}}
            << u"FOREIGN KEY"_s;
    }
    void invalidWritesChangeNothing() {
        QFETCH(QString, entity);
        QFETCH(QVariantMap, fields);
        QFETCH(QString, expected);
        EntityStore store(*m_db, m_clock);
        QVERIFY(store.save(u"customers"_s, u"c1"_s, {{u"name"_s, u"Acme"_s}}));
        // Batched with a valid write: all or nothing.
        Status s =
            store.apply({{u"customers"_s, u"c2"_s, {{u"name"_s, u"Beta"_s}}, false}, {entity, u"x1"_s, fields, false}});
        QVERIFY(!s);
        QVERIFY2(s.error().contains(expected, Qt::CaseInsensitive), qPrintable(s.error()));
        QVERIFY(!store.load(u"customers"_s, u"c2"_s));
        QCOMPARE(outbox(*m_db).size(), 1);
    }

    // A large batch (an import) takes EntityStore's bulk path: statements prepared once, new rows inserted many at
    // a time, the search index written at the end. It must give the same rows, outbox entries (in order) and index
    // as row by row, also when the batch changes a row it created itself.
    void aLargeBatchWritesWhatSmallOnesWould() {
        EntityStore store(*m_db, m_clock);
        QList<EntityWrite> writes;
        for (int i = 0; i < 700; ++i)
            writes.append({u"customers"_s,
                           u"c-%1"_s.arg(i, 4, 10, QChar(u'0')),
                           {{u"name"_s, u"批量客户%1"_s.arg(i)}, {u"industry"_s, i % 2 ? u"x"_s : QVariant()}},
                           false});
        writes.append({u"customers"_s, u"c-0005"_s, {{u"name"_s, u"改名客户"_s}}, false});
        writes.append({u"customers"_s, u"c-0006"_s, {}, true});
        VERIFY_OK(store.apply(writes, Progress()));
        QSqlQuery q = m_db->prepare(u"SELECT count(*), sum(deleted), sum(industry IS NULL) FROM customers"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 700);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 350);
        QCOMPARE(store.load(u"customers"_s, u"c-0005"_s)->value(u"name"_s).toString(), u"改名客户"_s);
        QSqlQuery outbox = m_db->prepare(u"SELECT row_id, op, fields, base FROM outbox ORDER BY mutation_id"_s);
        QVERIFY(outbox.exec());
        QStringList order;
        QString renameBase;
        while (outbox.next()) {
            order << outbox.value(0).toString() + u':' + outbox.value(1).toString();
            if (outbox.value(0) == u"c-0005"_s && order.size() > 700)
                renameBase = outbox.value(3).toString();
        }
        QCOMPARE(order.size(), 702);
        QCOMPARE(order.at(0), u"c-0000:upsert"_s);
        QCOMPARE(order.at(699), u"c-0699:upsert"_s);
        QCOMPARE(order.at(700), u"c-0005:upsert"_s);
        QCOMPARE(order.at(701), u"c-0006:delete"_s);
        QVERIFY2(renameBase.contains(u"批量客户5"_s), qPrintable(renameBase));
        // The index holds the live rows under their current names, and its triggers are back for single edits.
        QSqlQuery index = m_db->prepare(u"SELECT count(*) FROM search_index WHERE kind = 'customer'"_s);
        QVERIFY(index.exec() && index.next());
        QCOMPARE(index.value(0).toInt(), 699);
        VERIFY_OK(store.save(u"customers"_s, u"c-0007"_s, {{u"name"_s, u"单独改名"_s}}));
        QSqlQuery found = m_db->prepare(u"SELECT count(*) FROM search_index WHERE search_index MATCH '\"单独\"'"_s);
        QVERIFY(found.exec() && found.next());
        QCOMPARE(found.value(0).toInt(), 1);
    }

    // The bulk path writes its rows, outbox entries and search entries its own way (multi-row INSERTs, the index at
    // the end); the same writes in batches below its threshold must leave byte-identical tables: every column,
    // every mutation id, every JSON text, every search row.
    void theBulkPathWritesTheBytesRowByRowWould() {
        QList<EntityWrite> writes;
        for (int i = 0; i < 600; ++i) {
            QVariantMap fields{
                {u"name"_s, u"批量客户%1 \"Ltd\"\t"_s.arg(i)},
                {u"address"_s, i % 3 ? u"上海市浦东新区张江路%1号"_s.arg(i) : QVariant()},
                {u"industry"_s, i % 2 ? u"retail"_s : QVariant()},
                {u"satisfaction"_s, i % 5 ? QVariant(double(i % 101) + (i % 2 ? 0.25 : 0.0)) : QVariant()},
                {u"trial_participation"_s, 0.1 * i},
                {u"created_at"_s, qlonglong(1764600000 + i)},
                {u"tags"_s, i % 7 ? QVariant(u"a/b\\c\u0001 😀"_s) : QVariant(QString())},
                {u"owner_id"_s, QVariant()}};
            writes.append({u"customers"_s, u"c-%1"_s.arg(i, 4, 10, QChar(u'0')), fields, false});
            if (i % 4 == 0)
                writes.append({u"contacts"_s,
                               u"p-%1"_s.arg(i, 4, 10, QChar(u'0')),
                               {{u"customer_id"_s, writes.last().id},
                                {u"name"_s, u"联系人%1"_s.arg(i)},
                                {u"email"_s, u"x%1@example.com"_s.arg(i)}},
                               false});
        }
        // Edits of rows written earlier in the same batch, and a removal.
        writes.append({u"customers"_s, u"c-0005"_s, {{u"name"_s, u"改名客户"_s}, {u"satisfaction"_s, 42}}, false});
        writes.append({u"customers"_s, u"c-0006"_s, {}, true});
        writes.append({u"contacts"_s, u"p-0008"_s, {{u"title"_s, u"经理"_s}}, false});
        QVERIFY(writes.size() >= 500);

        auto replica = [&](const QString& name, qsizetype batch) -> QStringList {
            auto db = Database::open(m_dir.filePath(name));
            if (!db)
                return {db.error()};
            EntityStore store(**db, m_clock);
            for (qsizetype i = 0; i < writes.size(); i += batch) {
                if (Status s = store.apply(writes.mid(i, batch), Progress()); !s)
                    return {s.error()};
            }
            QStringList all;
            all << dump(**db, u"SELECT * FROM customers ORDER BY id"_s);
            all << dump(**db, u"SELECT * FROM contacts ORDER BY id"_s);
            all << dump(**db, u"SELECT * FROM outbox ORDER BY mutation_id"_s);
            all << dump(**db,
                        u"SELECT rowid, title, body, kind, ref_id, customer_id FROM search_index ORDER BY rowid"_s);
            return all;
        };
        QFile::remove(m_dir.filePath(u"bulk.db"_s));
        QFile::remove(m_dir.filePath(u"rows.db"_s));
        const QStringList bulk = replica(u"bulk.db"_s, writes.size());
        const QStringList rows = replica(u"rows.db"_s, 1);
        QCOMPARE(bulk.size(), 600 + 150 + 753 + 599 + 150);
        for (qsizetype i = 0; i < bulk.size(); ++i)
            QCOMPARE(bulk.at(i), rows.value(i));
        QCOMPARE(bulk, rows);
    }
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"
