#include "result.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Stride::ErrorCode;
using Stride::Result;
using Stride::Status;

Q_DECLARE_METATYPE(ErrorCode)

namespace {

Result<int> half(int n) {
    if (n % 2 != 0)
        return Stride::fail(u"%1 is odd"_s.arg(n));
    return n / 2;
}

Status stopped() {
    return Stride::fail(ErrorCode::Cancelled, u"stopped on request"_s);
}

} // namespace

// Callers branch on a failure's code, never on its message: fail(message) keeps the code Generic, and
// fail(code, message) carries the code through any Result<T>.
class TestResult final : public QObject {
    Q_OBJECT
private slots:
    void successHasNoError();
    void failWithoutCodeIsGeneric();
    void failCarriesItsCode_data();
    void failCarriesItsCode();
    void statusCarriesItsCode();
};

void TestResult::successHasNoError() {
    const Result<int> r = half(4);
    QVERIFY(r.ok());
    QCOMPARE(*r, 2);
    QVERIFY(r.error().isEmpty());
    QCOMPARE(r.code(), ErrorCode::Generic);
    const Status s;
    QVERIFY(s.ok());
    QCOMPARE(s.code(), ErrorCode::Generic);
}

void TestResult::failWithoutCodeIsGeneric() {
    const Result<int> r = half(3);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), u"3 is odd"_s);
    QCOMPARE(r.code(), ErrorCode::Generic);
    const Status s = Status::failure(u"plain"_s);
    QCOMPARE(s.code(), ErrorCode::Generic);
    QCOMPARE(s.error(), u"plain"_s);
}

void TestResult::failCarriesItsCode_data() {
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("usage") << ErrorCode::Usage;
    QTest::newRow("help") << ErrorCode::Help;
    QTest::newRow("cancelled") << ErrorCode::Cancelled;
    QTest::newRow("not found") << ErrorCode::NotFound;
    QTest::newRow("refused") << ErrorCode::Refused;
    QTest::newRow("io") << ErrorCode::Io;
}

void TestResult::failCarriesItsCode() {
    QFETCH(ErrorCode, code);
    const Result<QString> r = Stride::fail(code, u"the message"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), code);
    QCOMPARE(r.error(), u"the message"_s);
    const Result<int> direct = Result<int>::failure(code, u"direct"_s);
    QCOMPARE(direct.code(), code);
    QCOMPARE(direct.error(), u"direct"_s);
}

void TestResult::statusCarriesItsCode() {
    const Status s = stopped();
    QVERIFY(!s.ok());
    QCOMPARE(s.code(), ErrorCode::Cancelled);
    QCOMPARE(s.error(), u"stopped on request"_s);
    // Passed on by hand, the code goes with the message.
    const Result<int> passedOn = Stride::fail(s.code(), s.error());
    QCOMPARE(passedOn.code(), ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
