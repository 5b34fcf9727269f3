#include "storage/database.h"
#include "storage/replicauserstore.h"
#include "verifyok.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestReplicaUserStore final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void neverSignedInIsEmpty() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"r.db"_s));
        QVERIFY(db);
        const Result<ReplicaUser> u = ReplicaUserStore::load(**db);
        VERIFY_OK(u);
        QVERIFY(!u->signedIn());
        QCOMPARE(*u, ReplicaUser{});
    }

    void roundTripSurvivesReopeningAndIsReplaced() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.db"_s);
        const ReplicaUser li{u"li.na@acme.cn"_s, u"rep"_s, u"rep-li"_s, u"team-east"_s};
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(ReplicaUserStore::save(**db, li));
        }
        {
            auto db = Database::open(path, Database::Access::ReadOnly);
            QVERIFY(db);
            const Result<ReplicaUser> u = ReplicaUserStore::load(**db);
            VERIFY_OK(u);
            QCOMPARE(*u, li);
            QVERIFY(u->signedIn());
            QVERIFY(u->isRep());
            QVERIFY(!u->seesAll());
        }
        // A later sign-in (another role, no team) replaces every key, none of the old ones stays behind.
        auto db = Database::open(path);
        QVERIFY(db);
        const ReplicaUser boss{u"wang@acme.cn"_s, u"director"_s, u"rep-wang"_s, QString()};
        QVERIFY(ReplicaUserStore::save(**db, boss));
        const Result<ReplicaUser> u = ReplicaUserStore::load(**db);
        QVERIFY(u.ok());
        QCOMPARE(*u, boss);
        QVERIFY(u->seesAll());
        // Local state only: nothing of it is queued for the server.
        Result<QSqlQuery> q = (*db)->exec(u"SELECT count(*) FROM outbox"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void aUserWithoutANameIsRefused() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"r.db"_s));
        QVERIFY(db);
        const Status s = ReplicaUserStore::save(**db, {QString(), u"rep"_s, u"r1"_s, u"t1"_s});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"name"_s), qPrintable(s.error()));
        QVERIFY(!ReplicaUserStore::load(**db)->signedIn());
    }

    void rolesAreTypedOnce_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("supervisor");
        QTest::addColumn<bool>("seesAll");
        QTest::newRow("rep") << u"rep"_s << int(Role::Rep) << false << false;
        QTest::newRow("supervisor") << u"supervisor"_s << int(Role::Supervisor) << true << false;
        QTest::newRow("director") << u"director"_s << int(Role::Director) << false << true;
        QTest::newRow("admin") << u"admin"_s << int(Role::Admin) << false << true;
        QTest::newRow("unknown name") << u"Supervisor"_s << int(Role::Unknown) << false << false;
        QTest::newRow("empty") << QString() << int(Role::Unknown) << false << false;
    }
    void rolesAreTypedOnce() {
        QFETCH(QString, name);
        QFETCH(int, role);
        QFETCH(bool, supervisor);
        QFETCH(bool, seesAll);
        const ReplicaUser u{u"x"_s, name, {}, {}};
        QCOMPARE(int(u.kind()), role);
        QCOMPARE(u.isSupervisor(), supervisor);
        QCOMPARE(u.seesAll(), seesAll);
        QCOMPARE(u.isAdmin(), Role(role) == Role::Admin);
        if (Role(role) != Role::Unknown)
            QCOMPARE(roleToString(Role(role)), name);
    }
};

QTEST_GUILESS_MAIN(TestReplicaUserStore)
#include "tst_replicauserstore.moc"
