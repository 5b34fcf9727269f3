// RequestBody, the server's reader of request bodies: the limit holds on the inflated size however the pieces
// arrive, gzip and zlib streams (and concatenated gzip members) are inflated, broken or truncated streams are told
// apart from bodies that are too large, and only gzip, deflate and identity are taken.
#include "requestbody.h"

#include "protocol/gzip.h"

#include <QTest>

using namespace Stride;
using namespace Stride::Server;

using State = RequestBody::State;
using Coding = RequestBody::Coding;

Q_DECLARE_METATYPE(Stride::Server::RequestBody::State)
Q_DECLARE_METATYPE(Stride::Server::RequestBody::Coding)

class TestRequestBody final : public QObject {
    Q_OBJECT

private slots:
    void limitHoldsOnTheInflatedSize_data();
    void limitHoldsOnTheInflatedSize();
    void codingsTaken_data();
    void codingsTaken();
};

namespace {

// Text that compresses well, so that the inflated size is far above the wire size.
QByteArray text(qsizetype size) {
    QByteArray out;
    out.reserve(size);
    while (out.size() < size)
        out += "{\"field\":\"value\",\"n\":12345},";
    out.truncate(size);
    return out;
}

} // namespace

void TestRequestBody::limitHoldsOnTheInflatedSize_data() {
    QTest::addColumn<Coding>("coding");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("piece");
    QTest::addColumn<State>("state");
    QTest::addColumn<QByteArray>("body");
    constexpr qsizetype kLimit = 100000;
    const QByteArray atLimit = text(kLimit);
    const QByteArray overLimit = text(kLimit + 1);
    QTest::newRow("identity at the limit") << Coding::Identity << atLimit << 4096 << State::Reading << atLimit;
    QTest::newRow("identity one byte over") << Coding::Identity << overLimit << 4096 << State::TooLarge << QByteArray();
    QTest::newRow("gzip inflating to the limit")
        << Coding::Deflate << Gzip::compress(atLimit) << 4096 << State::Reading << atLimit;
    QTest::newRow("gzip inflating to the limit, byte by byte")
        << Coding::Deflate << Gzip::compress(atLimit) << 1 << State::Reading << atLimit;
    QTest::newRow("gzip inflating one byte over")
        << Coding::Deflate << Gzip::compress(overLimit) << 4096 << State::TooLarge << QByteArray();
    QTest::newRow("gzip bomb: 100 MB of zeros") << Coding::Deflate << Gzip::compress(QByteArray(100 << 20, '\0'), 9)
                                                << 65536 << State::TooLarge << QByteArray();
    QTest::newRow("two gzip members are one body")
        << Coding::Deflate << Gzip::compress(text(10)) + Gzip::compress(text(20)) << 7 << State::Reading
        << text(10) + text(20);
    QTest::newRow("truncated gzip") << Coding::Deflate << Gzip::compress(atLimit).left(100) << 4096 << State::Malformed
                                    << QByteArray();
    QTest::newRow("not gzip at all") << Coding::Deflate << QByteArray("{\"protocol\":1}") << 4096 << State::Malformed
                                     << QByteArray();
    // Stored (level 0): inflates to less than the limit, but takes more than the limit on the wire.
    QTest::newRow("wire bytes over the limit")
        << Coding::Deflate << Gzip::compress(text(kLimit - 10), 0) << 4096 << State::TooLarge << QByteArray();
}

void TestRequestBody::limitHoldsOnTheInflatedSize() {
    QFETCH(Coding, coding);
    QFETCH(QByteArray, wire);
    QFETCH(int, piece);
    QFETCH(State, state);
    QFETCH(QByteArray, body);
    RequestBody b(100000, coding);
    for (qsizetype at = 0; at < wire.size(); at += piece)
        b.append(wire.constData() + at, size_t(std::min<qsizetype>(piece, wire.size() - at)));
    b.finish();
    QCOMPARE(b.state(), state);
    QCOMPARE(b.wireBytes(), size_t(wire.size()));
    if (state == State::Reading)
        QCOMPARE(b.take(), body);
}

void TestRequestBody::codingsTaken_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("taken");
    QTest::addColumn<Coding>("coding");
    QTest::newRow("none") << QByteArray() << true << Coding::Identity;
    QTest::newRow("identity") << QByteArray("identity") << true << Coding::Identity;
    QTest::newRow("gzip") << QByteArray("gzip") << true << Coding::Deflate;
    QTest::newRow("GZIP with spaces") << QByteArray(" GZIP ") << true << Coding::Deflate;
    QTest::newRow("x-gzip") << QByteArray("x-gzip") << true << Coding::Deflate;
    QTest::newRow("deflate") << QByteArray("deflate") << true << Coding::Deflate;
    QTest::newRow("br") << QByteArray("br") << false << Coding::Identity;
    QTest::newRow("a chain") << QByteArray("gzip, br") << false << Coding::Identity;
    QTest::newRow("compress") << QByteArray("compress") << false << Coding::Identity;
}

void TestRequestBody::codingsTaken() {
    QFETCH(QByteArray, header);
    QFETCH(bool, taken);
    QFETCH(Coding, coding);
    Coding found = Coding::Identity;
    QCOMPARE(RequestBody::codingOf(header.toStdString(), found), taken);
    if (taken)
        QCOMPARE(found, coding);
}

QTEST_APPLESS_MAIN(TestRequestBody)
#include "tst_requestbody.moc"
