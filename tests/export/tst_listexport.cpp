#include "demo/demogenerator.h"
#include "domain/labels.h"
#include "domain/stage.h"
#include "domain/translationloader.h"
#include "export/listexport.h"
#include "io/csvreader.h"
#include "storage/customerquery.h"
#include "temporaryreplica.h"
#include "verifyok.h"
#include "xlsxdescription.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

const QString kFormulaName = u"=HYPERLINK(\"http://x\",\"y\")"_s;
const QString kCommandName = u"+cmd"_s;

// The independent reader's description as a grid (tests/support/xlsxcheck.py).
QJsonObject readXlsx(const QString& path) {
    return Test::XlsxDescription::grid(path);
}

bool haveOpenpyxl() {
    return Test::XlsxDescription::unavailable().isEmpty();
}

// The header row of a list sheet: the first row whose first cell is `first`; -1 when none.
int headerRow(const QJsonArray& rows, const QString& first) {
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray cells = rows.at(i).toArray();
        if (!cells.isEmpty() && cells.at(0).toArray().at(1).toString() == first)
            return int(i);
    }
    return -1;
}

// Threads of this process (Linux); -1 where /proc cannot tell.
int threadCount() {
    const QDir tasks(u"/proc/self/task"_s);
    return tasks.exists() ? int(tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()) : -1;
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
}

QStringList texts(const QJsonArray& cells) {
    QStringList out;
    for (const QJsonValue& c : cells)
        out << c.toArray().at(1).toVariant().toString();
    return out;
}

} // namespace

// ListExport on a demo organisation of 300 customers (plus two whose names a spreadsheet would run as formulas):
// every row and column against the database, the customer list's own filter, the scope, CSV and xlsx read back
// independently, the split of a long sheet, cancel and unwritable paths.
class TestListExport : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::TemporaryReplica> m_replica;
    QTemporaryDir m_out;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc())};

    Database& db() { return m_replica->db(); }
    qint64 count(const QString& sql, const QVariantList& values = {}) {
        Result<QSqlQuery> q = db().exec(sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    QString firstRep() {
        Result<QSqlQuery> q = db().exec(u"SELECT id FROM reps WHERE role = 'rep' ORDER BY id LIMIT 1"_s);
        return q && q->next() ? q->value(0).toString() : QString();
    }
    Result<ListExport::Summary> exportTo(const QString& path, ListExport::Request r, const Progress& p = {}) {
        if (r.language.isEmpty())
            r.language = u"en"_s;
        return ListExport::write(path, db(), m_clock, r, p);
    }
    Result<QList<CsvReader::Record>> exportCsv(const QString& name, ListExport::Request r) {
        r.format = ListExport::Format::Csv;
        const QString path = m_out.filePath(name);
        Result<ListExport::Summary> s = exportTo(path, r);
        if (!s)
            return fail(s.error());
        return CsvReader::readFile(path);
    }

private slots:
    void initTestCase() {
        m_replica = std::make_unique<Test::TemporaryReplica>();
        QVERIFY2(m_replica->ok(), qPrintable(m_replica->error()));
        DemoOptions options;
        options.customers = 300;
        options.seed = 7;
        options.today = QDate(2026, 11, 20);
        VERIFY_OK(DemoGenerator::generate(db(), options));
        const QString owner = firstRep();
        for (const QString& name : {kFormulaName, kCommandName}) {
            VERIFY_OK(db().execute(u"INSERT INTO customers (id, version, updated_at, deleted, name, owner_id, region, "
                                   "satisfaction, created_at) VALUES (?, 1, 0, 0, ?, ?, '华东', -5, 1763600000)"_s,
                                   {u"c-"_s + name, name, owner}));
        }
        VERIFY_OK(TranslationLoader::install(u"en"_s));
    }

    void csvHasEveryRowAndColumn_data() {
        QTest::addColumn<int>("list");
        QTest::addColumn<QString>("countSql");
        QTest::addColumn<QString>("nameSql"); // the first column of a row by its id
        QTest::addColumn<int>("idColumns");
        QTest::newRow("customers") << int(ListExport::List::Customers)
                                   << u"SELECT count(*) FROM customers WHERE deleted = 0"_s
                                   << u"SELECT name FROM customers WHERE id = ?"_s << 3;
        QTest::newRow("visits") << int(ListExport::List::Visits) << u"SELECT count(*) FROM visits WHERE deleted = 0"_s
                                << u"SELECT visited_at FROM visits WHERE id = ?"_s << 5;
        QTest::newRow("opportunities") << int(ListExport::List::Opportunities)
                                       << u"SELECT count(*) FROM opportunities WHERE deleted = 0"_s
                                       << u"SELECT title FROM opportunities WHERE id = ?"_s << 3;
    }
    void csvHasEveryRowAndColumn() {
        QFETCH(int, list);
        QFETCH(QString, countSql);
        QFETCH(QString, nameSql);
        QFETCH(int, idColumns);
        ListExport::Request r;
        r.list = ListExport::List(list);
        Result<QList<CsvReader::Record>> records = exportCsv(QString::fromUtf8(QTest::currentDataTag()) + u".csv"_s, r);
        VERIFY_OK(records);
        QCOMPARE(records->size() - 1, count(countSql));
        const QStringList header = records->first().fields;
        const int idColumn = int(header.size()) - idColumns;
        QVERIFY(header.at(idColumn).endsWith(u"_id"_s));
        QSet<QString> ids;
        for (qsizetype i = 1; i < records->size(); ++i) {
            const QStringList& fields = records->at(i).fields;
            QCOMPARE(fields.size(), header.size());
            ids << fields.at(idColumn);
            if (r.list == ListExport::List::Visits)
                continue; // the first column is a time, checked below
            Result<QSqlQuery> q = db().exec(nameSql, {fields.at(idColumn)});
            QVERIFY(q && q->next());
            // Formula-like text is neutralised with an apostrophe, the rest is as stored.
            const QString stored = q->value(0).toString();
            QCOMPARE(fields.at(0), stored.startsWith(u'=') || stored.startsWith(u'+') ? u"'"_s + stored : stored);
        }
        QCOMPARE(ids.size(), records->size() - 1);
    }

    void csvCellsKeepTheirTypes() {
        ListExport::Request r;
        r.list = ListExport::List::Customers;
        Result<QList<CsvReader::Record>> records = exportCsv(u"typed.csv"_s, r);
        VERIFY_OK(records);
        const QStringList header = records->first().fields;
        const qsizetype satisfaction = header.indexOf(u"Satisfaction"_s);
        const qsizetype created = header.indexOf(u"Created"_s);
        QVERIFY(satisfaction > 0 && created > 0);
        bool sawFormula = false, sawCommand = false;
        for (const CsvReader::Record& rec : *records) {
            if (rec.fields.first() == u"'"_s + kFormulaName) {
                sawFormula = true;
                QCOMPARE(rec.fields.at(satisfaction), u"-5"_s); // a negative number stays a number
                // The organisation's zone (the demo's: Asia/Shanghai) and a format Excel reads as a date.
                QCOMPARE(rec.fields.at(created), u"2025-11-20 08:53:20"_s);
            }
            sawCommand = sawCommand || rec.fields.first() == u"'"_s + kCommandName;
        }
        QVERIFY(sawFormula && sawCommand);
    }

    void customersFollowTheListsFilter_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("industry");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("byOwner");
        QTest::newRow("search text") << u"上海"_s << QString() << QString() << QString() << false;
        QTest::newRow("effective tier") << QString() << u"A"_s << QString() << QString() << false;
        QTest::newRow("industry") << QString() << QString() << u"manufacturing"_s << QString() << false;
        QTest::newRow("region") << QString() << QString() << QString() << u"华东"_s << false;
        QTest::newRow("owner") << QString() << QString() << QString() << QString() << true;
        QTest::newRow("search and tier") << u"有限"_s << u"B"_s << QString() << QString() << false;
        QTest::newRow("nothing searchable") << u"!!"_s << QString() << QString() << QString() << false;
    }
    void customersFollowTheListsFilter() {
        QFETCH(QString, text);
        QFETCH(QString, tier);
        QFETCH(QString, industry);
        QFETCH(QString, region);
        QFETCH(bool, byOwner);
        ListExport::Request r;
        r.customers = {text, tier, industry, region, byOwner ? firstRep() : QString()};
        Result<QList<CsvReader::Record>> records = exportCsv(u"filtered.csv"_s, r);
        VERIFY_OK(records);
        CustomerQuery query(db());
        query.setFilter(r.customers);
        Result<QList<CustomerListRow>> rows = query.fetch(0, 100000);
        VERIFY_OK(rows);
        QSet<QString> expected, exported;
        for (const CustomerListRow& row : *rows)
            expected << row.id;
        const qsizetype idColumn = records->first().fields.indexOf(u"customer_id"_s);
        for (qsizetype i = 1; i < records->size(); ++i)
            exported << records->at(i).fields.at(idColumn);
        QCOMPARE(exported, expected);
        QCOMPARE(records->size() - 1, qsizetype(query.count().valueOr(-1)));
    }

    void visitsFollowTheScope() {
        const QString rep = firstRep();
        ListExport::Request r;
        r.list = ListExport::List::Visits;
        r.scope.repId = rep;
        r.scope.from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        r.scope.to = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        Result<QList<CsvReader::Record>> records = exportCsv(u"scoped.csv"_s, r);
        VERIFY_OK(records);
        const qint64 expected = count(
            u"SELECT count(*) FROM visits WHERE deleted = 0 AND rep_id = ? AND visited_at >= ? AND visited_at < ?"_s,
            {rep, r.scope.from, r.scope.to});
        QVERIFY(expected > 0);
        QCOMPARE(records->size() - 1, expected);
        // In time order.
        for (qsizetype i = 2; i < records->size(); ++i)
            QVERIFY(records->at(i - 1).fields.first() <= records->at(i).fields.first());
    }

    void customersFollowTheFilterAndTheScope() {
        const QString rep = firstRep();
        ListExport::Request r;
        r.customers.region = u"华东"_s;
        r.scope.repId = rep;
        Result<QList<CsvReader::Record>> records = exportCsv(u"scoped-customers.csv"_s, r);
        VERIFY_OK(records);
        const qint64 expected = count(
            u"SELECT count(*) FROM customers WHERE deleted = 0 AND region = ? AND owner_id = ?"_s, {u"华东"_s, rep});
        QVERIFY(expected > 0);
        QCOMPARE(records->size() - 1, expected);
    }

    void progressCountsToTheTotal() {
        ListExport::Request r;
        r.list = ListExport::List::Visits;
        r.format = ListExport::Format::Csv;
        QList<std::pair<qint64, qint64>> steps;
        Progress p;
        p.step = [&](qint64 done, qint64 total) { steps.append({done, total}); };
        Result<ListExport::Summary> s = exportTo(m_out.filePath(u"progress.csv"_s), r, p);
        VERIFY_OK(s);
        const qint64 total = count(u"SELECT count(*) FROM visits WHERE deleted = 0"_s);
        QCOMPARE(s->rows, total);
        QVERIFY(steps.size() >= 3);
        QCOMPARE(steps.first(), std::pair(qint64(0), total));
        QCOMPARE(steps.last(), std::pair(total, total));
        for (qsizetype i = 1; i < steps.size(); ++i)
            QVERIFY(steps.at(i).first >= steps.at(i - 1).first);
    }

    void cancelLeavesNoFile_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ListExport::Format::Csv);
        QTest::newRow("xlsx") << int(ListExport::Format::Xlsx);
    }
    void cancelLeavesNoFile() {
        QFETCH(int, format);
        QTemporaryDir dir;
        ListExport::Request r;
        r.list = ListExport::List::Visits;
        r.format = ListExport::Format(format);
        Progress p;
        p.cancelled = [] { return true; };
        Result<ListExport::Summary> s = exportTo(dir.filePath(u"cancelled"_s), r, p);
        QVERIFY(!s);
        QCOMPARE(s.code(), ErrorCode::Cancelled);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
    }

    // A workbook's rows are read on a thread of their own: a cancel after the first rows stops it (the export
    // returns only once it has ended) and leaves no file.
    void cancelMidWayStopsTheReader() {
        QTemporaryDir dir;
        ListExport::Request r;
        r.list = ListExport::List::Visits;
        const int threads = threadCount();
        qint64 written = 0, total = 0;
        int looks = 0;
        Progress p;
        p.step = [&](qint64 done, qint64 all) {
            written = done;
            total = all;
        };
        p.cancelled = [&] { return ++looks > 1; }; // the first look is before any row
        Result<ListExport::Summary> s = exportTo(dir.filePath(u"visits.xlsx"_s), r, p);
        QVERIFY(!s);
        QCOMPARE(s.code(), ErrorCode::Cancelled);
        QCOMPARE(looks, 2);
        QVERIFY2(written < total, qPrintable(u"%1 of %2"_s.arg(written).arg(total)));
        QCOMPARE(entries(dir.path()), QStringList());
        // The reader has ended (no more threads than before; an idle pool thread may have gone meanwhile).
        QVERIFY2(threadCount() <= threads, qPrintable(u"%1 threads, %2 before"_s.arg(threadCount()).arg(threads)));
        // The connection is free again: the next export runs to its end.
        VERIFY_OK(exportTo(dir.filePath(u"again.xlsx"_s), r));
    }

    // A failure while the rows are read (here a damaged table) fails the export with SQLite's words, names the
    // list, and leaves no file.
    void readerFailureFailsTheExport() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"damaged.sqlite"_s);
        VERIFY_OK(db().execute(u"VACUUM INTO ?"_s, {copy}));
        QList<qint64> pages;
        {
            Result<std::unique_ptr<Database>> d = Database::open(copy, Database::Access::ReadOnly);
            VERIFY_OK(d);
            // The visits table's leaves; the count reads the live visits' index, the list every row.
            Result<QSqlQuery> q =
                (*d)->exec(u"SELECT pageno FROM dbstat WHERE name = 'visits' AND pagetype = 'leaf' ORDER BY pageno"_s);
            if (!q && q.error().contains(u"no such table: dbstat"_s))
                QSKIP("this SQLite has no dbstat table to find the visits' pages with");
            VERIFY_OK(q);
            while (q->next())
                pages << q->value(0).toLongLong();
            Result<QSqlQuery> size = (*d)->exec(u"PRAGMA page_size"_s);
            VERIFY_OK(size);
            QVERIFY(size->next());
            pages.prepend(size->value(0).toLongLong()); // first: the page size
        }
        QVERIFY2(pages.size() > 20, "the demo's visits fill more than a few pages");
        const qint64 pageSize = pages.takeFirst();
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qsizetype i = pages.size() / 2; i < pages.size() / 2 + 4; ++i) {
            QVERIFY(file.seek((pages.at(i) - 1) * pageSize));
            file.write(QByteArray(int(pageSize), '\xEE'));
        }
        file.close();
        Result<std::unique_ptr<Database>> damaged = Database::open(copy, Database::Access::ReadOnly);
        VERIFY_OK(damaged);
        const int threads = threadCount();
        ListExport::Request r;
        r.list = ListExport::List::Visits;
        r.language = u"en"_s;
        const QString out = dir.filePath(u"out/visits.xlsx"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"out"_s));
        Result<ListExport::Summary> s = ListExport::write(out, **damaged, m_clock, r);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(u"reading the visits: "_s) && s.error().contains(u"malformed"_s),
                 qPrintable(s.error()));
        QCOMPARE(entries(dir.filePath(u"out"_s)), QStringList());
        // The reader has ended (no more threads than before; an idle pool thread may have gone meanwhile).
        QVERIFY2(threadCount() <= threads, qPrintable(u"%1 threads, %2 before"_s.arg(threadCount()).arg(threads)));
    }

    // The workbook holds the CSV's rows in the same order (customers by name, visits by time, opportunities by
    // creation), cell for cell where the two write the same text.
    void xlsxRowsMatchTheCsv_data() {
        QTest::addColumn<int>("list");
        QTest::addColumn<QString>("first");
        QTest::newRow("customers") << int(ListExport::List::Customers) << u"Customer"_s;
        QTest::newRow("visits") << int(ListExport::List::Visits) << u"When"_s;
        QTest::newRow("opportunities") << int(ListExport::List::Opportunities) << u"Opportunity"_s;
    }
    void xlsxRowsMatchTheCsv() {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        QFETCH(int, list);
        QFETCH(QString, first);
        ListExport::Request r;
        r.list = ListExport::List(list);
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        Result<QList<CsvReader::Record>> records = exportCsv(tag + u"-order.csv"_s, r);
        VERIFY_OK(records);
        const QString path = m_out.filePath(tag + u"-order.xlsx"_s);
        VERIFY_OK(exportTo(path, r));
        const QJsonArray rows =
            readXlsx(path).value(u"sheets"_s).toArray().first().toObject().value(u"rows"_s).toArray();
        const int h = headerRow(rows, first);
        QVERIFY(h > 0);
        const QStringList header = texts(rows.at(h).toArray());
        QCOMPARE(header, records->first().fields);
        QCOMPARE(rows.size() - h - 1, records->size() - 1);
        for (qsizetype i = 1; i < records->size(); ++i) {
            const QJsonArray cells = rows.at(h + i).toArray();
            const QStringList& fields = records->at(i).fields;
            for (qsizetype c = 0; c < fields.size(); ++c) {
                const QJsonArray cell = cells.at(c).toArray();
                const QString type = cell.isEmpty() ? QString() : cell.at(0).toString();
                if (type != u"s"_s) {
                    QVERIFY2(type.isEmpty() == fields.at(c).isEmpty() || type == u"n"_s || type == u"d"_s,
                             qPrintable(u"row %1 column %2"_s.arg(i).arg(header.at(c))));
                    continue; // numbers, dates and flags: their types are checked in xlsxCellsAreTyped
                }
                const QString text = cell.at(1).toString();
                // CSV neutralises formula-like text with an apostrophe; the workbook keeps it as text.
                const QString expected =
                    fields.at(c).startsWith(u"'"_s) && !text.startsWith(u"'"_s) ? fields.at(c).mid(1) : fields.at(c);
                QVERIFY2(text == expected,
                         qPrintable(u"row %1 column %2: '%3' vs '%4'"_s.arg(i).arg(header.at(c), text, expected)));
            }
        }
    }

    void unwritablePathFails_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ListExport::Format::Csv);
        QTest::newRow("xlsx") << int(ListExport::Format::Xlsx);
    }
    void unwritablePathFails() {
        QFETCH(int, format);
        ListExport::Request r;
        r.format = ListExport::Format(format);
        const QString path = m_out.filePath(u"no-such-folder/customers"_s);
        Result<ListExport::Summary> s = exportTo(path, r);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"no-such-folder"_s), qPrintable(s.error()));
        QVERIFY(!QFile::exists(path));
    }

    void xlsxCellsAreTyped() {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        ListExport::Request r;
        r.company = u"Acme"_s;
        r.author = u"wang@acme.cn"_s;
        const QString path = m_out.filePath(u"customers.xlsx"_s);
        Result<ListExport::Summary> s = exportTo(path, r);
        VERIFY_OK(s);
        QCOMPARE(s->sheets, 1);
        const QJsonArray sheets = readXlsx(path).value(u"sheets"_s).toArray();
        QCOMPARE(sheets.size(), 1);
        const QJsonObject sheet = sheets.first().toObject();
        QCOMPARE(sheet.value(u"name"_s).toString(), u"Customers"_s);
        const QJsonArray rows = sheet.value(u"rows"_s).toArray();
        const QString scope = rows.first().toArray().first().toArray().at(1).toString();
        QVERIFY2(scope.contains(u"Acme"_s) && scope.contains(u"wang@acme.cn"_s), qPrintable(scope));
        const int h = headerRow(rows, u"Customer"_s);
        QVERIFY(h > 0);
        const QStringList header = texts(rows.at(h).toArray());
        QCOMPARE(rows.size() - h - 1, count(u"SELECT count(*) FROM customers WHERE deleted = 0"_s));
        // The ids are the last, hidden columns.
        const QJsonArray hidden = sheet.value(u"hidden"_s).toArray();
        QCOMPARE(hidden, (QJsonArray{header.size() - 3, header.size() - 2, header.size() - 1}));
        // The header is frozen and carries an autofilter (constant-memory mode has no Excel tables).
        QCOMPARE(sheet.value(u"freeze"_s).toString(), u"A%1"_s.arg(h + 2));
        QVERIFY2(sheet.value(u"filter"_s).toString().startsWith(u"A%1:"_s.arg(h + 1)),
                 qPrintable(sheet.value(u"filter"_s).toString()));
        QCOMPARE(header.mid(header.size() - 3), (QStringList{u"customer_id"_s, u"owner_id"_s, u"team_id"_s}));
        const auto column = [&](const QString& name) { return header.indexOf(name); };
        bool sawFormula = false;
        for (qsizetype i = h + 1; i < rows.size(); ++i) {
            const QJsonArray cells = rows.at(i).toArray();
            QCOMPARE(cells.at(0).toArray().at(0).toString(), u"s"_s);
            if (cells.at(0).toArray().at(1).toString() == kFormulaName)
                sawFormula = true;
            for (const QString& number : {u"Value score"_s, u"Satisfaction"_s}) {
                const QJsonValue c = cells.at(column(number));
                QVERIFY(c.isNull() || c.toArray().at(0).toString() == u"n"_s);
            }
            QCOMPARE(cells.at(column(u"Created"_s)).toArray().at(0).toString(), u"d"_s);
            QCOMPARE(cells.at(column(u"Tier pinned"_s)).toArray().at(0).toString(), u"b"_s);
        }
        QVERIFY(sawFormula);
    }

    void xlsxSplitsALongSheet() {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        ListExport::Request r;
        r.list = ListExport::List::Visits;
        r.maxRowsPerSheet = 1000;
        const QString path = m_out.filePath(u"visits.xlsx"_s);
        Result<ListExport::Summary> s = exportTo(path, r);
        VERIFY_OK(s);
        const qint64 total = count(u"SELECT count(*) FROM visits WHERE deleted = 0"_s);
        QCOMPARE(s->rows, total);
        const QJsonArray sheets = readXlsx(path).value(u"sheets"_s).toArray();
        QCOMPARE(s->sheets, int(sheets.size()));
        QVERIFY(sheets.size() >= 5);
        QStringList firstHeader;
        QSet<QString> ids;
        qint64 rowsRead = 0;
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            const QJsonObject sheet = sheets.at(i).toObject();
            QCOMPARE(sheet.value(u"name"_s).toString(), i == 0 ? u"Visits"_s : u"Visits (%1)"_s.arg(i + 1));
            const QJsonArray rows = sheet.value(u"rows"_s).toArray();
            QVERIFY(rows.size() <= 1000);
            const int h = headerRow(rows, u"When"_s);
            QVERIFY(h > 0);
            const QStringList header = texts(rows.at(h).toArray());
            if (i == 0)
                firstHeader = header;
            QCOMPARE(header, firstHeader);
            const qsizetype idColumn = header.indexOf(u"visit_id"_s);
            for (qsizetype row = h + 1; row < rows.size(); ++row) {
                ids << rows.at(row).toArray().at(idColumn).toArray().at(1).toString();
                ++rowsRead;
            }
        }
        QCOMPARE(rowsRead, total);
        QCOMPARE(qint64(ids.size()), total);
    }

    void xlsxSpeaksTheChosenLanguage() {
        if (!haveOpenpyxl())
            QSKIP("python3-openpyxl is not installed");
        VERIFY_OK(TranslationLoader::install(u"zh_CN"_s));
        const QString sheetName = QCoreApplication::translate("ListExport", "Opportunities");
        const QString header = QCoreApplication::translate("ListExport", "Opportunity");
        const QString stageHeader = QCoreApplication::translate("ListExport", "Stage");
        const QString won = Labels::stage(u"won"_s);
        ListExport::Request r;
        r.list = ListExport::List::Opportunities;
        r.language = u"zh_CN"_s;
        const QString path = m_out.filePath(u"opportunities-zh.xlsx"_s);
        Result<ListExport::Summary> s = exportTo(path, r);
        VERIFY_OK(TranslationLoader::install(u"en"_s));
        VERIFY_OK(s);
        QCOMPARE(won, stageChineseName(Stage::Won));
        const QJsonObject sheet = readXlsx(path).value(u"sheets"_s).toArray().first().toObject();
        QCOMPARE(sheet.value(u"name"_s).toString(), sheetName);
        const QJsonArray rows = sheet.value(u"rows"_s).toArray();
        const int h = headerRow(rows, header);
        QVERIFY(h > 0);
        const qsizetype stage = texts(rows.at(h).toArray()).indexOf(stageHeader);
        QVERIFY(stage > 0);
        QStringList stages;
        for (qsizetype i = h + 1; i < rows.size(); ++i)
            stages << rows.at(i).toArray().at(stage).toArray().at(1).toString();
        QVERIFY(stages.contains(won));
    }
};

QTEST_GUILESS_MAIN(TestListExport)
#include "tst_listexport.moc"
