#include "storage/outboxjson.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Stride;

// OutboxJson::compact() writes the outbox's JSON without QJsonDocument; the server and the other replicas read
// those bytes, so they must be the ones QJsonDocument writes, for every kind of value a row can hold.
class TestOutboxJson final : public QObject {
    Q_OBJECT
private slots:
    void writesWhatQJsonDocumentWrites_data() {
        QTest::addColumn<QVariantMap>("values");
        const double inf = std::numeric_limits<double>::infinity();
        auto one = [](const char* name, const QVariant& v) { QTest::newRow(name) << QVariantMap{{u"k"_s, v}}; };
        QTest::newRow("empty map") << QVariantMap();
        one("null variant", QVariant());
        one("typed null text", QVariant(QMetaType::fromType<QString>()));
        one("typed null integer", QVariant(QMetaType::fromType<qlonglong>()));
        one("empty text", QString(u""_s));
        one("null QString (not a null variant in Qt 6)", QString());
        one("plain ascii", u"Acme Ltd."_s);
        one("chinese", u"上海市浦东新区张江路1号"_s);
        one("quote and backslash", u"a\"b\\c"_s);
        one("two-character escapes", u"\b\f\n\r\t"_s);
        one("other control characters", QString::fromUtf8("\x01\x02\x1e\x1f end"));
        one("nul character", QString(QChar(0)) + u"x"_s);
        one("two- and three-byte UTF-8", QString::fromUtf8("\xc3\xa9 \xdf\xbf \xe0\xa0\x80 \xef\xbf\xbd \xef\xbf\xbf"));
        one("long text", QString(5000, QChar(u'中')) + QString(3000, QChar(u'\n')));
        one("delete and C1 controls", QString::fromUtf8("\x7f\xc2\x80\xc2\x9f"));
        one("slash and line separator", QString::fromUtf8("a/b \xe2\x80\xa8 \xe2\x80\xa9"));
        one("surrogate pair", QString::fromUtf8("\xf0\x9f\x98\x80 \xf0\xa0\x80\x80"));
        one("lone high surrogate", QString(QChar(0xD800)) + u"x"_s);
        one("lone high surrogate at the end", u"x"_s + QString(QChar(0xDBFF)));
        one("lone low surrogate", QString(QChar(0xDC00)) + u"x"_s);
        one("formula-like text", u"=HYPERLINK(\"x\")"_s);
        one("integer", qlonglong(42));
        one("negative integer", qlonglong(-7));
        one("largest integer", std::numeric_limits<qlonglong>::max());
        one("smallest integer", std::numeric_limits<qlonglong>::min());
        one("int", int(-12));
        one("bool true", true);
        one("bool false", false);
        one("integral real", 30.0);
        one("zero real", 0.0);
        one("negative zero real", -0.0);
        one("fraction", 0.1);
        one("third", 1.0 / 3.0);
        one("negative fraction", -2.5);
        one("small real", 1.5e-7);
        one("smallest subnormal", 5e-324);
        one("10^15", 1e15);
        one("2^53 - 1", 9007199254740991.0);
        one("2^53", 9007199254740992.0);
        one("-2^53", -9007199254740992.0);
        one("2^53 + 2", 9007199254740994.0);
        one("10^16", 1e16);
        one("10^300", 1e300);
        one("-10^300 with a fraction", -1.234e300);
        one("infinity", inf);
        one("negative infinity", -inf);
        one("nan", std::numeric_limits<double>::quiet_NaN());
        one("amount with cents", 1234.56);
        one("epoch seconds", qlonglong(1764604800));
        one("unsigned (left to QJsonDocument)", 7u);
        one("date (left to QJsonDocument)", QDate(2026, 3, 1));
        QTest::newRow("keys in order") << QVariantMap{
            {u"name"_s, u"x"_s},     {u"address"_s, QVariant()}, {u"B"_s, 1.0},
            {u"_x"_s, qlonglong(2)}, {u"a_b"_s, u"y"_s},         {u"ab"_s, 0.5},
            {u"created_at"_s, 17.0}, {u"satisfaction"_s, 99.5},  {u"owner_id"_s, u"r-1"_s},
            {u"tags"_s, u"\"q\""_s}};
        QTest::newRow("key needing an escape") << QVariantMap{{u"a\"b"_s, 1}, {u"中"_s, 2}};
        QTest::newRow("key with a lone surrogate") << QVariantMap{{QString(QChar(0xD800)), 1}, {u"b"_s, 2}};
    }
    void writesWhatQJsonDocumentWrites() {
        QFETCH(QVariantMap, values);
        QCOMPARE(OutboxJson::compact(values), OutboxJson::viaQJsonDocument(values));
        QCOMPARE(OutboxJson::compactUtf8(values), OutboxJson::viaQJsonDocument(values).toUtf8());
        QVariantMap nulls;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            nulls.insert(it.key(), QVariant());
        QCOMPARE(OutboxJson::nullsUtf8(values), OutboxJson::viaQJsonDocument(nulls).toUtf8());
    }

    // Every value a customer row of an import holds, as the validator gives them, in one map.
    void aTypicalImportedRow() {
        const QVariantMap row{{u"name"_s, u"基准客户1有限公司"_s},
                              {u"address"_s, u"上海市浦东新区张江路1号"_s},
                              {u"industry"_s, u"manufacturing"_s},
                              {u"region"_s, u"华东"_s},
                              {u"owner_id"_s, u"r-1"_s},
                              {u"satisfaction"_s, 1.0},
                              {u"created_at"_s, qlonglong(1738368000)}};
        QCOMPARE(OutboxJson::compact(row),
                 u"{\"address\":\"上海市浦东新区张江路1号\",\"created_at\":1738368000,\"industry\":\"manufacturing\","
                 "\"name\":\"基准客户1有限公司\",\"owner_id\":\"r-1\",\"region\":\"华东\",\"satisfaction\":1}"_s);
        QCOMPARE(OutboxJson::compact(row), OutboxJson::viaQJsonDocument(row));
    }
};

QTEST_GUILESS_MAIN(TestOutboxJson)
#include "tst_outboxjson.moc"
