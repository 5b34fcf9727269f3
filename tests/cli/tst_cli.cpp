#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString cliPath() {
    return qEnvironmentVariable("STRIDE_BINARY_DIR") + u"/app/cli/stride-cli"_s;
}

Run runCli(const QStringList& args) {
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(300000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString firstCustomer() const {
        sqlite3* h = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(m_demo).constData(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return {};
        sqlite3_stmt* st = nullptr;
        QString id;
        if (sqlite3_prepare_v2(h, "SELECT id FROM customers ORDER BY id LIMIT 1", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            id = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        sqlite3_close(h);
        return id;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        m_demo = m_dir.filePath(u"demo.db"_s);
        const Run r = runCli({u"demo"_s, u"--db"_s, m_demo, u"--customers"_s, u"300"_s, u"--seed"_s, u"7"_s,
                              u"--today"_s, u"2026-11-20"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"customers"_s));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("stats without --db") << QStringList{u"stats"_s};
        QTest::newRow("unknown option") << QStringList{u"stats"_s, u"--db"_s, u"x.db"_s, u"--bogus"_s};
        QTest::newRow("customers not a number")
            << QStringList{u"demo"_s, u"--db"_s, u"x.db"_s, u"--customers"_s, u"many"_s};
        QTest::newRow("customers over the limit")
            << QStringList{u"demo"_s, u"--db"_s, u"x.db"_s, u"--customers"_s, u"200001"_s};
        QTest::newRow("score without --customer") << QStringList{u"score"_s, u"--db"_s, u"x.db"_s};
        QTest::newRow("search without text") << QStringList{u"search"_s, u"--db"_s, u"x.db"_s};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(u"x.db"_s));
    }

    void helpExitsZero() {
        const Run r = runCli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString& c : {u"demo"_s, u"stats"_s, u"score"_s, u"search"_s})
            QVERIFY2(r.out.contains(c), qPrintable(c));
        QCOMPARE(runCli({u"stats"_s, u"--help"_s}).exitCode, 0);
    }

    void badFilesAreDataErrorsAndUntouched_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        for (const QString& cmd : {u"stats"_s, u"check"_s, u"score"_s, u"search"_s, u"demo"_s}) {
            QTest::addRow("%s on a text file", qPrintable(cmd)) << u"text"_s << cmd << u"not an SQLite database"_s;
            QTest::addRow("%s on a corrupt replica", qPrintable(cmd)) << u"corrupt"_s << cmd << u"corrupt"_s;
            QTest::addRow("%s on a newer schema", qPrintable(cmd)) << u"newer"_s << cmd << u"newer"_s;
        }
    }
    void badFilesAreDataErrorsAndUntouched() {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.db"_s);
        if (kind == u"text"_s) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is a spreadsheet export, not a database\n");
        } else {
            QVERIFY(QFile::copy(m_demo, path));
            if (kind == u"newer"_s) {
                sqlite3* h = nullptr;
                QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &h), SQLITE_OK);
                QCOMPARE(sqlite3_exec(h, "PRAGMA user_version = 77", nullptr, nullptr, nullptr), SQLITE_OK);
                sqlite3_close(h);
            } else {
                // Damage the schema table on the first page, after the 100-byte header.
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(100);
                f.write(QByteArray(300, '\xa5'));
            }
        }
        const QByteArray before = fileHash(path);
        QStringList args{command, u"--db"_s, path};
        if (command == u"score"_s)
            args << u"--customer"_s << u"any"_s;
        if (command == u"search"_s)
            args << u"acme"_s;
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) || kind == u"text"_s || QFileInfo(path + u"-wal"_s).size() == 0);
    }

    void checkFindsDamageDeepInTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deep.db"_s);
        QVERIFY(QFile::copy(m_demo, path));
        QCOMPARE(runCli({u"check"_s, u"--db"_s, path}).exitCode, 0);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 pos = f.size() / 2; pos < f.size(); pos += qint64(4096) * 5) {
                f.seek(pos + 8);
                f.write(QByteArray(64, '\x5a'));
            }
        }
        const QByteArray before = fileHash(path);
        const Run r = runCli({u"check"_s, u"--db"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"corrupt"_s), qPrintable(r.err));
        QCOMPARE(fileHash(path), before);
    }

    void statsCountsRows() {
        const Run r = runCli({u"stats"_s, u"--db"_s, m_demo});
        QCOMPARE(r.exitCode, 0);
        const QRegularExpression customers(u"^customers\\s+300\\s"_s, QRegularExpression::MultilineOption);
        QVERIFY2(customers.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY(r.out.contains(u"visits"_s));
    }

    void demoRefusesAFileWithData() {
        const QByteArray before = fileHash(m_demo);
        const Run r = runCli({u"demo"_s, u"--db"_s, m_demo});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"already holds data"_s));
        QCOMPARE(fileHash(m_demo), before);
    }

    // The README promises that the same seed and day give the same bytes; the demo's scores used to be stamped and
    // windowed by the wall clock, so two runs a second apart differed.
    void demoIsByteIdenticalForTheSameSeedAndDay() {
        QStringList files;
        for (const QString& seed : {u"7"_s, u"7"_s, u"8"_s}) {
            files << m_dir.filePath(u"same-%1.db"_s.arg(files.size()));
            const Run r = runCli({u"demo"_s, u"--db"_s, files.last(), u"--customers"_s, u"120"_s, u"--seed"_s, seed,
                                  u"--today"_s, u"2026-11-20"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            // The next run starts in a later wall-clock second: a stamp taken from the clock would differ.
            const qint64 ranIn = QDateTime::currentSecsSinceEpoch();
            QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > ranIn, 5000);
        }
        QFile a(files.at(0)), b(files.at(1)), c(files.at(2));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        const QByteArray first = a.readAll();
        QVERIFY(first == b.readAll());
        QVERIFY(first != c.readAll());
    }

    // A demo replica remembers its day: what it reads without --now is as of that evening in the organisation's
    // zone (18:00 in Shanghai), not the wall clock; --now still wins, and a bad --now names the problem.
    void scoreReadsADemoReplicaAsOfItsDay_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("asOf");
        QTest::newRow("no --now: the demo's evening") << QStringList{} << u"2026-11-20T10:00:00Z"_s;
        QTest::newRow("--now in UTC") << QStringList{u"--now"_s, u"2026-12-01T08:30:00Z"_s}
                                      << u"2026-12-01T08:30:00Z"_s;
        QTest::newRow("--now without an offset is UTC")
            << QStringList{u"--now"_s, u"2026-12-01T08:30:00"_s} << u"2026-12-01T08:30:00Z"_s;
        QTest::newRow("--now with an offset")
            << QStringList{u"--now"_s, u"2026-12-01T16:30:00+08:00"_s} << u"2026-12-01T08:30:00Z"_s;
    }
    void scoreReadsADemoReplicaAsOfItsDay() {
        QFETCH(QStringList, extra);
        QFETCH(QString, asOf);
        const Run r = runCli(QStringList{u"score"_s, u"--db"_s, m_demo, u"--customer"_s, firstCustomer()} + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"as of       "_s + asOf), qPrintable(r.out));
    }
    // Reports read a demo replica as of its day too (without it every open demo deal would look red); --now wins.
    void reportReadsADemoReplicaAsOfItsDay() {
        for (const auto& [extra, asOf] :
             {std::pair{QStringList{}, u"2026-11-20T10:00:00Z"_s},
              std::pair{QStringList{u"--now"_s, u"2026-12-01T08:30:00Z"_s}, u"2026-12-01T08:30:00Z"_s}}) {
            const Run r =
                runCli(QStringList{u"report"_s, u"payments"_s, u"--db"_s, m_demo, u"--format"_s, u"json"_s} + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject filter = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"filter"_s).toObject();
            QCOMPARE(filter.value(u"now"_s).toString(), asOf);
        }
    }
    void scoreRefusesABadNow() {
        const Run r = runCli({u"score"_s, u"--db"_s, m_demo, u"--customer"_s, firstCustomer(), u"--now"_s, u"soon"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--now must be an ISO 8601 time"_s) && r.err.contains(u"'soon'"_s), qPrintable(r.err));
    }

    void scoreOfACustomer() {
        sqlite3* h = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_demo).constData(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        QCOMPARE(
            sqlite3_prepare_v2(h, "SELECT id FROM customers WHERE tier IS NULL ORDER BY id LIMIT 1", -1, &st, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        const QString id = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        sqlite3_close(h);
        const Run r = runCli({u"score"_s, u"--db"_s, m_demo, u"--customer"_s, id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& label : {u"P "_s, u"S "_s, u"T "_s, u"score"_s, u"tier"_s})
            QVERIFY2(r.out.contains(label), qPrintable(r.out));
        QVERIFY(QRegularExpression(u"tier\\s+[ABC]"_s).match(r.out).hasMatch());
        QVERIFY2(!r.out.contains(u"pinned"_s), qPrintable(r.out));
        // A pinned tier is said beside the score's, which it overrides everywhere.
        QTemporaryDir dir;
        const QString pinned = dir.filePath(u"pinned.db"_s);
        QVERIFY(QFile::copy(m_demo, pinned));
        QCOMPARE(sqlite3_open(QFile::encodeName(pinned).constData(), &h), SQLITE_OK);
        const QByteArray pin = "UPDATE customers SET tier = 'B' WHERE id = '" + id.toUtf8() + "'";
        QCOMPARE(sqlite3_exec(h, pin.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
        const Run p = runCli({u"score"_s, u"--db"_s, pinned, u"--customer"_s, id});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        QVERIFY2(QRegularExpression(u"pinned\\s+B"_s).match(p.out).hasMatch(), qPrintable(p.out));
        const Run missing = runCli({u"score"_s, u"--db"_s, m_demo, u"--customer"_s, u"no-such-id"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"no customer"_s));
    }

    void searchFindsRankedHits() {
        const Run r = runCli({u"search"_s, u"--db"_s, m_demo, u"有限公司"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"有限公司"_s), qPrintable(r.out));
        const Run none = runCli({u"search"_s, u"--db"_s, m_demo, u"\"*^:"_s});
        QCOMPARE(none.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
