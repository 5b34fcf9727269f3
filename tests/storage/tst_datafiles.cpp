// The committed files of tests/data (tests/data/README.md): a replica made by the first client schema, which
// today's program migrates keeping its rows, and damaged files that each reader refuses with an error naming the
// problem, leaving the file as it was. writeTestData() made them (tests/data/make-test-data).

#include "testdata.h"
#include "verifyok.h"

#include "io/csvreader.h"
#include "protocol/pullpagereader.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::TestData;

namespace {

// The times in replica-v1.db (%1 and %2 in its rows): 2026-01-05 09:00 UTC and three days later.
constexpr qint64 kDay0 = 1767603600;
constexpr qint64 kDay = 86400;

// The rows of replica-v1.db, in the columns of schema 1: a team, a rep and a supervisor, two customers, a visit,
// an open deal with its two stage stays, an order, and one local edit still in the outbox.
const QStringList& replicaV1Rows() {
    static const QStringList rows{
        u"INSERT INTO teams (id, version, updated_at, name, region) VALUES ('t-east', 3, %1, '华东一组', 'East')"_s,
        u"INSERT INTO reps (id, version, updated_at, name, name_en, role, team_id, hire_date, email) VALUES "
        "('r-li', 3, %1, '李娜', 'Li Na', 'rep', 't-east', %1, 'li@acme.cn'), "
        "('r-zhao', 3, %1, '赵强', 'Zhao Qiang', 'supervisor', 't-east', %1, 'zhao@acme.cn')"_s,
        u"INSERT INTO customers (id, version, updated_at, name, industry, address, owner_id, tier, created_at) VALUES "
        "('c-press', 4, %1, '华东精工机械有限公司', 'manufacturing', NULL, 'r-li', 'B', %1), "
        "('c-retail', 4, %1, 'Acme Retail', 'retail', '1 Old Road', 'r-li', 'C', %1)"_s,
        u"INSERT INTO visits (id, version, updated_at, customer_id, rep_id, visited_at, channel, summary) VALUES "
        "('v-1', 5, %2, 'c-press', 'r-li', %2, 'onsite', 'demo of the new press line')"_s,
        u"INSERT INTO opportunities (id, version, updated_at, customer_id, owner_id, title, amount, stage, "
        "stage_entered_at, created_at) VALUES ('o-1', 6, %2, 'c-press', 'r-li', 'Press line retrofit', 120000, "
        "'demo', %2, %1)"_s,
        u"INSERT INTO stage_history (id, version, updated_at, opportunity_id, stage, entered_at, left_at, by_rep_id) "
        "VALUES ('h-1', 6, %2, 'o-1', 'lead', %1, %2, 'r-li'), ('h-2', 6, %2, 'o-1', 'demo', %2, NULL, 'r-li')"_s,
        u"INSERT INTO orders (id, version, updated_at, customer_id, ordered_at, amount) VALUES "
        "('ord-1', 7, %2, 'c-retail', %2, 5000)"_s,
        u"UPDATE customers SET address = '88 Nanjing Road', updated_at = %2 WHERE id = 'c-retail'"_s,
        u"INSERT INTO outbox (entity, row_id, op, fields, base, base_version, created_at) VALUES ('customers', "
        "'c-retail', 'upsert', '{\"address\":\"88 Nanjing Road\"}', '{\"address\":\"1 Old Road\"}', 4, %2)"_s,
        u"INSERT INTO sync_state (key, value) VALUES ('cursor', '7')"_s,
    };
    return rows;
}

qint64 scalar(Database& db, const QString& sql) {
    Result<QSqlQuery> q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString text(Database& db, const QString& sql) {
    Result<QSqlQuery> q = db.exec(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

// Opens the file and runs the full check, as the app does after opening; the error of whichever refused it.
QString openError(const QString& path) {
    auto db = Database::open(path);
    if (!db)
        return db.error();
    const Status s = (*db)->verify();
    return s ? QString() : s.error();
}

} // namespace

class TestDataFiles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void oldReplicaMigratesAndKeepsItsRows();
    void damagedReplicasAreRefusedAndLeftUntouched_data();
    void damagedReplicasAreRefusedAndLeftUntouched();
    void malformedPullPageIsRefused();
    void csvFilesWithBrokenRowsNameTheProblem_data();
    void csvFilesWithBrokenRowsNameTheProblem();

    void writeTestData();

private:
    static Status writeReplicaV1(const QString& path);
    static bool writeDamaged(const QString& from, const QString& to, const QByteArray& how);
};

void TestDataFiles::initTestCase() {
    QVERIFY2(QFile::exists(TestData::path(u"README.md"_s)), qPrintable(TestData::dir()));
}

void TestDataFiles::oldReplicaMigratesAndKeepsItsRows() {
    QTemporaryDir dir;
    const QString path = TestData::copy(u"replica-v1.db"_s, dir);
    QVERIFY(!path.isEmpty());
    {
        // The committed file really is at schema 1 (read as such, without migrating).
        auto v1 = Database::open(path, Database::Access::ReadOnly, 1);
        VERIFY_OK(v1);
        QCOMPARE((*v1)->schemaVersion(), 1);
    }
    auto opened = Database::open(path);
    VERIFY_OK(opened);
    Database& db = **opened;
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    VERIFY_OK(db.verify());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM teams"_s), 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM reps"_s), 2);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM customers"_s), 2);
    QCOMPARE(text(db, u"SELECT name FROM customers WHERE id = 'c-press'"_s), u"华东精工机械有限公司"_s);
    QCOMPARE(text(db, u"SELECT summary FROM visits WHERE id = 'v-1'"_s), u"demo of the new press line"_s);
    QCOMPARE(text(db, u"SELECT stage FROM opportunities WHERE id = 'o-1'"_s), u"demo"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM stage_history WHERE opportunity_id = 'o-1' AND left_at IS NULL"_s), 1);
    QCOMPARE(scalar(db, u"SELECT amount FROM orders WHERE id = 'ord-1'"_s), 5000);
    // The local edit made under schema 1 is still waiting to be pushed.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM outbox WHERE entity = 'customers' AND row_id = 'c-retail'"_s), 1);
    QCOMPARE(text(db, u"SELECT address FROM customers WHERE id = 'c-retail'"_s), u"88 Nanjing Road"_s);
    // Schema 11 cleared the tier guesses schema 1 stored (a tier is now only a pin).
    QCOMPARE(scalar(db, u"SELECT count(*) FROM customers WHERE tier IS NOT NULL"_s), 0);
    // Rows written before the search index existed are found after the upgrade.
    QSqlQuery q = db.prepare(u"SELECT count(*) FROM search_index WHERE search_index MATCH ?"_s);
    q.addBindValue(u"\"press\""_s);
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toInt() >= 1);
}

void TestDataFiles::damagedReplicasAreRefusedAndLeftUntouched_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cut short (half of a replica)") << u"replica-truncated.db"_s << u"corrupt"_s;
    QTest::newRow("schema page overwritten") << u"replica-damaged-schema.db"_s << u"corrupt"_s;
    QTest::newRow("a CSV export named .db") << u"not-a-replica.db"_s << u"not an SQLite database"_s;
}

void TestDataFiles::damagedReplicasAreRefusedAndLeftUntouched() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = TestData::copy(file, dir);
    QVERIFY(!path.isEmpty());
    const QByteArray before = TestData::hash(path);
    QCOMPARE(before, TestData::hash(TestData::path(file)));
    const QString error = openError(path);
    QVERIFY2(!error.isEmpty(), "the damage went unnoticed");
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error)); // names the file
    QCOMPARE(TestData::hash(path), before);
}

void TestDataFiles::malformedPullPageIsRefused() {
    const QByteArray page = TestData::read(TestData::path(u"pull-page-truncated.json"_s));
    QVERIFY(!page.isEmpty());
    bool malformed = false;
    const Result<Protocol::PullResponse> r = Protocol::PullPageReader::read(page, &malformed);
    QVERIFY(!r.ok());
    QVERIFY(malformed);
    QVERIFY2(r.error().contains(u"malformed JSON"_s), qPrintable(r.error()));
}

void TestDataFiles::csvFilesWithBrokenRowsNameTheProblem_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a stray quote on line 4") << u"people-broken-rows.csv"_s << u"line 4: a quote inside a field"_s;
    QTest::newRow("an unclosed quote from line 3")
        << u"people-unclosed-quote.csv"_s << u"line 3: a quoted field is not closed"_s;
}

void TestDataFiles::csvFilesWithBrokenRowsNameTheProblem() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = TestData::path(file);
    const QByteArray before = TestData::hash(path);
    QVERIFY(!before.isEmpty());
    const Result<QList<CsvReader::Record>> r = CsvReader::readFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    QVERIFY2(r.error().contains(file), qPrintable(r.error()));
    QCOMPARE(TestData::hash(path), before);
}

// Remakes the database files of tests/data into $STRIDE_WRITE_TEST_DATA (tests/data/make-test-data); skipped
// otherwise. The text files there are written by hand.
void TestDataFiles::writeTestData() {
    const QString out = qEnvironmentVariable("STRIDE_WRITE_TEST_DATA");
    if (out.isEmpty())
        QSKIP("writes tests/data: run tests/data/make-test-data");
    const QString v1 = QDir(out).filePath(u"replica-v1.db"_s);
    VERIFY_OK(writeReplicaV1(v1));
    QVERIFY(writeDamaged(v1, QDir(out).filePath(u"replica-truncated.db"_s), "truncated"));
    QVERIFY(writeDamaged(v1, QDir(out).filePath(u"replica-damaged-schema.db"_s), "schema"));
}

Status TestDataFiles::writeReplicaV1(const QString& path) {
    QFile::remove(path);
    auto db = Database::open(path, Database::Access::ReadWrite, 1); // the migrations of schema 1 only
    if (!db)
        return fail(db.error());
    for (QString sql : replicaV1Rows()) {
        sql.replace(u"%1"_s, QString::number(kDay0)).replace(u"%2"_s, QString::number(kDay0 + 3 * kDay));
        if (Status s = (*db)->execute(sql); !s)
            return s;
    }
    return (*db)->execute(u"VACUUM"_s);
}

// A copy of a replica cut to half its size plus a little, or with the schema table's page (right after the
// 100-byte header) overwritten: the file still says SQLite.
bool TestDataFiles::writeDamaged(const QString& from, const QString& to, const QByteArray& how) {
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    QFile f(to);
    if (!f.open(QIODevice::ReadWrite) || f.size() <= 8192)
        return false;
    if (how == "truncated")
        return f.resize(f.size() / 2 + 100);
    return f.seek(100) && f.write(QByteArray(400, '\x5a')) == 400;
}

QTEST_GUILESS_MAIN(TestDataFiles)
#include "tst_datafiles.moc"
