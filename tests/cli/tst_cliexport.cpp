#include "clirun.h"
#include "domain/translationloader.h"
#include "io/csvreader.h"
#include "storage/database.h"
#include "storage/replicauserstore.h"
#include "verifyok.h"
#include "xlsxdescription.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

using Run = Test::CliRun;

Run runCli(const QStringList& args, const QByteArray& input = {}) {
    return Test::CliRun::run(args, input);
}

// The independent reader's description as a grid (tests/support/xlsxcheck.py).
QJsonObject readXlsx(const QString& path) {
    return Test::XlsxDescription::grid(path);
}

bool haveOpenpyxl() {
    return Test::XlsxDescription::unavailable().isEmpty();
}

QJsonArray sheetsOf(const QString& path) {
    return readXlsx(path).value(u"sheets"_s).toArray();
}

QString text(const QJsonValue& cell) {
    return cell.toArray().at(1).toVariant().toString();
}

int headerRow(const QJsonArray& rows, const QString& first) {
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (text(rows.at(i).toArray().at(0)) == first)
            return int(i);
    }
    return -1;
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

// `stride-cli export` on a 300-customer demo replica (with two customers whose names a spreadsheet would run as
// formulas): every list and several figures as workbooks read back with openpyxl and as CSV, against the replica;
// the split of a long sheet, the language, usage and data errors, and no file left behind by a failure.
class TestCliExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    qint64 count(const QString& sql, const QVariantList& values = {}) {
        Result<std::unique_ptr<Database>> db = Database::open(m_demo, Database::Access::ReadOnly);
        if (!db)
            return -1;
        Result<QSqlQuery> q = (*db)->exec(sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    Run exportTo(const QStringList& args) {
        return runCli(QStringList{u"export"_s} + args + QStringList{u"--db"_s, m_demo});
    }

private slots:
    void initTestCase() {
        m_demo = m_dir.filePath(u"demo.db"_s);
        const Run r = runCli({u"demo"_s, u"--db"_s, m_demo, u"--customers"_s, u"300"_s, u"--seed"_s, u"7"_s,
                              u"--today"_s, u"2026-11-20"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        Result<std::unique_ptr<Database>> db = Database::open(m_demo);
        VERIFY_OK(db);
        // Who exports: the replica's signed-in user.
        VERIFY_OK(ReplicaUserStore::save(**db, ReplicaUser{u"wang@acme.cn"_s, u"director"_s, {}, {}}));
        for (const QString& name : {u"=HYPERLINK(\"http://x\",\"y\")"_s, u"+cmd"_s}) {
            VERIFY_OK((*db)->execute(u"INSERT INTO customers (id, version, updated_at, deleted, name, owner_id, "
                                     "created_at) SELECT ?, 1, 0, 0, ?, id, 1763600000 FROM reps ORDER BY id LIMIT 1"_s,
                                     {u"c-"_s + name, name}));
        }
    }

    void listsAsCsv_data() {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("countSql");
        QTest::newRow("customers") << u"customers"_s << u"SELECT count(*) FROM customers WHERE deleted = 0"_s;
        QTest::newRow("visits") << u"visits"_s << u"SELECT count(*) FROM visits WHERE deleted = 0"_s;
        QTest::newRow("opportunities") << u"opportunities"_s
                                       << u"SELECT count(*) FROM opportunities WHERE deleted = 0"_s;
    }
    void listsAsCsv() {
        QFETCH(QString, list);
        QFETCH(QString, countSql);
        const QString path = m_dir.filePath(list + u".csv"_s);
        const Run r = exportTo({list, u"--format"_s, u"csv"_s, u"--out"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        Result<QList<CsvReader::Record>> records = CsvReader::parse(bytes);
        VERIFY_OK(records);
        QCOMPARE(records->size() - 1, count(countSql));
        // Without the byte-order mark, for scripts.
        const Run plain = exportTo({list, u"--format"_s, u"csv"_s, u"--no-bom"_s, u"--out"_s, path});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(f.seek(0));
        QCOMPARE(QFile(path).size(), bytes.size() - 3);
    }

    void formulaNamesStayTextInCsv() {
        const QString path = m_dir.filePath(u"injection.csv"_s);
        QCOMPARE(exportTo({u"customers"_s, u"--format"_s, u"csv"_s, u"--out"_s, path}).exitCode, 0);
        Result<QList<CsvReader::Record>> records = CsvReader::readFile(path);
        VERIFY_OK(records);
        QStringList names;
        for (const CsvReader::Record& r : *records)
            names << r.fields.first();
        QVERIFY(names.contains(u"'=HYPERLINK(\"http://x\",\"y\")"_s));
        QVERIFY(names.contains(u"'+cmd"_s));
    }

    // The figures in CSV are written by report's own writer: the same files, byte for byte.
    void figureCsvIsReportCsv() {
        const QString a = m_dir.filePath(u"export-csv"_s), b = m_dir.filePath(u"report-csv"_s);
        const Run e = exportTo({u"all"_s, u"--format"_s, u"csv"_s, u"--out-dir"_s, a, u"--from"_s, u"2026-06-01"_s});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const Run r = runCli({u"report"_s, u"all"_s, u"--db"_s, m_demo, u"--format"_s, u"csv"_s, u"--out-dir"_s, b,
                              u"--from"_s, u"2026-06-01"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(filesIn(a).size() >= 10);
        QCOMPARE(filesIn(a), filesIn(b));
        for (const QString& name : filesIn(a)) {
            QFile x(QDir(a).filePath(name)), y(QDir(b).filePath(name));
            QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
            QVERIFY2(x.readAll() == y.readAll(), qPrintable(name));
        }
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no NAME") << QStringList{u"--out"_s, u"x.xlsx"_s};
        QTest::newRow("unknown NAME") << QStringList{u"leads"_s, u"--out"_s, u"x.xlsx"_s};
        QTest::newRow("no --out") << QStringList{u"customers"_s};
        QTest::newRow("--out and --out-dir")
            << QStringList{u"customers"_s, u"--out"_s, u"x.xlsx"_s, u"--out-dir"_s, u"d"_s};
        QTest::newRow("unknown format") << QStringList{u"visits"_s, u"--out"_s, u"x.ods"_s, u"--format"_s, u"ods"_s};
        QTest::newRow("figure CSV into one file")
            << QStringList{u"funnel"_s, u"--out"_s, u"x.csv"_s, u"--format"_s, u"csv"_s};
        QTest::newRow("bad --from") << QStringList{u"visits"_s, u"--out"_s, u"x.xlsx"_s, u"--from"_s, u"June"_s};
        QTest::newRow("--from after --to") << QStringList{u"visits"_s,     u"--out"_s, u"x.xlsx"_s,    u"--from"_s,
                                                          u"2026-06-02"_s, u"--to"_s,  u"2026-06-01"_s};
        QTest::newRow("unknown --lang") << QStringList{u"visits"_s, u"--out"_s, u"x.xlsx"_s, u"--lang"_s, u"fr"_s};
        QTest::newRow("customer filter on visits")
            << QStringList{u"visits"_s, u"--out"_s, u"x.xlsx"_s, u"--tier"_s, u"A"_s};
        QTest::newRow("bad tier") << QStringList{u"customers"_s, u"--out"_s, u"x.xlsx"_s, u"--tier"_s, u"D"_s};
        QTest::newRow("bad --now") << QStringList{u"visits"_s, u"--out"_s, u"x.xlsx"_s, u"--now"_s, u"soon"_s};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QTemporaryDir cwd;
        QProcess p;
        p.setWorkingDirectory(cwd.path());
        p.start(qEnvironmentVariable("STRIDE_BINARY_DIR") + u"/app/cli/stride-cli"_s,
                QStringList{u"export"_s} + args + QStringList{u"--db"_s, m_demo});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.startsWith(u"stride-cli export"_s) || err.contains(u"Unknown"_s) || err.contains(u"--"_s),
                 qPrintable(err));
        QCOMPARE(filesIn(cwd.path()), QStringList());
    }

    void unknownTeamIsADataError() {
        const QString path = m_dir.filePath(u"team.xlsx"_s);
        const Run r = exportTo({u"visits"_s, u"--out"_s, path, u"--team"_s, u"no-such-team"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), u"stride-cli export: no team with id no-such-team"_s);
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathIsADataError_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list workbook") << QStringList{u"visits"_s};
        QTest::newRow("list CSV") << QStringList{u"customers"_s, u"--format"_s, u"csv"_s};
        QTest::newRow("figures workbook") << QStringList{u"all"_s};
    }
    void unwritablePathIsADataError() {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"locked"_s));
        const QString locked = dir.filePath(u"locked"_s);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const bool root = QFile(locked + u"/probe"_s).open(QIODevice::WriteOnly);
        if (root)
            QFile::remove(locked + u"/probe"_s);
        // A missing folder fails for everyone; a read-only one only for users other than root.
        for (const QString& path : {dir.filePath(u"missing/out.file"_s), locked + u"/out.file"_s}) {
            if (root && path.startsWith(locked))
                continue;
            const Run r = exportTo(args + QStringList{u"--out"_s, path});
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.count(u'\n'), 1);
            QVERIFY2(r.err.startsWith(u"stride-cli export"_s), qPrintable(r.err));
        }
        QCOMPARE(filesIn(locked), QStringList());
        QCOMPARE(filesIn(dir.path()), QStringList());
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void workbooks_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("sheets");
        QTest::newRow("customers") << u"customers"_s << QStringList{u"Customers"_s};
        QTest::newRow("visits") << u"visits"_s << QStringList{u"Visits"_s};
        QTest::newRow("opportunities") << u"opportunities"_s << QStringList{u"Opportunities"_s};
        QTest::newRow("funnel") << u"funnel"_s << QStringList();
        QTest::newRow("coverage") << u"coverage"_s << QStringList();
        QTest::newRow("forecast") << u"forecast"_s << QStringList();
        QTest::newRow("all") << u"all"_s << QStringList();
    }
    void workbooks() {
        QFETCH(QString, name);
        QFETCH(QStringList, sheets);
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        const QString path = m_dir.filePath(name + u".xlsx"_s);
        const Run r = exportTo({name, u"--out"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject book = readXlsx(path);
        const QJsonArray read = book.value(u"sheets"_s).toArray();
        // The document names who exported it and the organisation.
        const QJsonObject properties = book.value(u"properties"_s).toObject();
        QCOMPARE(properties.value(u"creator"_s).toString(), u"wang@acme.cn"_s);
        QVERIFY(properties.value(u"company"_s).toString().startsWith(u"Stride"_s));
        QStringList names;
        for (const QJsonValue& s : read)
            names << s.toObject().value(u"name"_s).toString();
        if (!sheets.isEmpty())
            QCOMPARE(names, sheets);
        else
            QCOMPARE(names.size(), name == u"all"_s ? 10 : 1);
        // Every sheet states its scope first: the demo organisation's name.
        for (const QJsonValue& s : read) {
            const QJsonArray rows = s.toObject().value(u"rows"_s).toArray();
            const QString scope = text(rows.at(0).toArray().at(0));
            QVERIFY2(scope.contains(u"Stride"_s) && scope.contains(u"wang@acme.cn"_s), qPrintable(scope));
        }
    }

    void formulaNamesStayTextInXlsx() {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        const QString path = m_dir.filePath(u"injection.xlsx"_s);
        QCOMPARE(exportTo({u"customers"_s, u"--out"_s, path}).exitCode, 0);
        const QJsonArray rows = sheetsOf(path).first().toObject().value(u"rows"_s).toArray();
        int found = 0;
        for (const QJsonValue& row : rows) {
            const QJsonArray first = row.toArray().at(0).toArray();
            if (first.at(1).toString() == u"=HYPERLINK(\"http://x\",\"y\")"_s || first.at(1).toString() == u"+cmd"_s) {
                QCOMPARE(first.at(0).toString(), u"s"_s);
                ++found;
            }
        }
        QCOMPARE(found, 2);
    }

    void longSheetsContinue() {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        const QString path = m_dir.filePath(u"split.xlsx"_s);
        const Run r = exportTo({u"visits"_s, u"--out"_s, path, u"--max-rows-per-sheet"_s, u"2000"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray sheets = sheetsOf(path);
        QVERIFY(sheets.size() >= 3);
        qint64 rows = 0;
        QJsonArray header;
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            const QJsonObject s = sheets.at(i).toObject();
            QCOMPARE(s.value(u"name"_s).toString(), i ? u"Visits (%1)"_s.arg(i + 1) : u"Visits"_s);
            const QJsonArray all = s.value(u"rows"_s).toArray();
            const int h = headerRow(all, u"When"_s);
            QVERIFY(h > 0);
            if (i == 0)
                header = all.at(h).toArray();
            QCOMPARE(all.at(h).toArray(), header);
            rows += all.size() - h - 1;
        }
        QCOMPARE(rows, count(u"SELECT count(*) FROM visits WHERE deleted = 0"_s));
    }

    void chineseSheetsAndHeaders() {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        VERIFY_OK(TranslationLoader::install(u"zh_CN"_s));
        const QString path = m_dir.filePath(u"zh.xlsx"_s);
        const Run r = exportTo({u"visits"_s, u"--out"_s, path, u"--lang"_s, u"zh_CN"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject sheet = sheetsOf(path).first().toObject();
        QCOMPARE(sheet.value(u"name"_s).toString(), QCoreApplication::translate("ListExport", "Visits"));
        const QJsonArray rows = sheet.value(u"rows"_s).toArray();
        const int h = headerRow(rows, QCoreApplication::translate("ListExport", "When"));
        QVERIFY(h > 0);
        // The channels of the demo's visits are labelled in Chinese.
        const QString channelHeader = QCoreApplication::translate("ListExport", "Channel");
        qsizetype channel = -1;
        const QJsonArray header = rows.at(h).toArray();
        for (qsizetype i = 0; i < header.size(); ++i)
            channel = text(header.at(i)) == channelHeader ? i : channel;
        QVERIFY(channel > 0);
        QSet<QString> channels;
        for (qsizetype i = h + 1; i < rows.size(); ++i)
            channels << text(rows.at(i).toArray().at(channel));
        QVERIFY2(channels.contains(u"电话"_s), qPrintable(QStringList(channels.values()).join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
