// SyncReplica::applyPullPage on a real replica file, without a server: runs of pulled rows go into the replica
// many rows per statement, a row the replica's own rules refuse is skipped without losing the rest of its batch,
// and a page that cannot be applied leaves the replica and its cursor as they were. Outbox entries are sent again
// exactly as first sent (the server tells a retry from a replay by their digest).
#include "protocol/pullpagereader.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "sync/syncreplica.h"
#include "verifyok.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

constexpr char kServer[] = "https://replica.test";

// A protocol 2 page of `rows` visits v0… of customer c1; the visit numbered `refused` has a channel that the
// replica's CHECK constraint refuses.
QByteArray visitsPage(int rows, int refused, qint64 cursor, int first = 0) {
    QByteArray page =
        R"({"protocol":2,"cursor":)" + QByteArray::number(cursor) +
        R"(,"has_more":false,"reset":false,"runs":[{"entity":"visits","op":"upsert","columns":["id","version","updated_at","deleted","customer_id","visited_at","channel","summary"],"rows":[)";
    for (int i = first; i < first + rows; ++i) {
        if (i > first)
            page += ',';
        page += R"([")" + QByteArray("v") + QByteArray::number(i) + R"(",)" + QByteArray::number(i + 1) +
                R"(,1700000000,false,"c1",)" + QByteArray::number(1700000000 + i) + R"(,")" +
                (i == refused ? "telepathy" : "phone") + R"(","visit )" + QByteArray::number(i) + R"( 客户"])";
    }
    return page + "]}]}";
}

qint64 scalar(Database& db, const QString& sql) {
    QSqlQuery q = db.prepare(sql);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestSyncReplica final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void runsGoInManyRowsPerStatement_data();
    void runsGoInManyRowsPerStatement();
    void aFailedPageChangesNothing();
    void aNewRowsFirstEntryIsSentAgainAsFirstSent();

private:
    std::unique_ptr<Database> open(const QString& name);

    QTemporaryDir m_dir;
};

void TestSyncReplica::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> TestSyncReplica::open(const QString& name) {
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(name));
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    return std::move(db).value();
}

void TestSyncReplica::runsGoInManyRowsPerStatement_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("refused"); // -1: none
    QTest::addColumn<bool>("bulk");
    // Around the 64 rows of one statement: a partial batch, a whole one, one more, several and a tail.
    for (int rows : {1, 63, 64, 65, 200}) {
        QTest::addRow("%d rows", rows) << rows << -1 << false;
        QTest::addRow("%d rows, initial sync", rows) << rows << -1 << true;
        QTest::addRow("%d rows, the first refused", rows) << rows << 0 << false;
        QTest::addRow("%d rows, the last refused", rows) << rows << rows - 1 << true;
    }
    QTest::addRow("200 rows, one in the second batch refused") << 200 << 100 << true;
}

void TestSyncReplica::runsGoInManyRowsPerStatement() {
    QFETCH(int, rows);
    QFETCH(int, refused);
    QFETCH(bool, bulk);
    auto db = open(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".sqlite"_s);
    SyncReplica replica(*db);
    Result<Protocol::PullResponse> page = Protocol::PullPageReader::read(visitsPage(rows, refused, 77));
    VERIFY_OK(page);
    Result<PullApplied> applied = replica.applyPullPage(QString::fromLatin1(kServer), *page, bulk, 1700000000);
    VERIFY_OK(applied);
    const int kept = refused >= 0 ? rows - 1 : rows;
    QCOMPARE(applied->upserts, rows);
    QCOMPARE(applied->skipped, rows - kept);
    QCOMPARE(applied->touched.value(u"visits"_s).size(), kept);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM visits"_s), kept);
    if (refused >= 0)
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM visits WHERE id = 'v%1'"_s.arg(refused)), 0);
    // Every value in its column, for every row of every batch.
    QSqlQuery q = db->prepare(u"SELECT id, version, visited_at, channel, summary FROM visits ORDER BY version"_s);
    QVERIFY(q.exec());
    int seen = 0;
    for (int i = 0; i < rows; ++i) {
        if (i == refused)
            continue;
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"v%1"_s.arg(i));
        QCOMPARE(q.value(1).toLongLong(), i + 1);
        QCOMPARE(q.value(2).toLongLong(), 1700000000 + i);
        QCOMPARE(q.value(3).toString(), u"phone"_s);
        QCOMPARE(q.value(4).toString(), u"visit %1 客户"_s.arg(i));
        ++seen;
    }
    QCOMPARE(seen, kept);
    q.finish();
    QCOMPARE(*replica.cursor(QString::fromLatin1(kServer)), 77);
    QCOMPARE(*replica.snapshotInProgress(), bulk);
    if (bulk) {
        const Status finished = replica.finishSnapshot();
        VERIFY_OK(finished);
    }
    QCOMPARE(Test::ServerFixture::searchIndexProblem(*db), QString());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM search_index WHERE search_index MATCH '客户'"_s), kept);

    // The same rows again (a page pulled twice): updates in place, nothing doubled.
    Result<Protocol::PullResponse> again = Protocol::PullPageReader::read(visitsPage(rows, refused, 78));
    QVERIFY(again.ok());
    QVERIFY(replica.applyPullPage(QString::fromLatin1(kServer), *again, false, 1700000000).ok());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM visits"_s), kept);
    QCOMPARE(Test::ServerFixture::searchIndexProblem(*db), QString());
}

void TestSyncReplica::aFailedPageChangesNothing() {
    auto db = open(u"failed.sqlite"_s);
    SyncReplica replica(*db);
    Result<Protocol::PullResponse> first = Protocol::PullPageReader::read(visitsPage(100, -1, 10));
    QVERIFY(first.ok());
    QVERIFY(replica.applyPullPage(QString::fromLatin1(kServer), *first, true, 1700000000).ok());
    // Another connection holds the write lock: the next page cannot even begin, and nothing of it stays.
    Result<std::unique_ptr<Database>> other = Database::open(db->path());
    QVERIFY(other.ok());
    QVERIFY((*other)->execute(u"BEGIN IMMEDIATE"_s).ok());
    QVERIFY((*other)->execute(u"PRAGMA busy_timeout = 0"_s).ok());
    QVERIFY(db->execute(u"PRAGMA busy_timeout = 0"_s).ok());
    Result<Protocol::PullResponse> second = Protocol::PullPageReader::read(visitsPage(100, -1, 20, 100));
    QVERIFY(second.ok());
    QVERIFY(!replica.applyPullPage(QString::fromLatin1(kServer), *second, true, 1700000000).ok());
    QVERIFY((*other)->execute(u"ROLLBACK"_s).ok());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM visits"_s), 100);
    QCOMPARE(*replica.cursor(QString::fromLatin1(kServer)), 10);
    // Applied again once the lock is gone, the page goes in whole, and the snapshot completes.
    QVERIFY(replica.applyPullPage(QString::fromLatin1(kServer), *second, true, 1700000000).ok());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM visits"_s), 200);
    QVERIFY(replica.finishSnapshot().ok());
    QCOMPARE(Test::ServerFixture::searchIndexProblem(*db), QString());
}

void TestSyncReplica::aNewRowsFirstEntryIsSentAgainAsFirstSent() {
    auto db = open(u"resend.sqlite"_s);
    EntityStore store(*db);
    VERIFY_OK(store.save(u"teams"_s, u"tN"_s, {{u"name"_s, u"North"_s}}));
    SyncReplica replica(*db);
    const Result<QList<Protocol::PushEntry>> first = replica.pendingBatch(10, 1 << 20);
    VERIFY_OK(first);
    QCOMPARE(first->size(), 1);
    // The answer is lost; the row is edited before the retry. The creation's entry must not take the new value
    // along: the server would see another mutation under the same id.
    VERIFY_OK(store.save(u"teams"_s, u"tN"_s, {{u"region"_s, u"east"_s}}));
    const Result<QList<Protocol::PushEntry>> again = replica.pendingBatch(10, 1 << 20);
    VERIFY_OK(again);
    QCOMPARE(again->size(), 2);
    QCOMPARE(again->at(0).mutationId, first->at(0).mutationId);
    QCOMPARE(again->at(0).fields, first->at(0).fields);
    QCOMPARE(again->at(0).base, first->at(0).base);
    QCOMPARE(again->at(1).fields.value(u"region"_s).toString(), u"east"_s);
}

QTEST_MAIN(TestSyncReplica)
#include "tst_syncreplica.moc"
