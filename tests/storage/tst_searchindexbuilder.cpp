// SearchIndexBuilder: the index built on a helper thread from a replica's committed rows replaces the replica's
// own, and the replica's connection (whose FTS5 had read the old index) searches the new one correctly.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "storage/searchindexbuilder.h"
#include "storage/searchrepository.h"
#include "storage/textsearch.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestSearchIndexBuilder final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void replacesAStaleIndexSeenByTheReplicasConnection();
    void keepsTheReplicasOptions();
    void localEditDuringTheBuildIsNotOverwritten();
    void scratchFileIsRemoved_data();
    void scratchFileIsRemoved();
    void inMemoryReplicaIsRefused();

private:
    QString integrity() {
        return m_f.db->execute(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s).ok()
                   ? QString()
                   : u"integrity-check failed"_s;
    }
    QStringList hits(const QString& text) {
        SearchRepository search(*m_f.store);
        QStringList out;
        for (const SearchHit& h : search.search(text).valueOr({}))
            out << h.refId;
        return out;
    }
    QStringList scratchFiles() const {
        return QDir(m_f.dir->path()).entryList(QDir::Files | QDir::Hidden).filter(u".search-"_s);
    }

    RepositoryFixture m_f;
    QString m_rep;
};

void TestSearchIndexBuilder::init() {
    QVERIFY(m_f.open());
    m_rep = m_f.addRep(u"王伟"_s);
}

void TestSearchIndexBuilder::replacesAStaleIndexSeenByTheReplicasConnection() {
    const QString huadong = m_f.addCustomer(u"上海华东精密机械有限公司"_s, m_rep);
    const QString acme = m_f.addCustomer(u"Acme Pumps"_s, m_rep);
    QCOMPARE(hits(u"华东"_s), QStringList{huadong}); // this connection's FTS5 has read the index
    // Rows written behind the index (as the initial sync writes them, with the triggers off): the index is stale.
    VERIFY_OK(m_f.db->execute(u"UPDATE customers SET name = 'Zenith Valves' WHERE id = ?"_s, {acme}));
    VERIFY_OK(
        m_f.db->execute(u"DELETE FROM search_index WHERE rowid = (SELECT rowid FROM customers WHERE id = ?) + ?"_s,
                        {acme, TextSearch::firstRowid(TextSearch::kCustomer)}));
    QVERIFY(hits(u"zenith"_s).isEmpty());

    SearchIndexBuilder builder;
    VERIFY_OK(builder.start(*m_f.db));
    VERIFY_OK(builder.copyInto());

    QCOMPARE(hits(u"zenith"_s), QStringList{acme});
    QVERIFY(hits(u"acme"_s).isEmpty());
    QCOMPARE(hits(u"精密机械"_s), QStringList{huadong});
    QCOMPARE(integrity(), QString());
    // One segment, as Database::rebuildSearchIndex() writes it.
    QSqlQuery q = m_f.db->prepare(u"SELECT count(DISTINCT segid) FROM search_index_idx"_s);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Later edits go through the triggers into the copied index.
    const QString later = m_f.addCustomer(u"Quokka Trading"_s, m_rep);
    QCOMPARE(hits(u"quokka"_s), QStringList{later});
    QCOMPARE(integrity(), QString());
}

void TestSearchIndexBuilder::keepsTheReplicasOptions() {
    m_f.addCustomer(u"Acme Pumps"_s, m_rep);
    VERIFY_OK(m_f.db->execute(u"INSERT INTO search_index (search_index, rank) VALUES ('automerge', 7)"_s));
    SearchIndexBuilder builder;
    VERIFY_OK(builder.start(*m_f.db));
    VERIFY_OK(builder.copyInto());
    QSqlQuery q = m_f.db->prepare(u"SELECT k, v FROM search_index_config WHERE k IN ('automerge', 'hashsize')"_s);
    QVERIFY(q.exec());
    QStringList options;
    while (q.next())
        options << q.value(0).toString() + u'=' + q.value(1).toString();
    QCOMPARE(options, QStringList{u"automerge=7"_s});
}

void TestSearchIndexBuilder::localEditDuringTheBuildIsNotOverwritten() {
    const QString acme = m_f.addCustomer(u"Acme Pumps"_s, m_rep);
    SearchIndexBuilder builder;
    VERIFY_OK(builder.start(*m_f.db));
    QTRY_VERIFY(builder.built());
    // Saved after the build read the rows: its index entry is in the replica's index, not in the one built.
    VERIFY_OK(m_f.store->save(u"customers"_s, acme, {{u"name"_s, u"Zenith Valves"_s}}));
    const Status copied = builder.copyInto();
    QVERIFY(!copied.ok());
    QVERIFY2(copied.error().contains(u"local edit"_s), qPrintable(copied.error()));
    QCOMPARE(hits(u"zenith"_s), QStringList{acme});
    QVERIFY(hits(u"acme"_s).isEmpty());
    QCOMPARE(integrity(), QString());
}

void TestSearchIndexBuilder::scratchFileIsRemoved_data() {
    QTest::addColumn<bool>("copy");
    QTest::newRow("after the copy") << true;
    QTest::newRow("when dropped while building") << false;
}

void TestSearchIndexBuilder::scratchFileIsRemoved() {
    QFETCH(bool, copy);
    for (int i = 0; i < 50; ++i)
        m_f.addCustomer(u"客户 %1 Trading"_s.arg(i), m_rep);
    {
        SearchIndexBuilder builder;
        VERIFY_OK(builder.start(*m_f.db));
        QCOMPARE(scratchFiles().size(), 1);
        if (copy)
            VERIFY_OK(builder.copyInto());
    }
    QCOMPARE(scratchFiles(), QStringList());
    QCOMPARE(integrity(), QString());
}

void TestSearchIndexBuilder::inMemoryReplicaIsRefused() {
    auto db = Database::open(u":memory:"_s);
    VERIFY_OK(db);
    SearchIndexBuilder builder;
    const Status s = builder.start(**db);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"in-memory"_s), qPrintable(s.error()));
    QVERIFY(!builder.copyInto().ok());
}

QTEST_GUILESS_MAIN(TestSearchIndexBuilder)
#include "tst_searchindexbuilder.moc"
