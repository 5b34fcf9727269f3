// A server profile in the app against a real stride-server: after the sign-in the window acts as the signed-in
// user (ids from the sign-in, before any reps row arrives), and Settings changes that user's password.
#include "dialogs/changepassworddialog.h"
#include "languagemanager.h"
#include "pages/settingspage.h"
#include "profile.h"
#include "profilestore.h"
#include "serverfixture.h"
#include "session.h"
#include "storage/database.h"
#include "storage/replicauserstore.h"
#include "synccontroller.h"
#include "verifyok.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestSignedInUser final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theWindowActsAsWhoSignedInAndChangesTheirPassword() {
        Test::ServerFixture server;
        if (const QString why = server.setUp(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(server.addUser(u"li.na@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-li"_s));
        QVERIFY(server.start());

        QTemporaryDir dir;
        Profile p;
        p.name = u"acme"_s;
        p.kind = Profile::Kind::Server;
        p.serverUrl = server.url();
        p.caFile = server.caFile();
        p.user = u"li.na@acme.cn"_s;
        p.role = u"rep"_s;
        p.replicaPath = dir.filePath(u"replica.db"_s);
        QVERIFY(Database::open(p.replicaPath).ok());
        Result<std::unique_ptr<Session>> opened = Session::open(p, u"rep"_s);
        VERIFY_OK(opened);
        Session& session = **opened;
        QVERIFY(session.user().id.isEmpty()); // nobody yet: a new profile before its first sign-in

        SyncController sync(session);
        bool lookedUp = false; // the keychain answered: no token (signed out), or a problem reading it
        connect(&sync, &SyncController::stateChanged, this,
                [&lookedUp](SyncState s) { lookedUp = lookedUp || s == SyncState::SignedOut; });
        connect(&sync, &SyncController::message, this, [&lookedUp] { lookedUp = true; });
        QVERIFY(sync.available());
        QSignalSpy finished(&sync, &SyncController::finished);
        QTRY_VERIFY_WITH_TIMEOUT(lookedUp, 10000); // the keychain lookup answers before the sign-in
        sync.signIn(p.user, u"password1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const SyncReport report = finished.last().at(0).value<SyncReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        // The controller looked the user up again after the sync: the ids come from the sign-in.
        QCOMPARE(session.user().id, u"r-li"_s);
        QCOMPARE(session.user().teamId, u"t-east"_s);
        QVERIFY(session.user().isRep());

        LanguageManager language;
        ProfileStore profiles(dir.filePath(u"profiles"_s));
        SettingsPage settings(session, sync, language, profiles);
        QVERIFY(settings.changePasswordButton()->isVisibleTo(&settings));

        PasswordChangeReply wrong;
        bool answered = false;
        sync.changePassword(u"not-my-password"_s, u"new-secret-1"_s, [&](const PasswordChangeReply& r) {
            wrong = r;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY(wrong.available);
        if (wrong.code == u"not_found"_s)
            QSKIP("this stride-server has no POST /password");
        QCOMPARE(ChangePasswordDialog::outcomeOf(wrong.error, wrong.code),
                 ChangePasswordDialog::Outcome::WrongPassword);

        PasswordChangeReply changed;
        answered = false;
        sync.changePassword(u"password1"_s, u"new-secret-1"_s, [&](const PasswordChangeReply& r) {
            changed = r;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QCOMPARE(ChangePasswordDialog::outcomeOf(changed.error, changed.code), ChangePasswordDialog::Outcome::Changed);
        // This window goes on with the new session.
        finished.clear();
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(finished.last().at(0).value<SyncReport>().ok);
    }
};

QTEST_MAIN(TestSignedInUser)
#include "tst_signedinuser.moc"
