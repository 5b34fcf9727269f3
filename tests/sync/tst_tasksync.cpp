// A task's ways out travel like any edit: a supervisor's reassign, a snooze and a done-with-note written through
// TaskRepository reach the server and the replicas of the people concerned (the task moves from one rep's replica
// to the other's), against a real stride-server.

#include "serverfixture.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/taskrepository.h"
#include "sync/syncengine.h"
#include "verifyok.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestTaskSync final : public QObject {
    Q_OBJECT
private slots:
    void reassignMovesTheTaskBetweenReplicas() {
        QStandardPaths::setTestModeEnabled(true);
        ServerFixture server;
        const QString why = server.setUp();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(server.addUser(u"li.na@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-li"_s));
        QVERIFY(server.addUser(u"wang@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-wang"_s));
        QVERIFY(server.addUser(u"zhao@acme.cn"_s, u"supervisor"_s, u"t-east"_s, u"r-zhao"_s));
        QVERIFY2(server.start(), qPrintable(server.serverLog()));
        Result<SyncEndpoint> endpoint = SyncEndpoint::make(server.url(), server.caFile());
        QVERIFY(endpoint);
        endpoint->timeoutMs = 20000;
        auto syncOk = [](ClientDevice& d) {
            const SyncReport r = d.sync();
            if (!r.ok)
                qWarning() << r.error;
            return r.ok;
        };

        ClientDevice li(server.tempPath(u"li.sqlite"_s), *endpoint);
        QVERIFY(li.signIn(u"li.na@acme.cn"_s));
        QVERIFY(syncOk(li));
        QVERIFY(
            li.store().save(u"customers"_s, u"c1"_s, {{u"name"_s, u"华东精密"_s}, {u"owner_id"_s, u"r-li"_s}}).ok());
        Task t;
        t.id = u"t1"_s;
        t.ownerId = u"r-li"_s;
        t.customerId = u"c1"_s;
        t.title = u"Payment follow-up"_s;
        t.source = u"payment"_s;
        t.dueAt = QDateTime::currentSecsSinceEpoch() - 86400;
        QVERIFY(TaskRepository(li.store()).save(t).ok());
        QVERIFY(syncOk(li));

        ClientDevice zhao(server.tempPath(u"zhao.sqlite"_s), *endpoint);
        QVERIFY(zhao.signIn(u"zhao@acme.cn"_s));
        QVERIFY(syncOk(zhao));
        QVERIFY(zhao.has(u"tasks"_s, u"t1"_s));
        TaskRepository supervisorTasks(zhao.store());
        const Status moved = supervisorTasks.reassign(u"t1"_s, u"r-wang"_s, Role::Supervisor, u"t-east"_s);
        VERIFY_OK(moved);
        QVERIFY(syncOk(zhao));
        QCOMPARE(server.count(u"SELECT count(*) FROM tasks WHERE id = 't1' AND owner_id = 'r-wang'"_s), 1);

        ClientDevice wang(server.tempPath(u"wang.sqlite"_s), *endpoint);
        QVERIFY(wang.signIn(u"wang@acme.cn"_s));
        QVERIFY(syncOk(wang));
        QCOMPARE(wang.value(u"tasks"_s, u"t1"_s, u"owner_id"_s).toString(), u"r-wang"_s);
        QVERIFY(syncOk(li));
        QVERIFY(!li.has(u"tasks"_s, u"t1"_s)); // no longer li's: gone from li's replica

        // The new owner snoozes it, then closes it with a note; the supervisor sees both.
        TaskRepository wangTasks(wang.store());
        const qint64 until = QDateTime::currentSecsSinceEpoch() + qint64(3) * 86400;
        QVERIFY(wangTasks.snooze(u"t1"_s, until).ok());
        QVERIFY(wangTasks.complete(u"t1"_s, u"paid"_s).ok());
        QVERIFY(syncOk(wang));
        QVERIFY(syncOk(zhao));
        QCOMPARE(zhao.value(u"tasks"_s, u"t1"_s, u"due_at"_s).toLongLong(), until);
        QCOMPARE(zhao.value(u"tasks"_s, u"t1"_s, u"title"_s).toString(), u"Payment follow-up — paid"_s);
        QVERIFY(!zhao.value(u"tasks"_s, u"t1"_s, u"done_at"_s).isNull());
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestTaskSync)
#include "tst_tasksync.moc"
