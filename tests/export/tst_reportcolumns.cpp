#include "export/reportcolumns.h"
#include "export/reportfigures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Stride::ReportColumns;
using Stride::ReportTable;
using Stride::XlsxCell;
using Stride::XlsxColumn;

Q_DECLARE_METATYPE(Stride::XlsxCell)

// How report columns become workbook columns: the kind of their cells, their headers, ids and codes hidden at the
// end, and codes in cells translated.
class TestReportColumns final : public QObject {
    Q_OBJECT
private slots:
    void kindAndHeader_data();
    void kindAndHeader();
    void idsAndCodesMoveToHiddenLastColumns();
    void cellsDecideAmbiguousColumns();
    void codesInCellsAreTranslated();
    void everyFigureHasATitle();
};

void TestReportColumns::kindAndHeader_data() {
    QTest::addColumn<QString>("column");
    QTest::addColumn<XlsxCell>("kind");
    QTest::addColumn<QString>("header");
    QTest::newRow("share as a percentage") << u"win_rate_pct"_s << XlsxCell::Percent << u"Win rate"_s;
    QTest::newRow("amount") << u"amount"_s << XlsxCell::Amount << u"Amount"_s;
    QTest::newRow("window amount") << u"accuracy_window_won_amount"_s << XlsxCell::Amount << u"Won amount (90 days)"_s;
    QTest::newRow("instant") << u"stage_entered_at"_s << XlsxCell::DateTime << u"Stage entered"_s;
    QTest::newRow("expected close") << u"expected_close"_s << XlsxCell::DateTime << u"Expected close"_s;
    QTest::newRow("owner name") << u"owner_name"_s << XlsxCell::Text << u"Owner"_s;
    QTest::newRow("count") << u"reached"_s << XlsxCell::Integer << u"Reached"_s;
    QTest::newRow("mean") << u"mean_days"_s << XlsxCell::Number << u"Mean days"_s;
    QTest::newRow("light") << u"light"_s << XlsxCell::Light << u"Light"_s;
    QTest::newRow("flag") << u"high_risk"_s << XlsxCell::Boolean << u"High risk"_s;
    QTest::newRow("completion") << u"completion_pct"_s << XlsxCell::Percent << u"Completion"_s;
    QTest::newRow("unknown share") << u"something_new_pct"_s << XlsxCell::Percent << u"Something new pct"_s;
    QTest::newRow("unknown instant") << u"seen_at"_s << XlsxCell::DateTime << u"Seen at"_s;
    QTest::newRow("unknown text") << u"remark"_s << XlsxCell::Text << u"Remark"_s;
    QTest::newRow("sandbox metric chosen twice") << u"needs_rate_pct_2"_s << XlsxCell::Percent << u"Needs rate (2)"_s;
}

void TestReportColumns::kindAndHeader() {
    QFETCH(QString, column);
    QFETCH(XlsxCell, kind);
    QFETCH(QString, header);
    QCOMPARE(ReportColumns::kind(column), kind);
    QCOMPARE(ReportColumns::header(column), header);
}

void TestReportColumns::idsAndCodesMoveToHiddenLastColumns() {
    const ReportTable t{
        u"items"_s,
        {u"opportunity_id"_s, u"title"_s, u"owner_id"_s, u"owner_name"_s, u"stage"_s, u"stage_name"_s, u"light"_s},
        {{u"o1"_s, u"Deal"_s, u"li"_s, u"Li Lei"_s, u"demo"_s, u"Solution demo"_s, u"red"_s}}};
    const QList<int> order = ReportColumns::order(t.columns);
    QCOMPARE(order, (QList<int>{1, 3, 5, 6, 0, 2, 4}));
    const QList<XlsxColumn> columns = ReportColumns::columns(t, order);
    QStringList headers;
    QList<bool> hidden;
    for (const XlsxColumn& c : columns) {
        headers << c.header;
        hidden << c.hidden;
    }
    QCOMPARE(headers, (QStringList{u"Opportunity"_s, u"Owner"_s, u"Stage"_s, u"Light"_s, u"Opportunity id"_s,
                                   u"Owner id"_s, u"Stage code"_s}));
    QCOMPARE(hidden, (QList<bool>{false, false, false, false, true, true, true}));
    QCOMPARE(ReportColumns::row(t, order, t.rows[0]),
             (QVariantList{u"Deal"_s, u"Li Lei"_s, u"Solution demo"_s, u"red"_s, u"o1"_s, u"li"_s, u"demo"_s}));
}

void TestReportColumns::cellsDecideAmbiguousColumns() {
    // "due" is a date in payments and a count in process health; past_expected_close a count and a flag.
    const ReportTable health{u"lights"_s, {u"due"_s, u"past_expected_close"_s}, {{QVariant(), QVariant()}, {12, 3}}};
    const QList<XlsxColumn> h = ReportColumns::columns(health, {0, 1});
    QCOMPARE(h[0].kind, XlsxCell::Integer);
    QCOMPARE(h[1].kind, XlsxCell::Integer);
    const ReportTable payments{u"items"_s, {u"due"_s, u"past_expected_close"_s}, {{u"2026-11-20T00:00:00Z"_s, true}}};
    const QList<XlsxColumn> p = ReportColumns::columns(payments, {0, 1});
    QCOMPARE(p[0].kind, XlsxCell::DateTime);
    QCOMPARE(p[1].kind, XlsxCell::Boolean);
}

void TestReportColumns::codesInCellsAreTranslated() {
    QCOMPARE(ReportColumns::value(u"light"_s, u"yellow"_s).toString(), u"yellow"_s);
    QCOMPARE(ReportColumns::value(u"level"_s, u"org"_s).toString(), u"organisation"_s);
    QCOMPARE(ReportColumns::value(u"kind"_s, u"churned"_s).toString(), u"churned customer"_s);
    QCOMPARE(ReportColumns::value(u"status"_s, u"overdue"_s).toString(), u"overdue"_s);
    QCOMPARE(ReportColumns::value(u"metric"_s, u"call_minutes"_s).toString(), u"Call minutes"_s);
    QCOMPARE(ReportColumns::value(u"title"_s, u"green"_s).toString(), u"green"_s); // a deal named "green"
    QCOMPARE(ReportColumns::value(u"light"_s, 3), QVariant(3));
}

void TestReportColumns::everyFigureHasATitle() {
    QStringList titles;
    for (const QString& f : Stride::ReportFigures::names()) {
        const QString title = ReportColumns::figureTitle(f);
        QVERIFY2(title != f && title.size() <= 31, qPrintable(title));
        titles << title;
    }
    titles.removeDuplicates();
    QCOMPARE(titles.size(), Stride::ReportFigures::names().size());
}

QTEST_GUILESS_MAIN(TestReportColumns)
#include "tst_reportcolumns.moc"
