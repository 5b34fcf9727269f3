#include "appoptions.h"
#include "dialogs/firstrundialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "profilestore.h"
#include "uifixture.h"
#include "verifyok.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestShell final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void options_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("what");
        QTest::newRow("demo as supervisor")
            << QStringList{u"--demo"_s, u"--role"_s, u"supervisor"_s} << true << u"demo supervisor"_s;
        QTest::newRow("profile") << QStringList{u"--profile"_s, u"acme"_s} << true << u"profile acme"_s;
        QTest::newRow("db file") << QStringList{u"--db"_s, u"/tmp/x.db"_s} << true << u"db /tmp/x.db"_s;
        QTest::newRow("unknown role refused") << QStringList{u"--demo"_s, u"--role"_s, u"boss"_s} << false << QString();
        QTest::newRow("two targets refused") << QStringList{u"--demo"_s, u"--db"_s, u"x"_s} << false << QString();
        QTest::newRow("bad language refused") << QStringList{u"--lang"_s, u"fr"_s} << false << QString();
        QTest::newRow("customers out of range") << QStringList{u"--demo-customers"_s, u"0"_s} << false << QString();
    }
    void options() {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        QFETCH(QString, what);
        const Result<AppOptions> o = AppOptions::parse(QStringList{u"stride"_s} + args);
        QCOMPARE(o.ok(), ok);
        if (!ok) {
            QVERIFY(!o.error().isEmpty());
            return;
        }
        const QString got = o->demo                 ? u"demo "_s + o->role
                            : !o->profile.isEmpty() ? u"profile "_s + o->profile
                                                    : u"db "_s + o->dbPath;
        QCOMPARE(got, what);
    }

    void profilesRoundTrip() {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.profiles().isEmpty());
        Profile p;
        p.name = u"张伟@crm.example.com"_s;
        p.kind = Profile::Kind::Server;
        p.serverUrl = u"https://crm.example.com"_s;
        p.user = u"张伟"_s;
        p.fingerprint = QString(64, u'a');
        const Result<Profile> saved = store.save(p);
        VERIFY_OK(saved);
        QCOMPARE(saved->replicaPath, dir.path() + u"/profiles/张伟@crm.example.com/replica.db"_s);
        QVERIFY(QFileInfo(saved->replicaPath).absoluteDir().exists());
        Profile demo;
        demo.name = u"demo"_s;
        QVERIFY(store.save(demo).ok());
        QVERIFY(store.setLastUsed(u"demo"_s).ok());

        ProfileStore again(dir.path());
        QCOMPARE(again.profiles().size(), 2);
        const std::optional<Profile> found = again.find(p.name);
        QVERIFY(found.has_value());
        QCOMPARE(found->kind, Profile::Kind::Server);
        QCOMPARE(found->fingerprint, p.fingerprint);
        QCOMPARE(again.lastUsed(), u"demo"_s);
        QVERIFY(again.remove(u"demo"_s).ok());
        QCOMPARE(again.profiles().size(), 1);
        QVERIFY(again.lastUsed().isEmpty());
        QVERIFY(!again.save(Profile{}).ok()); // no name
        QCOMPARE(ProfileStore::folderName(u"../evil/name"_s), u"_.._evil_name"_s);
    }

    void navigationAndLanguage() {
        Test::UiFixture f;
        VERIFY_OK(f);
        LanguageManager language;
        QVERIFY(language.setLanguage(u"en"_s));
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MainWindow w(f.session(), language, profiles);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.pageCount(), int(MainWindow::PageCount));
        QCOMPARE(w.currentPage(), int(MainWindow::Today));
        QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), int(MainWindow::Pipeline));
        w.showPage(MainWindow::Dashboards);
        auto* nav = w.findChild<QListWidget*>();
        QVERIFY(nav);
        QCOMPARE(nav->item(MainWindow::Customers)->text(), u"Customers"_s);
        QCOMPARE(w.currentPage(), int(MainWindow::Dashboards));
        QCOMPARE(nav->item(MainWindow::Dashboards)->text(), w.page(MainWindow::Dashboards)->title());

        QVERIFY(language.setLanguage(u"zh_CN"_s));
        QTRY_COMPARE(nav->item(MainWindow::Customers)->text(), u"客户"_s);
        QCOMPARE(nav->item(MainWindow::Today)->text(), u"今天"_s);
        QVERIFY(language.setLanguage(u"en"_s));
        QTRY_COMPARE(nav->item(MainWindow::Customers)->text(), u"Customers"_s);
    }

    void firstRunServerFormNamesTheProblem() {
        FirstRunDialog dialog;
        auto field = [&](const QString& name) {
            for (QLineEdit* e : dialog.findChildren<QLineEdit*>()) {
                if (e->accessibleName() == name)
                    return e;
            }
            return static_cast<QLineEdit*>(nullptr);
        };
        QVERIFY(field(u"Server address"_s));
        QVERIFY(dialog.validateServerForm().contains(u"server address"_s));
        field(u"Server address"_s)->setText(u"http://crm.example.com"_s);
        QVERIFY(dialog.validateServerForm().contains(u"https://"_s));
        field(u"Server address"_s)->setText(u"https://crm.example.com:8443"_s);
        field(u"Certificate fingerprint"_s)->setText(u"12:34"_s);
        QVERIFY(dialog.validateServerForm().contains(u"SHA-256"_s));
        field(u"Certificate fingerprint"_s)->setText(QString(64, u'A'));
        QVERIFY(dialog.validateServerForm().contains(u"user name"_s));
        field(u"User"_s)->setText(u"zhang.wei"_s);
        QVERIFY(dialog.validateServerForm().contains(u"password"_s));
        field(u"Password"_s)->setText(u"secret"_s);
        QCOMPARE(dialog.validateServerForm(), QString());
        QCOMPARE(dialog.fingerprint(), QString(64, u'a'));
    }

    void roleSwitch() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QCOMPARE(f.session().user().role, u"rep"_s);
        QSignalSpy spy(&f.session(), &Session::userChanged);
        QVERIFY(f.session().switchRole(u"supervisor"_s).ok());
        QCOMPARE(f.session().user().role, u"supervisor"_s);
        QCOMPARE(spy.count(), 1);
        QVERIFY(f.session().switchRole(u"director"_s).ok());
        QCOMPARE(f.session().user().role, u"director"_s);
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
