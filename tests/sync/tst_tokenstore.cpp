// The refresh token in the OS keychain. Inside `dbus-run-session` with gnome-keyring (scripts/test) the token
// round-trips under a key namespaced by server and user; without a keychain the error says so clearly and
// nothing is written anywhere else. Label: keychain.
#include "sync/tokenstore.h"
#include "verifyok.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestTokenStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keysAreNamespacedByServerAndUser();
    void tokenRoundTripsOrFailsClearly();
};

void TestTokenStore::keysAreNamespacedByServerAndUser() {
    const QString a = TokenStore::keyFor(u"https://crm.example:8443"_s, u"ann"_s);
    QVERIFY(a.contains(u"https://crm.example:8443"_s));
    QVERIFY(a.contains(u"ann"_s));
    QVERIFY(a != TokenStore::keyFor(u"https://crm.example:8443"_s, u"bob"_s));
    QVERIFY(a != TokenStore::keyFor(u"https://other.example:8443"_s, u"ann"_s));
}

void TestTokenStore::tokenRoundTripsOrFailsClearly() {
    TokenStore store;
    const QString key =
        TokenStore::keyFor(u"https://127.0.0.1:1"_s, u"tst-%1"_s.arg(QCoreApplication::applicationPid()));
    const QString other =
        TokenStore::keyFor(u"https://127.0.0.1:2"_s, u"tst-%1"_s.arg(QCoreApplication::applicationPid()));
    const Status written = store.writeNow(key, u"refresh-secret"_s);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // No session bus: no keychain. A clear message, and no file with the secret in it.
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(u"keychain"_s), qPrintable(written.error()));
        QVERIFY2(written.error().contains(u"this run only"_s), qPrintable(written.error()));
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        for (const QFileInfo& f : QDir(config).entryInfoList(QDir::Files)) {
            QFile file(f.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("refresh-secret"));
        }
        return;
    }
    VERIFY_OK(written);
    Result<QString> back = store.readNow(key);
    VERIFY_OK(back);
    QCOMPARE(*back, u"refresh-secret"_s);
    Result<QString> none = store.readNow(other);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    QVERIFY(store.removeNow(key).ok());
    QVERIFY(store.readNow(key)->isEmpty());
}

QTEST_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
