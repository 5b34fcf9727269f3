// The change-password dialog: checks what it can before anything is sent, then says the server's answer in words.
#include "dialogs/changepassworddialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
struct Sent {
    int calls = 0;
    QString oldPassword;
    QString newPassword;
    ChangePasswordDialog::Done done;
};

ChangePasswordDialog::Submit recorder(Sent& sent) {
    return [&sent](const QString& oldPassword, const QString& newPassword, ChangePasswordDialog::Done done) {
        ++sent.calls;
        sent.oldPassword = oldPassword;
        sent.newPassword = newPassword;
        sent.done = std::move(done);
    };
}

void fill(ChangePasswordDialog& d, const QString& old, const QString& next, const QString& repeat) {
    d.findChild<QLineEdit*>(u"oldPassword"_s)->setText(old);
    d.findChild<QLineEdit*>(u"newPassword"_s)->setText(next);
    d.findChild<QLineEdit*>(u"repeatPassword"_s)->setText(repeat);
}
} // namespace

class TestChangePassword final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checkedBeforeSending_data() {
        QTest::addColumn<QString>("old");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no current password") << QString() << u"new-secret-1"_s << u"new-secret-1"_s << u"current"_s;
        QTest::newRow("too short") << u"password1"_s << u"short7!"_s << u"short7!"_s << u"too short"_s;
        QTest::newRow("copies differ") << u"password1"_s << u"new-secret-1"_s << u"new-secret-2"_s << u"do not match"_s;
        QTest::newRow("same as before") << u"password1"_s << u"password1"_s << u"password1"_s << u"same"_s;
    }
    void checkedBeforeSending() {
        QFETCH(QString, old);
        QFETCH(QString, next);
        QFETCH(QString, repeat);
        QFETCH(QString, expected);
        Sent sent;
        ChangePasswordDialog d(recorder(sent));
        fill(d, old, next, repeat);
        d.accept();
        QCOMPARE(sent.calls, 0);
        QVERIFY(d.result() != QDialog::Accepted);
        QVERIFY2(d.lastError().contains(expected), qPrintable(d.lastError()));
    }

    void theServersAnswerIsSaidInWords_data() {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong current password") << int(ChangePasswordDialog::Outcome::WrongPassword) << u"wrong"_s;
        QTest::newRow("server unreachable")
            << int(ChangePasswordDialog::Outcome::Unreachable) << u"cannot be reached"_s;
        QTest::newRow("refused") << int(ChangePasswordDialog::Outcome::Refused) << u"too common"_s;
        QTest::newRow("not available") << int(ChangePasswordDialog::Outcome::NotAvailable) << u"not available"_s;
    }
    void theServersAnswerIsSaidInWords() {
        QFETCH(int, outcome);
        QFETCH(QString, expected);
        Sent sent;
        ChangePasswordDialog d(recorder(sent));
        fill(d, u"password1"_s, u"new-secret-1"_s, u"new-secret-1"_s);
        d.accept();
        QCOMPARE(sent.calls, 1);
        QCOMPARE(sent.oldPassword, u"password1"_s);
        QCOMPARE(sent.newPassword, u"new-secret-1"_s);
        QVERIFY(d.isBusy());
        d.accept(); // a second click while waiting sends nothing
        QCOMPARE(sent.calls, 1);
        sent.done(ChangePasswordDialog::Outcome(outcome), u"too common"_s);
        QVERIFY(!d.isBusy());
        QVERIFY(d.result() != QDialog::Accepted);
        QVERIFY2(d.lastError().contains(expected), qPrintable(d.lastError()));
        // Try again: the server agrees this time.
        fill(d, u"password1"_s, u"new-secret-1"_s, u"new-secret-1"_s);
        d.accept();
        QCOMPARE(sent.calls, 2);
        sent.done(ChangePasswordDialog::Outcome::Changed, {});
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }

    void anAnswerAfterTheDialogIsGoneIsIgnored() {
        Sent sent;
        {
            ChangePasswordDialog d(recorder(sent));
            fill(d, u"password1"_s, u"new-secret-1"_s, u"new-secret-1"_s);
            d.accept();
        }
        QCOMPARE(sent.calls, 1);
        sent.done(ChangePasswordDialog::Outcome::Changed, {}); // must not touch the destroyed dialog
    }

    void serverErrorsAreClassified_data() {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("outcome");
        using O = ChangePasswordDialog::Outcome;
        QTest::newRow("changed") << int(SyncJob::Error::None) << QString() << int(O::Changed);
        QTest::newRow("offline") << int(SyncJob::Error::Network) << QString() << int(O::Unreachable);
        QTest::newRow("timeout") << int(SyncJob::Error::Timeout) << QString() << int(O::Unreachable);
        QTest::newRow("old password refused")
            << int(SyncJob::Error::Forbidden) << u"wrong_password"_s << int(O::WrongPassword);
        QTest::newRow("session ended") << int(SyncJob::Error::Auth) << u"token_expired"_s << int(O::SignedOut);
        QTest::newRow("new password refused") << int(SyncJob::Error::Client) << u"weak_password"_s << int(O::Refused);
        QTest::newRow("never signed in") << int(SyncJob::Error::Auth) << u"not_signed_in"_s << int(O::SignedOut);
        QTest::newRow("server without the endpoint")
            << int(SyncJob::Error::Client) << u"not_found"_s << int(O::NotAvailable);
        QTest::newRow("garbled answer") << int(SyncJob::Error::Protocol) << QString() << int(O::Failed);
    }
    void serverErrorsAreClassified() {
        QFETCH(int, error);
        QFETCH(QString, code);
        QFETCH(int, outcome);
        QCOMPARE(int(ChangePasswordDialog::outcomeOf(SyncJob::Error(error), code)), outcome);
    }
};

QTEST_MAIN(TestChangePassword)
#include "tst_changepassword.moc"
