#include "profile.h"
#include "serverfixture.h"
#include "session.h"
#include "storage/database.h"
#include "synccontroller.h"
#include "verifyok.h"
#include "widgets/syncstatuswidget.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
qint64 countRows(Session& s, const QString& table) {
    Result<QSqlQuery> q = s.database().exec(u"SELECT count(*) FROM %1"_s.arg(table));
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}
} // namespace

// The first sync of a large scope shows its progress and can be cancelled from the status bar; what arrived
// stays, and the next sync resumes from there.
class TestSyncCancel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cancelTheFirstSyncThenResume() {
        Test::ServerFixture server;
        if (const QString why = server.setUp(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QByteArray demo;
        QCOMPARE(server.runServerTool({u"demo"_s, u"--db"_s, server.dbUrl(), u"--customers"_s, u"1500"_s}, {}, &demo),
                 0);
        QString user;
        QString password;
        for (const QByteArray& line : demo.split('\n')) {
            const QList<QByteArray> cols = line.trimmed().split('\t');
            if (cols.size() == 3 && cols[0] == "director") {
                user = QString::fromUtf8(cols[1]);
                password = QString::fromUtf8(cols[2]);
            }
        }
        QVERIFY2(!user.isEmpty(), demo.constData());
        QVERIFY(server.start());

        QTemporaryDir dir;
        Profile p;
        p.name = u"cancel"_s;
        p.kind = Profile::Kind::Server;
        p.serverUrl = server.url();
        p.caFile = server.caFile();
        p.user = user;
        p.role = u"director"_s;
        p.replicaPath = dir.filePath(u"replica.db"_s);
        QVERIFY(Database::open(p.replicaPath).ok()); // migrated, as ReplicaLoader does
        Result<std::unique_ptr<Session>> session = Session::open(p, u"director"_s);
        VERIFY_OK(session);
        SyncController sync(**session);
        bool lookedUp = false; // the keychain answered: no token (signed out), or a problem reading it
        connect(&sync, &SyncController::stateChanged, this,
                [&lookedUp](SyncState s) { lookedUp = lookedUp || s == SyncState::SignedOut; });
        connect(&sync, &SyncController::message, this, [&lookedUp] { lookedUp = true; });
        QVERIFY(sync.available());
        SyncStatusWidget status(sync);
        status.show();
        auto* cancel = status.findChild<QToolButton*>(u"cancelSync"_s);
        QVERIFY(cancel);
        QVERIFY(!cancel->isVisible());

        qint64 received = 0;
        connect(&sync, &SyncController::progress, this, [&](const QString& phase, qint64 done, qint64) {
            if (phase == u"pull"_s)
                received = done;
        });
        QSignalSpy finished(&sync, &SyncController::finished);
        QTRY_VERIFY_WITH_TIMEOUT(lookedUp, 10000); // the keychain lookup answers before the sign-in
        sync.signIn(user, password);
        QTRY_VERIFY_WITH_TIMEOUT(received > 0, 60000);
        QVERIFY(cancel->isVisible());
        QVERIFY2(status.text().contains(u"received"_s), qPrintable(status.text()));
        finished.clear();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const SyncReport cancelled = finished.last().at(0).value<SyncReport>();
        QVERIFY(!cancelled.ok);
        QCOMPARE(cancelled.error, u"cancelled"_s);
        QCOMPARE(sync.state(), SyncState::Idle);
        QVERIFY(!cancel->isVisible());

        // Cancelled means stopped: no more pages arrive.
        const qint64 partial = countRows(**session, u"visits"_s);
        // Not a wait for something to happen: a window in which nothing may happen (no page applied after the cancel).
        QTest::qWait(1500);
        QCOMPARE(countRows(**session, u"visits"_s), partial);

        // The next sync resumes and completes.
        finished.clear();
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(0).value<SyncReport>().ok, 180000);
        QVERIFY(sync.state() == SyncState::Idle || sync.state() == SyncState::NeedsAttention);
        QVERIFY(!cancel->isVisible());
        const qint64 full = countRows(**session, u"visits"_s);
        QVERIFY2(full > partial, qPrintable(u"%1 after cancel, %2 at the end"_s.arg(partial).arg(full)));
        QCOMPARE(full, server.count(u"SELECT count(*) FROM visits WHERE deleted = 0"_s));
    }
};

QTEST_MAIN(TestSyncCancel)
#include "tst_synccancel.moc"
