#include "replicaloader.h"
#include "storage/database.h"
#include "verifyok.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Opening a replica on a worker (services/replicaloader.h): the file is ready when finished() says so, and a
// cancelled demo generation answers with cancelled(), not an error, and leaves nothing behind.
class TestReplicaLoader final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensAndMigratesANewReplica() {
        QTemporaryDir dir;
        ReplicaLoader loader({dir.filePath(u"replica.db"_s), /*fillDemo=*/false, 0});
        QSignalSpy finished(&loader, &ReplicaLoader::finished);
        QSignalSpy cancelled(&loader, &ReplicaLoader::cancelled);
        loader.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(cancelled.size(), 0);
        VERIFY_OK(Database::open(dir.filePath(u"replica.db"_s), Database::Access::ReadOnly));
    }

    void aCancelledDemoIsNoErrorAndLeavesNoRows() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"replica.db"_s);
        ReplicaLoader loader({path, /*fillDemo=*/true, 20000});
        QSignalSpy finished(&loader, &ReplicaLoader::finished);
        QSignalSpy cancelled(&loader, &ReplicaLoader::cancelled);
        // Cancel once the generation is under way, so that it has rows to roll back.
        connect(&loader, &ReplicaLoader::progress, &loader, [&loader](int percent, const QString& phase) {
            if (phase == u"demo"_s && percent > 0)
                loader.cancel();
        });
        loader.start();
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !finished.isEmpty(), 120000);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(cancelled.size(), 1);
        auto db = Database::open(path, Database::Access::ReadOnly);
        VERIFY_OK(db);
        Result<QSqlQuery> q = (*db)->exec(u"SELECT count(*) FROM customers"_s);
        VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplicaLoader)
#include "tst_replicaloader.moc"
