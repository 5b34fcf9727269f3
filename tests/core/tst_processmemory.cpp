// ProcessMemory: tune() serves large allocations from the heap and keeps freed memory for reuse (glibc only);
// hugePageCacheForSqlite() gives SQLite's page cache one transparent huge page (Linux with THP only).

#include "processmemory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Stride;

class TestProcessMemory final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    // First: glibc's default raises its thresholds as mapped blocks are freed, which would hide an untuned allocator.
    void freedMemoryIsKept();
    void largeAllocationsComeFromTheHeap_data();
    void largeAllocationsComeFromTheHeap();
    void sqlitePagesComeFromAHugePage();
};

void TestProcessMemory::initTestCase() {
#if !defined(__GLIBC__)
    QSKIP("the allocator is tuned on glibc only");
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("a sanitizer replaces malloc: glibc's arena figures do not apply (scripts/test-sanitizers)");
#endif
    ProcessMemory::tune();
    // Before SQLite initialises, as in stride-cli.
    ProcessMemory::hugePageCacheForSqlite(ProcessMemory::kCliPageCacheMegabytes);
}

void TestProcessMemory::largeAllocationsComeFromTheHeap_data() {
    QTest::addColumn<int>("mebibytes");
    // glibc's default gives anything over 128 KiB a mapping of its own, unmapped again when freed.
    QTest::newRow("a 1 MiB pull page body") << 1;
    QTest::newRow("31 MiB, just under the threshold") << 31;
}

void TestProcessMemory::largeAllocationsComeFromTheHeap() {
#if defined(__GLIBC__)
    QFETCH(int, mebibytes);
    const size_t before = mallinfo2().hblks;
    void* block = std::malloc(size_t(mebibytes) << 20);
    QVERIFY(block);
    const size_t during = mallinfo2().hblks;
    std::free(block);
    QCOMPARE(during, before);
#endif
}

void TestProcessMemory::freedMemoryIsKept() {
#if defined(__GLIBC__)
    constexpr size_t kBlock = size_t(24) << 20;
    void* block = std::malloc(kBlock);
    QVERIFY(block);
    const struct mallinfo2 during = mallinfo2();
    std::free(block);
    const struct mallinfo2 after = mallinfo2();
    // Back in the heap as free memory, and the heap not trimmed (glibc's default trims a free top over 128 KiB).
    QVERIFY(after.fordblks >= during.fordblks + kBlock);
    QCOMPARE(after.arena, during.arena);
#endif
}

void TestProcessMemory::sqlitePagesComeFromAHugePage() {
    QFile thp(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!thp.open(QIODevice::ReadOnly) || thp.readAll().contains("[never]"))
        QSKIP("no transparent huge pages on this kernel");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("pages.sqlite")));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
    const char* fill = "CREATE TABLE t (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < 2000) INSERT INTO t SELECT printf('%0400d', i) FROM n";
    QCOMPARE(sqlite3_exec(db, fill, nullptr, nullptr, nullptr), SQLITE_OK);
    int used = 0;
    int highest = 0;
    QCOMPARE(sqlite3_status(SQLITE_STATUS_PAGECACHE_USED, &used, &highest, 0), SQLITE_OK);
    sqlite3_close(db);
    QVERIFY2(highest > 100, qPrintable(QStringLiteral("%1 pages from the buffer").arg(highest)));
    QFile smaps(QStringLiteral("/proc/self/smaps_rollup"));
    QVERIFY(smaps.open(QIODevice::ReadOnly));
    const QByteArray memory = smaps.readAll();
    const qsizetype at = memory.indexOf("AnonHugePages:");
    QVERIFY(at >= 0);
    const int kib = memory.mid(at + 14, memory.indexOf('\n', at) - at - 14).trimmed().split(' ').value(0).toInt();
    QVERIFY2(kib >= 2048, memory.constData());
}

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
