#include "demo/demogenerator.h"
#include "demo/demosearchwriter.h"
#include "storage/cjktokenizer.h"
#include "storage/database.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

const char kId[] = "00000000-0000-4000-8000-000000000001";

// The replica's own declaration of search_index, as the generator passes it.
QString replicaDeclaration(const QString& path) {
    auto db = Database::open(path);
    if (!db)
        return {};
    Result<QSqlQuery> q = (*db)->exec(u"SELECT sql FROM sqlite_schema WHERE name = 'search_index'"_s);
    return q && q->next() ? q->value(0).toString() : QString();
}

QStringList filesIn(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Runs one SQL statement returning a number on the scratch file, with the tokenizer the index needs.
qint64 scalarOn(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        CjkTokenizer::registerOn(db)) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

} // namespace

class TestDemoSearchWriter final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsOneMergedIndexBesideTheReplica() {
        QTemporaryDir dir;
        const QString replica = dir.filePath(u"r.db"_s);
        const QString declaration = replicaDeclaration(replica);
        QVERIFY(!declaration.isEmpty());
        {
            DemoSearchWriter writer;
            QVERIFY(writer.create(replica));
            QCOMPARE(QFileInfo(writer.path()).absolutePath(), QFileInfo(replica).absolutePath());
            writer.start(declaration);
            // More than one hand-over batch, with Chinese and English text.
            for (int i = 1; i <= 10000; ++i) {
                const std::string title = i % 2 ? "华东机械有限公司" : "Kunming Supply Ltd.";
                QVERIFY(writer.add(i, title, "报价 price " + std::to_string(i), "visit", kId, kId));
            }
            QVERIFY(writer.finish({}));
            QCOMPARE(scalarOn(writer.path(), "SELECT count(*) FROM search_index"), 10000);
            QCOMPARE(scalarOn(writer.path(), "SELECT count(*) FROM search_index WHERE search_index MATCH '\"机械\"'"),
                     5000);
            QCOMPARE(scalarOn(writer.path(), "SELECT count(*) FROM search_index WHERE search_index MATCH 'kunming'"),
                     5000);
            QCOMPARE(scalarOn(writer.path(), "SELECT rowid FROM search_index WHERE search_index MATCH '\"9999\"'"),
                     9999);
            // 'optimize' left a single segment (one row per segment in the idx table's first term).
            QCOMPARE(scalarOn(writer.path(), "SELECT count(DISTINCT segid) FROM search_index_idx"), 1);
            QCOMPARE(filesIn(dir).size(), 2);
        }
        QCOMPARE(filesIn(dir), QStringList{u"r.db"_s});
    }

    void aBadDeclarationFailsWithItsReason() {
        QTemporaryDir dir;
        {
            DemoSearchWriter writer;
            QVERIFY(writer.create(dir.filePath(u"r.db"_s)));
            writer.start(u"CREATE VIRTUAL TABLE search_index USING fts5(title, tokenize = 'no_such_tokenizer')"_s);
            bool accepted = true;
            for (int i = 1; i <= 50000 && accepted; ++i)
                accepted = writer.add(i, "title", "body", "visit", kId, kId);
            QVERIFY2(!accepted, "the loader went on feeding a writer that had failed");
            const Status s = writer.finish({});
            QVERIFY(!s);
            QVERIFY2(s.error().contains(u"cannot create the search index scratch file"_s), qPrintable(s.error()));
            QVERIFY2(s.error().contains(u"no_such_tokenizer"_s), qPrintable(s.error()));
        }
        QVERIFY(filesIn(dir).isEmpty());
    }

    void cancelStopsTheHelper() {
        QTemporaryDir dir;
        const QString replica = dir.filePath(u"r.db"_s);
        const QString declaration = replicaDeclaration(replica);
        {
            DemoSearchWriter writer;
            QVERIFY(writer.create(replica));
            writer.start(declaration);
            for (int i = 1; i <= 20000; ++i)
                QVERIFY(writer.add(i, "上门拜访，演示新品功能", "客户要求重新报价", "visit", kId, kId));
            const Status s = writer.finish([] { return true; });
            QVERIFY(!s);
            QCOMPARE(s.code(), ErrorCode::Cancelled);
        }
        QCOMPARE(filesIn(dir), QStringList{u"r.db"_s});
    }

    void aWriterNeverStartedCleansUp() {
        QTemporaryDir dir;
        {
            DemoSearchWriter writer;
            QVERIFY(writer.create(dir.filePath(u"r.db"_s)));
            QVERIFY(!writer.finish({}));
        }
        QVERIFY(filesIn(dir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoSearchWriter)
#include "tst_demosearchwriter.moc"
