// SqlStatement, the one raw-SQLite statement: binds of each type, reads, writes, reuse, and failures that name the
// statement.

#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestSqlStatement final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bindsEachType_data();
    void bindsEachType();
    void bindsTypedSetters();
    void textKeepsCjk();
    void staticUtf8IsReadAsText();
    void prepareErrorNamesTheStatement();
    void stepErrorNamesTheStatement();
    void reusedAfterResetAndRebind();
    void execCountsChanges();
    void worksOnARawHandle();
    void bindsLeftToRightForEachExec();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSqlStatement::init() {
    m_dir = std::make_unique<QTemporaryDir>(); // a new replica for each test
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"replica.db"_s));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(*db);
    const Status made = m_db->execute(u"CREATE TABLE probe (id INTEGER PRIMARY KEY, v, n INTEGER CHECK (n >= 0))"_s);
    QVERIFY2(made, qPrintable(made.error()));
}

void TestSqlStatement::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestSqlStatement::bindsEachType_data() {
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("sqliteType");

    QTest::newRow("int") << QVariant(42) << u"integer"_s;
    QTest::newRow("long long beyond 32 bits") << QVariant(qint64(1) << 40) << u"integer"_s;
    QTest::newRow("bool") << QVariant(true) << u"integer"_s;
    QTest::newRow("double") << QVariant(2.5) << u"real"_s;
    QTest::newRow("string") << QVariant(u"north"_s) << u"text"_s;
    QTest::newRow("null string") << QVariant(QMetaType(QMetaType::QString)) << u"null"_s;
    QTest::newRow("invalid") << QVariant() << u"null"_s;
}

void TestSqlStatement::bindsEachType() {
    QFETCH(QVariant, value);
    QFETCH(QString, sqliteType);

    SqlStatement st(*m_db, u"SELECT typeof(?1), ?1"_s, {value});
    QVERIFY2(st.next(), qPrintable(st.status().error()));
    QCOMPARE(st.text(0), sqliteType);
    if (sqliteType == u"integer"_s)
        QCOMPARE(st.integer(1), value.toLongLong());
    else if (sqliteType == u"real"_s)
        QCOMPARE(st.real(1), value.toDouble());
    else if (sqliteType == u"text"_s)
        QCOMPARE(st.text(1), value.toString());
    else
        QVERIFY(st.isNull(1));
    QCOMPARE(st.type(1) == SqlStatement::Type::Null, sqliteType == u"null"_s);
    QVERIFY(!st.next());
    QVERIFY(st.status());
}

void TestSqlStatement::bindsTypedSetters() {
    SqlStatement st(*m_db, u"SELECT typeof(?1), typeof(?2), typeof(?3), typeof(?4), ?2, ?3"_s);
    st.bindNull(1);
    st.bindInteger(2, -7);
    st.bindReal(3, 0.25);
    st.bindText(4, u"x"_s);
    QVERIFY2(st.next(), qPrintable(st.status().error()));
    QCOMPARE(st.text(0), u"null"_s);
    QCOMPARE(st.text(1), u"integer"_s);
    QCOMPARE(st.text(2), u"real"_s);
    QCOMPARE(st.text(3), u"text"_s);
    QCOMPARE(st.type(4), SqlStatement::Type::Integer);
    QCOMPARE(st.integer(4), qint64(-7));
    QCOMPARE(st.type(5), SqlStatement::Type::Real);
    QCOMPARE(st.real(5), 0.25);
}

void TestSqlStatement::textKeepsCjk() {
    const QString name = u"华东精工机械有限公司 · 東京"_s;
    SqlStatement insert(*m_db, u"INSERT INTO probe (id, v) VALUES (1, ?)"_s, {name});
    const Status wrote = insert.exec();
    QVERIFY2(wrote, qPrintable(wrote.error()));

    SqlStatement read(*m_db, u"SELECT v, length(v) FROM probe WHERE v = ?"_s, {name});
    QVERIFY2(read.next(), qPrintable(read.status().error()));
    QCOMPARE(read.text(0), name);
    QCOMPARE(read.utf8(0).toByteArray(), name.toUtf8());
    QCOMPARE(read.integer(1), qint64(name.size())); // characters, not bytes: stored as text
}

void TestSqlStatement::staticUtf8IsReadAsText() {
    const QByteArray utf8 = u"客户 A"_s.toUtf8();
    SqlStatement st(*m_db, u"SELECT ?1, typeof(?1)"_s);
    st.bindStaticUtf8(1, utf8);
    QVERIFY2(st.next(), qPrintable(st.status().error()));
    QCOMPARE(st.text(0), u"客户 A"_s);
    QCOMPARE(st.text(1), u"text"_s);
}

void TestSqlStatement::prepareErrorNamesTheStatement() {
    SqlStatement st(*m_db, u"SELECT nothing FROM no_such_table"_s);
    QVERIFY(!st.status());
    QVERIFY2(st.status().error().contains(u"prepare"_s), qPrintable(st.status().error()));
    QVERIFY2(st.status().error().contains(u"no_such_table"_s), qPrintable(st.status().error()));
    QVERIFY2(st.status().error().contains(u"SELECT nothing FROM no_such_table"_s), qPrintable(st.status().error()));
    QVERIFY(!st.next());
    QVERIFY(!st.exec());
}

void TestSqlStatement::stepErrorNamesTheStatement() {
    SqlStatement st(*m_db, u"INSERT INTO probe (id, n) VALUES (?, ?)"_s, {1, -1});
    QVERIFY(st.status());
    const Status s = st.exec();
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"step failed"_s), qPrintable(s.error()));
    QVERIFY2(s.error().contains(u"INSERT INTO probe"_s), qPrintable(s.error()));
    QCOMPARE(st.resultCode() & 0xff, SQLITE_CONSTRAINT);
    QVERIFY2(st.sqliteError().contains(u"CHECK"_s), qPrintable(st.sqliteError()));
    QCOMPARE(st.status().error(), s.error()); // stays failed until reset()
}

void TestSqlStatement::reusedAfterResetAndRebind() {
    SqlStatement insert(*m_db, u"INSERT INTO probe (id, n) VALUES (?, ?)"_s);
    for (int i = 1; i <= 3; ++i) {
        insert.bindInteger(1, i);
        insert.bindInteger(2, qint64(i) * 10);
        const Status s = insert.exec();
        QVERIFY2(s, qPrintable(s.error()));
    }
    insert.bindInteger(1, 4);
    insert.bindInteger(2, -1);
    QVERIFY(!insert.exec());
    insert.reset();
    QVERIFY(insert.status());
    insert.bindInteger(2, 40);
    const Status again = insert.exec();
    QVERIFY2(again, qPrintable(again.error()));

    SqlStatement read(*m_db, u"SELECT n FROM probe WHERE id >= ? ORDER BY id"_s, {2});
    QList<qint64> seen;
    while (read.next())
        seen << read.integer(0);
    QVERIFY2(read.status(), qPrintable(read.status().error()));
    QCOMPARE(seen, (QList<qint64>{20, 30, 40}));
    read.reset();
    read.bindInteger(1, 3);
    seen.clear();
    while (read.next())
        seen << read.integer(0);
    QCOMPARE(seen, (QList<qint64>{30, 40}));
}

void TestSqlStatement::execCountsChanges() {
    QVERIFY(SqlStatement(*m_db, u"INSERT INTO probe (id, n) VALUES (1, 1), (2, 2), (3, 3)"_s).exec());
    SqlStatement update(*m_db, u"UPDATE probe SET n = n + 1 WHERE id > ?"_s, {1});
    const Status s = update.exec();
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(update.changes(), 2);
    SqlStatement none(*m_db, u"DELETE FROM probe WHERE id > 10"_s);
    QVERIFY(none.exec());
    QCOMPARE(none.changes(), 0);
}

void TestSqlStatement::worksOnARawHandle() {
    SqlStatement st(m_db->handle(), u"SELECT count(*) FROM probe"_s);
    QVERIFY2(st.next(), qPrintable(st.status().error()));
    QCOMPARE(st.integer(0), qint64(0));
}

// The demo generator's way: binds without parameter numbers, chained, start again at ?1 after each exec().
void TestSqlStatement::bindsLeftToRightForEachExec() {
    SqlStatement insert(*m_db, u"INSERT INTO probe (id, v, n) VALUES (?, ?, ?)"_s);
    const std::string first = "客户 one", second = "two";
    QVERIFY(insert.bindInteger(1).bindText(first).bindInteger(5).exec());
    QVERIFY(insert.bindInteger(2).bindText(second.data(), 2).bindNull().exec());
    QVERIFY(insert.bindInteger(3).bindText(nullptr).bindInteger(7).exec());
    QCOMPARE(insert.changes(), 1);
    insert.bindInteger(4).bindText("x").bindInteger(-1); // the CHECK refuses it: the failure names the statement
    const Status refused = insert.exec();
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"INSERT INTO probe"_s), qPrintable(refused.error()));

    SqlStatement read(*m_db, u"SELECT id, v, n FROM probe ORDER BY id"_s);
    QStringList rows;
    while (read.next())
        rows << u"%1|%2|%3"_s.arg(read.integer(0))
                    .arg(read.isNull(1) ? u"NULL"_s : read.text(1))
                    .arg(read.isNull(2) ? u"NULL"_s : QString::number(read.integer(2)));
    QCOMPARE(rows, (QStringList{u"1|客户 one|5"_s, u"2|tw|NULL"_s, u"3|NULL|7"_s}));
}

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "tst_sqlstatement.moc"
