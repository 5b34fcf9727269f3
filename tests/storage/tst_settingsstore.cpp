#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
// A real-valued setting of this test's own: the product keeps none (what the organisation shares is its policy).
const Setting<double> zoom{u"test/zoom", 80.0};
} // namespace

class TestSettingsStore final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsUntilSetAndPersisted() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            SettingsStore settings(**db);
            QCOMPARE(settings.value(zoom), 80.0);
            QCOMPARE(settings.value(Settings::syncBatchSize), 200);
            QCOMPARE(settings.value(Settings::language), QString());
            QSignalSpy spy(&settings, &SettingsStore::changed);
            QVERIFY(settings.setValue(zoom, 85.5));
            QVERIFY(settings.setValue(Settings::language, u"zh_CN"_s));
            QCOMPARE(spy.count(), 2);
            QCOMPARE(spy.first().first().toString(), u"test/zoom"_s);
        }
        auto db = Database::open(path);
        QVERIFY(db);
        SettingsStore settings(**db);
        QCOMPARE(settings.value(zoom), 85.5);
        QCOMPARE(settings.value(Settings::language), u"zh_CN"_s);
        QVERIFY(settings.reset(zoom));
        QCOMPARE(settings.value(zoom), 80.0);
    }

    void unreadableValueFallsBackToDefault() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.db"_s));
        QVERIFY(db);
        QVERIFY((*db)->execute(u"INSERT INTO settings (key, value) VALUES ('sync/batch_size', 'lots')"_s));
        SettingsStore settings(**db);
        QCOMPARE(settings.value(Settings::syncBatchSize), 200);
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
