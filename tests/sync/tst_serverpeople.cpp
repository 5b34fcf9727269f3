// A company on day one, against a real stride-server over HTTPS on 127.0.0.1: teams and people made with the
// server's commands (team …, user add|import|move|leave|reset-password) arrive in every replica as synced rows,
// a new rep can sign in and add their first customer, people move and leave with their book, passwords are reset
// and changed, and an admin's own writes of teams and people obey the same rules. Runs on SQLite, and on
// PostgreSQL when the ctest entry sets STRIDE_TEST_BACKEND=postgres.
#include "serverfixture.h"
#include "sync/changepasswordjob.h"
#include "sync/loginjob.h"
#include "sync/syncreplica.h"
#include "verifyok.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestServerPeople final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void teamsAreMadeRenamedListedAndDeleted();
    void userAddRefusesBadPeopleAndWritesNothing_data();
    void userAddRefusesBadPeopleAndWritesNothing();
    void newRepSignsInSyncsAndAddsTheirFirstCustomer();
    void onboardingTasksAreMadeOnceFromTheHireDate();
    void movedRepTakesTheirCustomersToTheNewTeam();
    void leavingRepHandsOverTheOpenBookAndKeepsHistory();
    void resetPasswordEndsEverySession();
    void changePasswordChecksTheOldOneAndEndsOtherSessions();
    void stridecliPasswordChangesThePassword();
    void importReportsEveryRefusedLineAndWritesNothing();
    void importAddsEveryoneWithTheirFirstMonth();
    void adminWritesOfTeamsAndPeopleFollowTheSameRules_data();
    void adminWritesOfTeamsAndPeopleFollowTheSameRules();
    void repCannotWriteTeamsOrPeople();

private:
    int tool(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr);
    QString addTeam(const QString& name);
    bool addPerson(const QString& name, const QString& role, const QString& team, const QStringList& more = {},
                   const QString& password = u"password1"_s);
    QString repOf(const QString& user);
    std::unique_ptr<ClientDevice> device(const QString& user, const QString& password = u"password1"_s);
    qint64 peopleRows();

    ServerFixture m_server;
    int m_devices = 0;
};

int TestServerPeople::tool(const QStringList& args, const QByteArray& input, QByteArray* out) {
    QStringList all = args;
    all.insert(2, u"--db"_s);
    all.insert(3, m_server.dbUrl());
    QProcess p;
    p.start(ServerFixture::serverBinary(), all);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (out) {
        // Standard output, then standard error without the notices PostgreSQL's client library prints there.
        *out = p.readAllStandardOutput();
        for (const QByteArray& line : p.readAllStandardError().split('\n')) {
            if (!line.isEmpty() && !line.startsWith("NOTICE:"))
                *out += line + '\n';
        }
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestServerPeople::addTeam(const QString& name) {
    QByteArray out;
    if (tool({u"team"_s, u"add"_s, u"--name"_s, name}, {}, &out) != 0) {
        qWarning() << "team add failed:" << out;
        return {};
    }
    // The id is the one line on stdout.
    return QString::fromUtf8(out.split('\n').first()).trimmed();
}

bool TestServerPeople::addPerson(const QString& name, const QString& role, const QString& team, const QStringList& more,
                                 const QString& password) {
    QStringList args{u"user"_s, u"add"_s, u"--name"_s, name, u"--role"_s, role, u"--password-stdin"_s};
    if (!team.isEmpty())
        args << u"--team"_s << team;
    args += more;
    QByteArray out;
    const int rc = tool(args, password.toUtf8() + '\n', &out);
    if (rc != 0)
        qWarning() << "user add failed:" << out;
    return rc == 0;
}

QString TestServerPeople::repOf(const QString& user) {
    QSqlQuery q(m_server.store());
    q.prepare(u"SELECT rep_id FROM accounts WHERE name = ?"_s);
    q.addBindValue(user);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::unique_ptr<ClientDevice> TestServerPeople::device(const QString& user, const QString& password) {
    auto d =
        std::make_unique<ClientDevice>(m_server.tempPath(u"device-%1.sqlite"_s.arg(++m_devices)), m_server.endpoint());
    if (!d->signIn(user, password))
        return nullptr;
    return d;
}

qint64 TestServerPeople::peopleRows() {
    return m_server.count(u"SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM reps) + "
                          "(SELECT count(*) FROM tasks) + (SELECT count(*) FROM teams)"_s);
}

void TestServerPeople::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"admin"_s, u"admin"_s, {}, {}));
    QVERIFY(m_server.addUser(u"boss"_s, u"director"_s, {}, {}));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
}

void TestServerPeople::cleanupTestCase() {
    m_server.stop();
}

void TestServerPeople::teamsAreMadeRenamedListedAndDeleted() {
    const QString east = addTeam(u"East"_s);
    QCOMPARE(east.size(), 36);
    QByteArray out;
    QCOMPARE(tool({u"team"_s, u"add"_s, u"--name"_s, u"east"_s}, {}, &out), 2);
    QVERIFY2(out.contains("a team named 'East' already exists"), out.constData());
    QCOMPARE(tool({u"team"_s, u"add"_s}, {}, &out), 1);

    QCOMPARE(tool({u"team"_s, u"rename"_s, u"--team"_s, u"East"_s, u"--name"_s, u"East China"_s}, {}, &out), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM teams WHERE id = ? AND name = 'East China'"_s, {east}), 1);
    QCOMPARE(tool({u"team"_s, u"rename"_s, u"--team"_s, u"Nowhere"_s, u"--name"_s, u"X"_s}, {}, &out), 2);
    QVERIFY2(out.contains("no team 'Nowhere'"), out.constData());

    QVERIFY(addPerson(u"east.rep"_s, u"rep"_s, east));
    QVERIFY(addPerson(u"east.sup"_s, u"supervisor"_s, u"East China"_s));
    QCOMPARE(tool({u"team"_s, u"set-supervisor"_s, u"--team"_s, east, u"--user"_s, u"east.rep"_s}, {}, &out), 2);
    QVERIFY2(out.contains("not a supervisor"), out.constData());
    QCOMPARE(tool({u"team"_s, u"set-supervisor"_s, u"--team"_s, u"East China"_s, u"--user"_s, u"east.sup"_s}, {}, &out),
             0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM teams WHERE id = ? AND supervisor_id = ?"_s,
                            {east, repOf(u"east.sup"_s)}),
             1);

    QCOMPARE(tool({u"team"_s, u"list"_s}, {}, &out), 0);
    QVERIFY2(out.contains(("\tEast China\t\teast.sup\t2\n")), out.constData());

    QCOMPARE(tool({u"team"_s, u"delete"_s, u"--team"_s, east}, {}, &out), 2);
    QVERIFY2(out.contains("still has 2 active people"), out.constData());
    QCOMPARE(m_server.count(u"SELECT count(*) FROM teams WHERE id = ? AND deleted = 0"_s, {east}), 1);

    const QString empty = addTeam(u"Empty"_s);
    QCOMPARE(tool({u"team"_s, u"delete"_s, u"--team"_s, u"Empty"_s}, {}, &out), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM teams WHERE id = ? AND deleted = 1"_s, {empty}), 1);
    // Every replica hears of it.
    auto admin = device(u"admin"_s);
    QVERIFY(admin);
    QVERIFY(admin->sync().ok);
    QCOMPARE(admin->value(u"teams"_s, east, u"name"_s).toString(), u"East China"_s);
    QCOMPARE(admin->value(u"teams"_s, empty, u"deleted"_s).toInt(), 1);
}

void TestServerPeople::userAddRefusesBadPeopleAndWritesNothing_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown team") << QStringList{u"--name"_s, u"x1"_s, u"--role"_s, u"rep"_s, u"--team"_s, u"Mars"_s}
                                  << u"no team 'Mars'"_s;
    QTest::newRow("a rep without a team")
        << QStringList{u"--name"_s, u"x2"_s, u"--role"_s, u"rep"_s} << u"a rep needs a team"_s;
    QTest::newRow("a name that is taken")
        << QStringList{u"--name"_s, u"bad.taken"_s, u"--role"_s, u"rep"_s, u"--team"_s, u"Bad"_s}
        << u"a user named 'bad.taken' already exists"_s;
    QTest::newRow("a supervisor of another team")
        << QStringList{u"--name"_s, u"x3"_s,  u"--role"_s,       u"rep"_s,
                       u"--team"_s, u"Bad"_s, u"--supervisor"_s, u"other.sup"_s}
        << u"other.sup supervises another team"_s;
    QTest::newRow("a supervisor who is a rep") << QStringList{u"--name"_s, u"x4"_s,  u"--role"_s,       u"rep"_s,
                                                              u"--team"_s, u"Bad"_s, u"--supervisor"_s, u"bad.taken"_s}
                                               << u"bad.taken is a rep, not a supervisor"_s;
    QTest::newRow("a rep answering to a director")
        << QStringList{u"--name"_s, u"x7"_s, u"--role"_s, u"rep"_s, u"--team"_s, u"Bad"_s, u"--supervisor"_s, u"boss"_s}
        << u"boss is a director, not a supervisor"_s;
    QTest::newRow("a bad hire date") << QStringList{u"--name"_s, u"x5"_s,  u"--role"_s,      u"rep"_s,
                                                    u"--team"_s, u"Bad"_s, u"--hire-date"_s, u"2026-13-01"_s}
                                     << u"the hire date must be YYYY-MM-DD"_s;
    QTest::newRow("an unknown role") << QStringList{u"--name"_s, u"x6"_s, u"--role"_s, u"boss"_s}
                                     << u"unknown role 'boss'"_s;
}

void TestServerPeople::userAddRefusesBadPeopleAndWritesNothing() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    if (m_server.count(u"SELECT count(*) FROM accounts WHERE name = 'bad.taken'"_s) == 0) {
        QVERIFY(!addTeam(u"Bad"_s).isEmpty());
        QVERIFY(!addTeam(u"Other"_s).isEmpty());
        QVERIFY(addPerson(u"bad.taken"_s, u"rep"_s, u"Bad"_s));
        QVERIFY(addPerson(u"other.sup"_s, u"supervisor"_s, u"Other"_s));
    }
    const qint64 before = peopleRows();
    const qint64 seq = m_server.count(u"SELECT value FROM sync_counter"_s);
    QByteArray out;
    QCOMPARE(tool(QStringList{u"user"_s, u"add"_s, u"--password-stdin"_s} + args, "password1\n", &out), 2);
    QVERIFY2(out.contains(message.toUtf8()), out.constData());
    QCOMPARE(out.count('\n'), 1); // one line
    QCOMPARE(peopleRows(), before);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq);
}

void TestServerPeople::newRepSignsInSyncsAndAddsTheirFirstCustomer() {
    const QString north = addTeam(u"North"_s);
    QVERIFY(addPerson(u"li.na@acme.cn"_s, u"rep"_s, u"North"_s,
                      {u"--display-name"_s, u"李娜"_s, u"--email"_s, u"li.na@acme.cn"_s}));
    auto rep = device(u"li.na@acme.cn"_s);
    QVERIFY(rep);
    const Protocol::UserProfile me = rep->engine().session().user;
    QCOMPARE(me.teamId, north);
    QCOMPARE(me.repId, repOf(u"li.na@acme.cn"_s));
    QVERIFY(me.repId != u"li.na@acme.cn"_s);
    const SyncReport first = rep->sync();
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(rep->value(u"reps"_s, me.repId, u"name"_s).toString(), u"李娜"_s);
    QCOMPARE(rep->value(u"reps"_s, me.repId, u"team_id"_s).toString(), north);
    QCOMPARE(rep->value(u"reps"_s, me.repId, u"email"_s).toString(), u"li.na@acme.cn"_s);
    QCOMPARE(rep->value(u"teams"_s, north, u"name"_s).toString(), u"North"_s);

    Result<QString> id =
        rep->store().save(u"customers"_s, {}, {{u"name"_s, u"First Pumps"_s}, {u"owner_id"_s, me.repId}});
    VERIFY_OK(id);
    const SyncReport r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushed, 1);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id = ? AND vis_team = ?"_s, {*id, north}), 1);
}

void TestServerPeople::onboardingTasksAreMadeOnceFromTheHireDate() {
    QVERIFY(!addTeam(u"Onboard"_s).isEmpty());
    QVERIFY(addPerson(u"new.rep"_s, u"rep"_s, u"Onboard"_s, {u"--hire-date"_s, u"2026-03-02"_s}));
    QVERIFY(addPerson(u"new.sup"_s, u"supervisor"_s, u"Onboard"_s, {u"--supervisor"_s, u"boss"_s}));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM reps WHERE id = ? AND supervisor_id = ?"_s,
                            {repOf(u"new.sup"_s), repOf(u"boss"_s)}),
             1);
    const QString rep = repOf(u"new.rep"_s);
    const qint64 hired = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE owner_id = ? AND source = 'onboarding'"_s, {rep}), 5);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE owner_id = ? AND source_key LIKE ?"_s,
                            {rep, u"onboarding:%1:pain_point_interview:%"_s.arg(rep)}),
             3);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE owner_id = ? AND source_key LIKE ?"_s,
                            {rep, u"onboarding:%1:solution_draft:%"_s.arg(rep)}),
             2);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE owner_id = ? AND (due_at <= ? OR due_at > ?)"_s,
                            {rep, hired, hired + qint64(30) * 86400}),
             0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE owner_id = ?"_s, {repOf(u"new.sup"_s)}), 0);
    // The rep's replica has them.
    auto d = device(u"new.rep"_s);
    QVERIFY(d);
    QVERIFY(d->sync().ok);
    Result<QSqlQuery> q =
        d->db().exec(u"SELECT count(*) FROM tasks WHERE source = 'onboarding' AND owner_id = ?"_s, {rep});
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toInt(), 5);
}

void TestServerPeople::movedRepTakesTheirCustomersToTheNewTeam() {
    QVERIFY(!addTeam(u"MoveFrom"_s).isEmpty());
    const QString to = addTeam(u"MoveTo"_s);
    QVERIFY(addPerson(u"from.sup"_s, u"supervisor"_s, u"MoveFrom"_s));
    QVERIFY(addPerson(u"to.sup"_s, u"supervisor"_s, u"MoveTo"_s));
    QVERIFY(addPerson(u"mover"_s, u"rep"_s, u"MoveFrom"_s, {u"--supervisor"_s, u"from.sup"_s}));
    auto rep = device(u"mover"_s);
    QVERIFY(rep && rep->sync().ok);
    const QString repId = rep->engine().session().user.repId;
    Result<QString> c = rep->store().save(u"customers"_s, {}, {{u"name"_s, u"Moving Co"_s}, {u"owner_id"_s, repId}});
    QVERIFY(c.ok());
    QVERIFY(rep->sync().ok);
    auto fromSup = device(u"from.sup"_s);
    auto toSup = device(u"to.sup"_s);
    QVERIFY(fromSup && toSup);
    QVERIFY(fromSup->sync().ok && toSup->sync().ok);
    QVERIFY(fromSup->has(u"customers"_s, *c));
    QVERIFY(!toSup->has(u"customers"_s, *c));

    QByteArray out;
    QCOMPARE(tool({u"user"_s, u"move"_s, u"--name"_s, u"mover"_s, u"--team"_s, u"MoveTo"_s}, {}, &out), 0);
    const SyncReport r = fromSup->sync();
    QVERIFY(r.ok);
    QVERIFY(r.removed >= 1);
    QVERIFY(!fromSup->has(u"customers"_s, *c));
    QCOMPARE(fromSup->value(u"reps"_s, repId, u"team_id"_s).toString(), to);
    QVERIFY(toSup->sync().ok);
    QVERIFY(toSup->has(u"customers"_s, *c));
    QVERIFY(toSup->value(u"reps"_s, repId, u"supervisor_id"_s).isNull()); // their old supervisor stays behind
    // The rep keeps their own book, and the server now sees them in the new team.
    QVERIFY(rep->sync().ok);
    QVERIFY(rep->has(u"customers"_s, *c));
    auto again = device(u"mover"_s);
    QVERIFY(again);
    QCOMPARE(again->engine().session().user.teamId, to);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM accounts WHERE name = 'mover' AND team_id = ?"_s, {to}), 1);
    QCOMPARE(tool({u"user"_s, u"move"_s, u"--name"_s, u"mover"_s, u"--team"_s, u"MoveTo"_s}, {}, &out), 2);
    QVERIFY2(out.contains("already in team"), out.constData());
}

void TestServerPeople::leavingRepHandsOverTheOpenBookAndKeepsHistory() {
    QVERIFY(!addTeam(u"Leave"_s).isEmpty());
    QVERIFY(addPerson(u"leaver"_s, u"rep"_s, u"Leave"_s));
    QVERIFY(addPerson(u"heir"_s, u"rep"_s, u"Leave"_s));
    auto rep = device(u"leaver"_s);
    QVERIFY(rep && rep->sync().ok);
    const QString me = rep->engine().session().user.repId;
    const QString heir = repOf(u"heir"_s);
    EntityStore& s = rep->store();
    QVERIFY(
        s
            .apply({
                {u"customers"_s, u"lc1"_s, {{u"name"_s, u"Kept Co"_s}, {u"owner_id"_s, me}}, false},
                {u"opportunities"_s,
                 u"lo-open"_s,
                 {{u"customer_id"_s, u"lc1"_s}, {u"owner_id"_s, me}, {u"title"_s, u"Open"_s}, {u"stage"_s, u"demo"_s}},
                 false},
                {u"opportunities"_s,
                 u"lo-won"_s,
                 {{u"customer_id"_s, u"lc1"_s}, {u"owner_id"_s, me}, {u"title"_s, u"Won"_s}, {u"stage"_s, u"won"_s}},
                 false},
                {u"stage_history"_s,
                 u"lsh1"_s,
                 {{u"opportunity_id"_s, u"lo-open"_s},
                  {u"stage"_s, u"demo"_s},
                  {u"entered_at"_s, 1790000000},
                  {u"by_rep_id"_s, me}},
                 false},
                {u"visits"_s,
                 u"lv1"_s,
                 {{u"customer_id"_s, u"lc1"_s},
                  {u"rep_id"_s, me},
                  {u"visited_at"_s, 1790000000},
                  {u"channel"_s, u"onsite"_s}},
                 false},
                {u"tasks"_s,
                 u"lt-done"_s,
                 {{u"owner_id"_s, me}, {u"title"_s, u"Done"_s}, {u"source"_s, u"manual"_s}, {u"done_at"_s, 1790000000}},
                 false},
            })
            .ok());
    const SyncReport pushed = rep->sync();
    QVERIFY2(pushed.ok && pushed.rejected == 0, qPrintable(pushed.error));

    QByteArray out;
    QCOMPARE(tool({u"user"_s, u"leave"_s, u"--name"_s, u"leaver"_s, u"--hand-over-to"_s, u"leaver"_s}, {}, &out), 2);
    QCOMPARE(tool({u"user"_s, u"leave"_s, u"--name"_s, u"leaver"_s, u"--hand-over-to"_s, u"heir"_s}, {}, &out), 0);
    // 1 customer, 1 open deal, and the 5 first-month tasks that were not done.
    QVERIFY2(out.contains("1 customers, 1 open deals and 5 open tasks handed over to heir"), out.constData());
    auto owner = [this](const QString& table, const QString& id) {
        QSqlQuery q(m_server.store());
        q.prepare(u"SELECT owner_id FROM %1 WHERE id = ?"_s.arg(table));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(owner(u"customers"_s, u"lc1"_s), heir);
    QCOMPARE(owner(u"opportunities"_s, u"lo-open"_s), heir);
    QCOMPARE(owner(u"opportunities"_s, u"lo-won"_s), me);
    QCOMPARE(owner(u"tasks"_s, u"lt-done"_s), me);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE owner_id = ? AND done_at IS NULL"_s, {me}), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM visits WHERE id = 'lv1' AND rep_id = ?"_s, {me}), 1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM stage_history WHERE id = 'lsh1' AND by_rep_id = ?"_s, {me}), 1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM reps WHERE id = ? AND active = 0"_s, {me}), 1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM accounts WHERE name = 'leaver' AND disabled = 1"_s), 1);
    // Their session has ended; the heir's replica has the book, with its history.
    QVERIFY(!rep->sync().ok);
    QCOMPARE(rep->engine().state(), SyncState::SignedOut);
    QVERIFY(!device(u"leaver"_s));
    auto next = device(u"heir"_s);
    QVERIFY(next && next->sync().ok);
    QVERIFY(next->has(u"customers"_s, u"lc1"_s));
    QCOMPARE(next->value(u"visits"_s, u"lv1"_s, u"rep_id"_s).toString(), me);
    QCOMPARE(next->value(u"reps"_s, me, u"active"_s).toInt(), 0);
}

void TestServerPeople::resetPasswordEndsEverySession() {
    QVERIFY(!addTeam(u"Reset"_s).isEmpty());
    QVERIFY(addPerson(u"forgetful"_s, u"rep"_s, u"Reset"_s));
    auto d = device(u"forgetful"_s);
    QVERIFY(d && d->sync().ok);
    QByteArray out;
    QCOMPARE(
        tool({u"user"_s, u"reset-password"_s, u"--name"_s, u"forgetful"_s, u"--password-stdin"_s}, "short\n", &out), 2);
    QCOMPARE(tool({u"user"_s, u"reset-password"_s, u"--name"_s, u"forgetful"_s, u"--password-stdin"_s},
                  "brand-new-secret\n", &out),
             0);
    // The old refresh token (and access token) no longer work; nor does the old password.
    d->engine().setRefreshToken(d->engine().session().refreshToken);
    QVERIFY(!d->sync().ok);
    QCOMPARE(d->engine().state(), SyncState::SignedOut);
    QVERIFY(!device(u"forgetful"_s));
    QVERIFY(device(u"forgetful"_s, u"brand-new-secret"_s));
    // Without a password on stdin, a one-time password is made and printed.
    QCOMPARE(tool({u"user"_s, u"reset-password"_s, u"--name"_s, u"forgetful"_s}, {}, &out), 0);
    const QByteArray label = "one-time password for forgetful: ";
    const qsizetype at = out.indexOf(label);
    QVERIFY2(at >= 0, out.constData());
    const QString oneTime = QString::fromUtf8(out.mid(at + label.size()).split('\n').first()).trimmed();
    QVERIFY(oneTime.size() >= 8);
    QVERIFY(!device(u"forgetful"_s, u"brand-new-secret"_s));
    QVERIFY(device(u"forgetful"_s, oneTime));
}

void TestServerPeople::changePasswordChecksTheOldOneAndEndsOtherSessions() {
    QVERIFY(!addTeam(u"Change"_s).isEmpty());
    QVERIFY(addPerson(u"changer"_s, u"rep"_s, u"Change"_s));
    auto other = device(u"changer"_s);
    QVERIFY(other && other->sync().ok);
    QNetworkAccessManager nam;
    auto run = [](SyncJob& job) {
        QSignalSpy spy(&job, &SyncJob::finished);
        job.start();
        if (!job.isFinished())
            QVERIFY(spy.wait(20000));
    };
    LoginJob login(nam, m_server.endpoint(), {u"changer"_s, u"password1"_s});
    run(login);
    QCOMPARE(login.error(), SyncJob::Error::None);
    const QString access = login.session().accessToken;

    ChangePasswordJob wrong(nam, m_server.endpoint(), access, u"not-my-password"_s, u"another-secret"_s);
    run(wrong);
    QCOMPARE(wrong.httpStatus(), 403);
    QVERIFY(wrong.wrongPassword());
    ChangePasswordJob weak(nam, m_server.endpoint(), access, u"password1"_s, u"short"_s);
    run(weak);
    QCOMPARE(weak.httpStatus(), 400);
    QVERIFY(weak.weakPassword());
    QVERIFY(other->sync().ok); // nothing changed yet

    ChangePasswordJob change(nam, m_server.endpoint(), access, u"password1"_s, u"another-secret"_s);
    run(change);
    QCOMPARE(change.error(), SyncJob::Error::None);
    QVERIFY(!change.session().accessToken.isEmpty());
    QCOMPARE(change.session().user.name, u"changer"_s);
    // The other device's session has ended, and so has the token the change was made with; the fresh one works.
    other->engine().setRefreshToken(other->engine().session().refreshToken);
    QVERIFY(!other->sync().ok);
    ChangePasswordJob stale(nam, m_server.endpoint(), access, u"another-secret"_s, u"third-secret"_s);
    run(stale);
    QCOMPARE(stale.httpStatus(), 401);
    ChangePasswordJob fresh(nam, m_server.endpoint(), change.session().accessToken, u"another-secret"_s,
                            u"third-secret"_s);
    run(fresh);
    QCOMPARE(fresh.error(), SyncJob::Error::None);
    QVERIFY(!device(u"changer"_s, u"another-secret"_s));
    QVERIFY(device(u"changer"_s, u"third-secret"_s));
}

void TestServerPeople::stridecliPasswordChangesThePassword() {
    QVERIFY(!addTeam(u"Cli"_s).isEmpty());
    QVERIFY(addPerson(u"cli.user"_s, u"rep"_s, u"Cli"_s));
    auto cli = [this](const QByteArray& input, QByteArray* out) {
        QProcess p;
        p.start(ServerFixture::cliBinary(), {u"password"_s, u"--server"_s, m_server.url(), u"--user"_s, u"cli.user"_s,
                                             u"--ca"_s, m_server.caFile(), u"--no-keychain"_s, u"--password-stdin"_s});
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QByteArray out;
    QCOMPARE(cli("wrong-old\nnew-password\n", &out), 2);
    QVERIFY2(out.contains("wrong user name or password"), out.constData());
    QCOMPARE(cli("password1\nshort\n", &out), 2);
    QVERIFY2(out.contains("at least 8 characters"), out.constData());
    QCOMPARE(cli("password1\nnew-password\n", &out), 0);
    QVERIFY2(out.contains("password of cli.user changed"), out.constData());
    QVERIFY(device(u"cli.user"_s, u"new-password"_s));
}

void TestServerPeople::importReportsEveryRefusedLineAndWritesNothing() {
    QVERIFY(!addTeam(u"Import Bad"_s).isEmpty());
    QFile f(m_server.tempPath(u"bad.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFname,display_name,role,team,supervisor,email,hire_date,password\r\n"
            "ib.sup,Boss,supervisor,Import Bad,,,2026-01-05,\r\n"
            "ib.ok,\"Wang, Fang\",rep,Import Bad,ib.sup,ok@x.cn,2026-01-05,\r\n"
            "ib.noteam,No Team,rep,Atlantis,,,,\r\n"
            "ib.ok,Twice,rep,Import Bad,,,,\r\n"
            "ib.role,Role,king,Import Bad,,,,\r\n"
            "ib.short,\"two\nlines\",rep\r\n"
            "ib.pw,Pw,rep,Import Bad,,,,tiny\r\n"
            "ib.date,Date,rep,Import Bad,,,05/01/2026,\r\n"
            "ib.sup2,Sup,rep,Import Bad,ib.ok,,,\r\n");
    f.close();
    const qint64 before = peopleRows();
    QByteArray out;
    QCOMPARE(tool({u"user"_s, u"import"_s, u"--csv"_s, f.fileName()}, {}, &out), 2);
    const QString text = QString::fromUtf8(out);
    for (const QString& expected :
         {u"line 4: no team 'Atlantis'"_s, u"line 5: 'ib.ok' is listed twice"_s, u"line 6: unknown role 'king'"_s,
          u"line 7: 3 fields, the header has 8"_s, u"line 9: the password must have at least 8 characters"_s,
          u"line 10: the hire date must be YYYY-MM-DD"_s, u"line 11: ib.ok is a rep, not a supervisor"_s,
          u"7 of 9 rows refused; nothing was imported"_s})
        QVERIFY2(text.contains(expected), qPrintable(u"missing '%1' in:\n%2"_s.arg(expected, text)));
    QVERIFY2(!text.contains(u"line 2:"_s) && !text.contains(u"line 3:"_s), qPrintable(text));
    QCOMPARE(peopleRows(), before);

    QCOMPARE(tool({u"user"_s, u"import"_s, u"--csv"_s, m_server.tempPath(u"none.csv"_s)}, {}, &out), 2);
    QVERIFY2(out.contains("none.csv"), out.constData());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("name,role,shoe_size\n");
    f.close();
    QCOMPARE(tool({u"user"_s, u"import"_s, u"--csv"_s, f.fileName()}, {}, &out), 2);
    QVERIFY2(out.contains("unknown column 'shoe_size'"), out.constData());
}

void TestServerPeople::importAddsEveryoneWithTheirFirstMonth() {
    const QString team = addTeam(u"Import Good"_s);
    QFile f(m_server.tempPath(u"good.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,display_name,role,team,supervisor,email,hire_date,password\n"
            "ig.sup,Boss,supervisor,Import Good,,,2026-01-05,sup-secret\n"
            "ig.rep1,\"Wang \"\"Fang\"\"\",rep,Import Good,ig.sup,wf@x.cn,2026-01-05,\n"
            "ig.rep2,Zhao Lei,rep," +
            team.toUtf8() + ",ig.sup,,,\n");
    f.close();
    const qint64 before = peopleRows();
    QByteArray out;
    QCOMPARE(tool({u"user"_s, u"import"_s, u"--csv"_s, f.fileName(), u"--dry-run"_s}, {}, &out), 0);
    QVERIFY2(out.contains("would add 3 people with 10 first-month tasks"), out.constData());
    QCOMPARE(peopleRows(), before);

    QCOMPARE(tool({u"user"_s, u"import"_s, u"--csv"_s, f.fileName()}, {}, &out), 0);
    QVERIFY2(out.contains("added 3 people with 10 first-month tasks"), out.constData());
    QVERIFY2(out.contains("ig.rep1\t") && out.contains("ig.rep2\t") && !out.contains("ig.sup\t"), out.constData());
    const QString rep1 = repOf(u"ig.rep1"_s);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM reps WHERE id = ? AND name = 'Wang \"Fang\"' AND team_id = ? AND "
                            "supervisor_id = ? AND email = 'wf@x.cn'"_s,
                            {rep1, team, repOf(u"ig.sup"_s)}),
             1);
    QVERIFY(device(u"ig.sup"_s, u"sup-secret"_s));
    const qint64 tasks = m_server.count(u"SELECT count(*) FROM tasks WHERE source = 'onboarding'"_s);
    // The same file again: every row is refused as taken, and no first-month task is made twice.
    QCOMPARE(tool({u"user"_s, u"import"_s, u"--csv"_s, f.fileName()}, {}, &out), 2);
    QVERIFY2(out.contains("line 2: a user named 'ig.sup' already exists"), out.constData());
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE source = 'onboarding'"_s), tasks);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE owner_id = ?"_s, {rep1}), 5);
}

void TestServerPeople::adminWritesOfTeamsAndPeopleFollowTheSameRules_data() {
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a person in a team that does not exist")
        << u"reps"_s << u"ar-1"_s
        << QVariantMap{{u"name"_s, u"Nobody"_s}, {u"role"_s, u"rep"_s}, {u"team_id"_s, u"no-such-team"_s}} << false
        << u"reps.team_id: there is no team 'no-such-team'"_s;
    QTest::newRow("a supervisor from another team") << u"reps"_s << u"ar-2"_s
                                                    << QVariantMap{{u"name"_s, u"Wrong Boss"_s},
                                                                   {u"role"_s, u"rep"_s},
                                                                   {u"team_id"_s, u"rules-a"_s},
                                                                   {u"supervisor_id"_s, u"rules-sup-b"_s}}
                                                    << false << u"is not a supervisor of team"_s;
    QTest::newRow("a rep as supervisor") << u"reps"_s << u"ar-3"_s
                                         << QVariantMap{{u"name"_s, u"Odd"_s},
                                                        {u"role"_s, u"rep"_s},
                                                        {u"team_id"_s, u"rules-a"_s},
                                                        {u"supervisor_id"_s, u"rules-rep-a"_s}}
                                         << false << u"is a rep, not a supervisor"_s;
    QTest::newRow("a team with a taken name") << u"teams"_s << u"at-1"_s << QVariantMap{{u"name"_s, u"rules a"_s}}
                                              << false << u"a team named 'Rules A' already exists"_s;
    QTest::newRow("a team supervised from another team")
        << u"teams"_s << u"rules-a"_s << QVariantMap{{u"supervisor_id"_s, u"rules-sup-b"_s}} << false
        << u"teams.supervisor_id"_s;
    QTest::newRow("deleting a team with active people")
        << u"teams"_s << u"rules-a"_s << QVariantMap{} << true << u"still has 1 active person"_s;
}

void TestServerPeople::adminWritesOfTeamsAndPeopleFollowTheSameRules() {
    QFETCH(QString, entity);
    QFETCH(QString, id);
    QFETCH(QVariantMap, fields);
    QFETCH(bool, remove);
    QFETCH(QString, reason);
    if (m_server.count(u"SELECT count(*) FROM teams WHERE id = 'rules-a'"_s) == 0) {
        QVERIFY(m_server.addTeam(u"rules-a"_s, u"Rules A"_s));
        QVERIFY(m_server.addTeam(u"rules-b"_s, u"Rules B"_s));
        QVERIFY(addPerson(u"rules.rep.a"_s, u"rep"_s, u"rules-a"_s, {u"--rep"_s, u"rules-rep-a"_s}));
        QVERIFY(addPerson(u"rules.sup.b"_s, u"supervisor"_s, u"rules-b"_s, {u"--rep"_s, u"rules-sup-b"_s}));
    }
    auto admin = device(u"admin"_s);
    QVERIFY(admin && admin->sync().ok);
    const qint64 seq = m_server.count(u"SELECT value FROM sync_counter"_s);
    // The admin's replica keeps no foreign keys to what the server refuses: write the row as a push would carry it.
    QVERIFY(admin->db().execute(u"PRAGMA foreign_keys = OFF"_s).ok());
    if (remove) {
        const Status s = admin->store().remove(entity, id);
        VERIFY_OK(s);
    } else {
        const Result<QString> s = admin->store().save(entity, id, fields);
        VERIFY_OK(s);
    }
    const SyncReport r = admin->sync();
    QVERIFY(r.ok);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq);
    Result<QList<RejectedRecord>> rejected = SyncReplica(admin->db()).rejected();
    QVERIFY(rejected.ok() && !rejected->isEmpty());
    QVERIFY2(rejected->last().reason.contains(reason), qPrintable(rejected->last().reason));
}

void TestServerPeople::repCannotWriteTeamsOrPeople() {
    QVERIFY(!addTeam(u"Plain"_s).isEmpty());
    QVERIFY(addPerson(u"plain.rep"_s, u"rep"_s, u"Plain"_s));
    auto rep = device(u"plain.rep"_s);
    QVERIFY(rep && rep->sync().ok);
    const QString me = rep->engine().session().user.repId;
    QVERIFY(rep->store().save(u"reps"_s, me, {{u"role"_s, u"director"_s}}).ok());
    QVERIFY(rep->store().save(u"teams"_s, {}, {{u"name"_s, u"My own team"_s}}).ok());
    const SyncReport r = rep->sync();
    QVERIFY(r.ok);
    QCOMPARE(r.rejected, 2);
    Result<QList<RejectedRecord>> rejected = SyncReplica(rep->db()).rejected();
    QVERIFY(rejected.ok() && rejected->size() == 2);
    for (const RejectedRecord& e : std::as_const(*rejected))
        QVERIFY2(e.reason.startsWith(u"only an admin may change "_s), qPrintable(e.reason));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM reps WHERE id = ? AND role = 'rep'"_s, {me}), 1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM teams WHERE name = 'My own team'"_s), 0);
}

QTEST_MAIN(TestServerPeople)
#include "tst_serverpeople.moc"
