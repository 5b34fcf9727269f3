// SearchRepository: FTS ranking over customers, contacts, visit notes and insights, Chinese and English.

#include "tst_repositoryfixture.h"

#include "storage/searchrepository.h"
#include "storage/textsearch.h"
#include "storage/visitrepository.h"

using namespace Qt::StringLiterals;
using namespace Stride;
using StrideTest::RepositoryFixture;

class TestSearch final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void chineseRunInsideLongerName();
    void englishPrefix();
    void nameMatchRanksAboveVisitNote_data();
    void nameMatchRanksAboveVisitNote();
    void everyTermMustMatch();
    void hostileInput_data();
    void hostileInput();
    void titleIsShownWithoutIndexSpacing();
    void fromIndexedTextRestoresSpacing_data();
    void fromIndexedTextRestoresSpacing();
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
    QVERIFY(h.rank < 0); // bm25: lower is better
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

void TestSearch::fromIndexedTextRestoresSpacing_data() {
    QTest::addColumn<QString>("original");
    QTest::newRow("Chinese") << u"华东精密机械"_s;
    QTest::newRow("mixed") << u"Acme华东 Trading"_s;
    QTest::newRow("spaces kept") << u"华 东  Acme  机械 "_s;
    QTest::newRow("Latin only") << u"Acme  Retail, Inc."_s;
    QTest::newRow("Japanese kana") << u"トヨタ 販売"_s;
}

void TestSearch::fromIndexedTextRestoresSpacing() {
    QFETCH(QString, original);
    QCOMPARE(SearchRepository::fromIndexedText(TextSearch::prepareForIndex(original)), original);
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
