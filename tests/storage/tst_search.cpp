// SearchRepository: FTS ranking over customers, contacts, visit notes and insights, Chinese and English.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "storage/migrations.h"
#include "storage/searchrepository.h"
#include "storage/textsearch.h"
#include "storage/visitrepository.h"

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestSearch final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void chineseRunInsideLongerName();
    void englishPrefix();
    void closerNamesFirst_data();
    void closerNamesFirst();
    void nameMatchRanksAboveOtherFields();
    void contactsAfterCustomers();
    void notesNewestFirst();
    void eachKindInItsOwnRange();
    void migrationFromInterleavedIndex();
    void nameMatchRanksAboveVisitNote_data();
    void nameMatchRanksAboveVisitNote();
    void everyTermMustMatch();
    void hostileInput_data();
    void hostileInput();
    void titleIsShownWithoutIndexSpacing();
    void singleCharacterAnywhere();
    void tokenizerBigrams_data();
    void tokenizerBigrams();
    void deletedRowsDisappear();
    void limitIsRespected();

private:
    QString logVisit(const QString& customerId, const QString& summary, const QString& competitor = {}) {
        VisitRepository visits(*m_f.store);
        Visit v;
        v.customerId = customerId;
        v.repId = m_rep;
        v.visitedAt = m_f.now() - 3600;
        v.channel = u"onsite"_s;
        v.summary = summary;
        v.competitorNotes = competitor;
        v.noActionReason = u"none needed"_s;
        return visits.log(v).valueOr({});
    }
    QStringList refIds(const QList<SearchHit>& hits) const {
        QStringList out;
        for (const SearchHit& h : hits)
            out << h.refId;
        return out;
    }

    RepositoryFixture m_f;
    QString m_rep;
};

void TestSearch::init() {
    QVERIFY(m_f.open());
    m_rep = m_f.addRep(u"王伟"_s);
}

void TestSearch::chineseRunInsideLongerName() {
    const QString huadong = m_f.addCustomer(u"上海华东精密机械有限公司"_s, m_rep);
    const QString other = m_f.addCustomer(u"华南东方贸易"_s, m_rep); // 华 and 东, but not as a run
    SearchRepository search(*m_f.store);
    auto hits = search.search(u"华东"_s);
    VERIFY_OK(hits);
    QCOMPARE(refIds(*hits), QStringList{huadong});
    const SearchHit& h = hits->first();
    QCOMPARE(h.kind, u"customer"_s);
    QCOMPARE(h.customerId, huadong);
    QCOMPARE(h.rank, 2.0); // the name contains the text
    QVERIFY(refIds(*search.search(u"精密机械"_s)).contains(huadong));
    QVERIFY(refIds(*search.search(u"东方"_s)).contains(other));
}

void TestSearch::englishPrefix() {
    const QString acme = m_f.addCustomer(u"Acme Medical Devices"_s, m_rep, {{u"name_en"_s, u"Acme"_s}});
    const QString apex = m_f.addCustomer(u"Apex Foods"_s, m_rep);
    SearchRepository search(*m_f.store);
    QCOMPARE(refIds(*search.search(u"acm"_s)), QStringList{acme});
    QCOMPARE(refIds(*search.search(u"MEDIC"_s)), QStringList{acme});
    QCOMPARE(refIds(*search.search(u"Ap"_s)), QStringList{apex});
    QVERIFY(search.search(u"xyz"_s)->isEmpty());
}

void TestSearch::closerNamesFirst_data() {
    QTest::addColumn<QStringList>("names"); // written in this order
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // names, best first
    QTest::addColumn<QList<double>>("ranks");
    QTest::newRow("Chinese: equal, starts with, contains")
        << QStringList{u"上海华东精密机械有限公司"_s, u"华东物流"_s, u"华东"_s} << u"华东"_s
        << QStringList{u"华东"_s, u"华东物流"_s, u"上海华东精密机械有限公司"_s} << QList<double>{0, 1, 2};
    QTest::newRow("English: case and spaces do not matter")
        << QStringList{u"Acme Retail Group"_s, u"ACME  retail"_s, u"Big Acme Retail"_s} << u"acme retail"_s
        << QStringList{u"ACME  retail"_s, u"Acme Retail Group"_s, u"Big Acme Retail"_s} << QList<double>{0, 1, 2};
    QTest::newRow("same closeness: shorter name first, then newer")
        << QStringList{u"东方机械制造厂"_s, u"南方机械"_s, u"北方机械"_s} << u"机械"_s
        << QStringList{u"北方机械"_s, u"南方机械"_s, u"东方机械制造厂"_s} << QList<double>{2, 2, 2};
    QTest::newRow("terms in the typed order before terms apart")
        << QStringList{u"Acme 华东 Trading"_s, u"华东 Acme"_s} << u"acme 华东"_s
        << QStringList{u"Acme 华东 Trading"_s, u"华东 Acme"_s} << QList<double>{1, 2};
}

void TestSearch::closerNamesFirst() {
    QFETCH(QStringList, names);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(QList<double>, ranks);
    for (const QString& name : names)
        m_f.addCustomer(name, m_rep);
    auto hits = SearchRepository(*m_f.store).search(query);
    VERIFY_OK(hits);
    QStringList titles;
    QList<double> got;
    for (const SearchHit& h : *hits) {
        titles << h.title;
        got << h.rank;
    }
    QCOMPARE(titles, expected);
    QCOMPARE(got, ranks);
}

void TestSearch::nameMatchRanksAboveOtherFields() {
    // Written first and with the shorter name: only where the text matched may decide.
    const QString onRoad = m_f.addCustomer(u"Delta"_s, m_rep, {{u"address"_s, u"12 Orion Road"_s}});
    const QString named = m_f.addCustomer(u"Orion Hardware Wholesale"_s, m_rep);
    auto hits = SearchRepository(*m_f.store).search(u"orion"_s);
    VERIFY_OK(hits);
    QCOMPARE(refIds(*hits), (QStringList{named, onRoad}));
    QCOMPARE(hits->at(0).rank, 1.0);
    QCOMPARE(hits->at(1).rank, 3.0);
    QCOMPARE(hits->at(1).snippet, u"12 Orion Road"_s);
}

void TestSearch::contactsAfterCustomers() {
    const QString customer = m_f.addCustomer(u"张伟贸易"_s, m_rep);
    const QString contact =
        m_f.save(u"contacts"_s, {{u"customer_id"_s, customer}, {u"name"_s, u"张伟"_s}, {u"phone"_s, u"13800138000"_s}});
    auto hits = SearchRepository(*m_f.store).search(u"张伟"_s);
    VERIFY_OK(hits);
    QCOMPARE(refIds(*hits), (QStringList{customer, contact}));
    QCOMPARE(hits->at(1).kind, u"contact"_s);
    QCOMPARE(hits->at(1).customerId, customer);
    QCOMPARE(hits->at(1).rank, 0.0); // a contact's name equal to the text, still after every customer
    auto byPhone = SearchRepository(*m_f.store).search(u"13800"_s);
    VERIFY_OK(byPhone);
    QCOMPARE(refIds(*byPhone), QStringList{contact});
    QVERIFY2(byPhone->first().snippet.contains(u"13800138000"_s), qPrintable(byPhone->first().snippet));
}

void TestSearch::notesNewestFirst() {
    const QString host = m_f.addCustomer(u"杭州数码"_s, m_rep);
    const QString first = logVisit(host, u"客户询问报价"_s);
    const QString second = logVisit(host, u"再次确认报价细节"_s);
    const QString third = logVisit(host, u"报价已发出"_s);
    auto hits = SearchRepository(*m_f.store).search(u"报价"_s);
    VERIFY_OK(hits);
    QCOMPARE(refIds(*hits), (QStringList{third, second, first}));
    QCOMPARE(refIds(*SearchRepository(*m_f.store).search(u"报价"_s, 2)), (QStringList{third, second}));
}

void TestSearch::eachKindInItsOwnRange() {
    const QString host = m_f.addCustomer(u"Acme Retail"_s, m_rep);
    m_f.save(u"contacts"_s, {{u"customer_id"_s, host}, {u"name"_s, u"Acme Buyer"_s}});
    logVisit(host, u"Acme visit"_s);
    for (const SearchSource& src : TextSearch::sources()) {
        const QString table = QString::fromLatin1(src.table);
        QCOMPARE(m_f.scalar(u"SELECT count(*) FROM %1"_s.arg(table)) > 0 || table == u"insights"_s, true);
        // Every row's entry sits at its kind's range start + its rowid, and nothing else is in the range.
        QCOMPARE(m_f.scalar(u"SELECT count(*) FROM %1 t JOIN search_index s ON s.rowid = t.rowid + ? AND "
                            "s.kind = ?"_s.arg(table),
                            {TextSearch::firstRowid(src.code), QString::fromLatin1(src.kind)}),
                 m_f.scalar(u"SELECT count(*) FROM %1"_s.arg(table)));
        QCOMPARE(m_f.scalar(u"SELECT count(*) FROM search_index WHERE rowid BETWEEN ? AND ?"_s,
                            {TextSearch::firstRowid(src.code), TextSearch::lastRowid(src.code)}),
                 m_f.scalar(u"SELECT count(*) FROM %1"_s.arg(table)));
    }
}

void TestSearch::migrationFromInterleavedIndex() {
    // A replica written before schema 5 numbered entries rowid * 8 + code. Rebuild that layout by hand at
    // schema 4, then let open() migrate: every entry moves to its kind's range and search finds them.
    const QString path = m_f.dir->filePath(u"old.sqlite"_s);
    {
        auto old = Database::open(path, Database::Access::ReadWrite, 4);
        VERIFY_OK(old);
        EntityStore store(**old, m_f.clock);
        const QString customer = *store.save(u"customers"_s, {}, {{u"name"_s, u"宏达建材"_s}});
        VERIFY_OK(store.save(u"contacts"_s, {}, {{u"customer_id"_s, customer}, {u"name"_s, u"宏达采购"_s}}));
        VERIFY_OK((*old)->execute(u"DELETE FROM search_index"_s));
        VERIFY_OK((*old)->execute(u"INSERT INTO search_index (rowid, title, body, kind, ref_id, customer_id) SELECT "
                                  "rowid * 8 + 1, stride_fts(name), '', 'customer', id, id FROM customers"_s));
        VERIFY_OK((*old)->execute(u"INSERT INTO search_index (rowid, title, body, kind, ref_id, customer_id) SELECT "
                                  "rowid * 8 + 2, stride_fts(name), '', 'contact', id, customer_id FROM contacts"_s));
        QCOMPARE((*old)->schemaVersion(), 4);
    }
    auto db = Database::open(path);
    VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    EntityStore store(**db, m_f.clock);
    auto hits = SearchRepository(store).search(u"宏达"_s);
    VERIFY_OK(hits);
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).kind, u"customer"_s);
    QCOMPARE(hits->at(1).kind, u"contact"_s);
    auto q = (*db)->exec(u"SELECT count(*) FROM search_index WHERE rowid < ?"_s,
                         {TextSearch::firstRowid(TextSearch::kCustomer)});
    VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 0);
}

void TestSearch::nameMatchRanksAboveVisitNote_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("competitor");
    QTest::newRow("Chinese, note in the visit summary")
        << u"宏达"_s << u"宏达建材"_s << u"与宏达建材的采购负责人讨论了下一季度的需求和交付安排"_s << QString();
    QTest::newRow("Chinese, note in the competitor notes")
        << u"宏达"_s << u"宏达建材"_s << u"例行拜访"_s << u"宏达 offered a lower price"_s;
    QTest::newRow("English, note in the visit summary") << u"orion"_s << u"Orion Hardware"_s << u"Orion"_s << QString();
}

void TestSearch::nameMatchRanksAboveVisitNote() {
    QFETCH(QString, query);
    QFETCH(QString, name);
    QFETCH(QString, summary);
    QFETCH(QString, competitor);
    // The visit belongs to another customer, and is written first: order of insertion must not decide.
    const QString host = m_f.addCustomer(u"杭州数码"_s, m_rep);
    const QString visit = logVisit(host, summary, competitor);
    const QString named = m_f.addCustomer(name, m_rep);
    SearchRepository search(*m_f.store);
    auto hits = search.search(query);
    VERIFY_OK(hits);
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).refId, named);
    QCOMPARE(hits->at(0).kind, u"customer"_s);
    QCOMPARE(hits->at(1).refId, visit);
    QCOMPARE(hits->at(1).kind, u"visit"_s);
    QCOMPARE(hits->at(1).customerId, host);
}

void TestSearch::everyTermMustMatch() {
    const QString both = m_f.addCustomer(u"Acme 华东 Trading"_s, m_rep);
    m_f.addCustomer(u"Acme Retail"_s, m_rep);
    m_f.addCustomer(u"华东物流"_s, m_rep);
    SearchRepository search(*m_f.store);
    QCOMPARE(refIds(*search.search(u"acme 华东"_s)), QStringList{both});
}

void TestSearch::hostileInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits"); // -1: any number, only no error
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces") << u"   "_s << 0;
    QTest::newRow("punctuation only") << u"!@#$%^&*()\"'"_s << 0;
    QTest::newRow("lone quote") << u"\""_s << 0;
    QTest::newRow("FTS star") << u"*"_s << 0;
    QTest::newRow("column filter syntax") << u"title:acme"_s << 0; // "title" and "acme" as words: no row has both
    QTest::newRow("unbalanced quote and word") << u"\"acme"_s << 1;
    QTest::newRow("operators as words") << u"acme AND OR NOT NEAR"_s << 0;
    QTest::newRow("parentheses") << u"(acme)"_s << 1;
    QTest::newRow("caret and minus") << u"^acme -retail"_s << 1;
    QTest::newRow("SQL injection attempt") << u"acme'; DROP TABLE customers; --"_s << 0;
    QTest::newRow("Chinese punctuation") << u"《华东》，。"_s << 0;
}

void TestSearch::hostileInput() {
    QFETCH(QString, text);
    QFETCH(int, hits);
    m_f.addCustomer(u"Acme Retail"_s, m_rep);
    SearchRepository search(*m_f.store);
    auto result = search.search(text);
    VERIFY_OK(result);
    QCOMPARE(int(result->size()), hits);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM customers"_s), 1);
}

void TestSearch::titleIsShownWithoutIndexSpacing() {
    const QString id = m_f.addCustomer(u"上海华东精密机械 Acme 有限公司"_s, m_rep);
    logVisit(id, u"演示了 MES 系统, 客户很满意"_s, u"竞品 Siemens 报价低"_s);
    SearchRepository search(*m_f.store);
    auto hits = search.search(u"华东"_s);
    VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().title, u"上海华东精密机械 Acme 有限公司"_s);
    auto visit = search.search(u"siemens"_s);
    VERIFY_OK(visit);
    QCOMPARE(visit->size(), 1);
    QCOMPARE(visit->first().title, u"演示了 MES 系统, 客户很满意"_s);
    QVERIFY2(visit->first().snippet.contains(u"竞品 Siemens 报价低"_s), qPrintable(visit->first().snippet));
}

void TestSearch::singleCharacterAnywhere() {
    // 张 starts 张伟 and ends 主张: both found, the second through the run's trailing single-character token.
    const QString first = m_f.addCustomer(u"张伟贸易"_s, m_rep);
    const QString last = m_f.addCustomer(u"主张科技"_s, m_rep);
    const QString alone = m_f.addCustomer(u"A张B"_s, m_rep);
    m_f.addCustomer(u"王伟"_s, m_rep);
    auto hits = SearchRepository(*m_f.store).search(u"张"_s);
    VERIFY_OK(hits);
    QStringList ids = refIds(*hits);
    ids.sort();
    QStringList expected{first, last, alone};
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestSearch::tokenizerBigrams_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("run inside a longer name") << u"上海华东精密机械有限公司"_s << u"精密机械"_s << true;
    QTest::newRow("characters out of order") << u"上海华东精密机械有限公司"_s << u"机械精密"_s << false;
    QTest::newRow("characters not adjacent") << u"华南东方贸易"_s << u"华东"_s << false;
    QTest::newRow("whole run") << u"华东"_s << u"华东"_s << true;
    QTest::newRow("run glued to Latin") << u"Acme华东Trading"_s << u"华东"_s << true;
    QTest::newRow("Latin glued to a run") << u"Acme华东Trading"_s << u"acme"_s << true;
    QTest::newRow("Latin after a run") << u"Acme华东Trading"_s << u"trad"_s << true;
    QTest::newRow("diacritics folded") << u"Café Lumière"_s << u"lumiere"_s << true;
    QTest::newRow("Japanese kana") << u"トヨタ販売"_s << u"ヨタ"_s << true;
    QTest::newRow("phrase across a separator") << u"华东，精密"_s << u"东精"_s << false;
}

void TestSearch::tokenizerBigrams() {
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, found);
    m_f.addCustomer(text, m_rep);
    auto hits = SearchRepository(*m_f.store).search(query);
    VERIFY_OK(hits);
    QCOMPARE(hits->size(), found ? 1 : 0);
    if (found)
        QCOMPARE(hits->first().title, text); // stored and shown as written
}

void TestSearch::deletedRowsDisappear() {
    const QString id = m_f.addCustomer(u"Acme Retail"_s, m_rep);
    SearchRepository search(*m_f.store);
    QCOMPARE(search.search(u"acme"_s)->size(), 1);
    VERIFY_OK(m_f.store->remove(u"customers"_s, id));
    QCOMPARE(search.search(u"acme"_s)->size(), 0);
}

void TestSearch::limitIsRespected() {
    for (int i = 0; i < 30; ++i)
        m_f.addCustomer(u"Acme Branch %1"_s.arg(i), m_rep);
    SearchRepository search(*m_f.store);
    QCOMPARE(search.search(u"acme"_s, 10)->size(), 10);
    QCOMPARE(search.search(u"acme"_s)->size(), 30);
    QCOMPARE(search.search(u"acme"_s, 0)->size(), 0);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
