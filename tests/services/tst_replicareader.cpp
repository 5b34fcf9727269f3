#include "replicareader.h"
#include "storage/database.h"
#include "uifixture.h"
#include "verifyok.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestReplicaReader final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsOnItsOwnThreadAndConnection() {
        Test::UiFixture f;
        VERIFY_OK(f);
        // Written on the GUI connection just before: the reader's own connection sees the committed row.
        QVERIFY(f.session()
                    .database()
                    .execute(u"UPDATE customers SET name = 'Reader Co' WHERE id = "
                             "(SELECT min(id) FROM customers)"_s)
                    .ok());
        ReplicaReader reader(f.path(), f.clock());
        QThread* gui = QThread::currentThread();
        QThread* ranOn = nullptr;
        bool sameConnection = true;
        std::optional<Result<QString>> got;
        reader.run<QString>(
            [&](ReplicaReader::Context& c) -> Result<QString> {
                ranOn = QThread::currentThread();
                sameConnection = &c.db == &f.session().database();
                Result<QSqlQuery> q = c.db.exec(u"SELECT name FROM customers WHERE name = 'Reader Co'"_s);
                if (!q || !q->next())
                    return fail(u"row not visible"_s);
                const QString name = q->value(0).toString();
                q->finish();
                return name;
            },
            [&](Result<QString> r) {
                QCOMPARE(QThread::currentThread(), gui);
                got = std::move(r);
            });
        QVERIFY(reader.isLoading());
        QTRY_VERIFY(got.has_value());
        QVERIFY(!reader.isLoading());
        QVERIFY2(got->ok(), qPrintable(got->error()));
        QCOMPARE(got->value(), u"Reader Co"_s);
        QVERIFY(ranOn && ranOn != gui);
        QVERIFY(!sameConnection);
    }

    void onlyTheLatestRequestIsAnswered() {
        Test::UiFixture f;
        VERIFY_OK(f);
        ReplicaReader reader(f.path(), f.clock());
        std::atomic<int> started{0};
        QList<int> answered;
        auto job = [&](int value, int sleepMs) {
            return [&, value, sleepMs](ReplicaReader::Context&) -> Result<int> {
                ++started;
                QThread::msleep(sleepMs); // a slow job, not a wait: newer requests arrive while it runs
                return value;
            };
        };
        auto done = [&](Result<int> r) { answered << r.value(); };
        reader.run<int>(job(1, 300), done); // runs; its answer arrives after newer requests: dropped
        QTRY_COMPARE(started.load(), 1);
        reader.run<int>(job(2, 0), done); // queued behind 1 and overtaken by 3: never run
        reader.run<int>(job(3, 0), done);
        QTRY_VERIFY(!reader.isLoading());
        QCoreApplication::processEvents(); // an answer already queued to this thread would arrive now
        QCOMPARE(answered, QList<int>{3});
        QCOMPARE(started.load(), 2);
    }

    void anUnopenableReplicaAnswersWithTheError() {
        QTemporaryDir dir;
        FixedClock clock(QDateTime::currentDateTimeUtc());
        ReplicaReader reader(dir.filePath(u"missing/dir/replica.db"_s), clock);
        std::optional<Result<int>> got;
        reader.run<int>([](ReplicaReader::Context&) -> Result<int> { return 1; },
                        [&](Result<int> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QVERIFY(!got->error().isEmpty());
    }
};

QTEST_MAIN(TestReplicaReader)
#include "tst_replicareader.moc"
