// ProcessMemory::tune(): large allocations come from the heap and freed memory is kept for reuse (glibc only).

#include "processmemory.h"

#include <QtTest>

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
};

void TestProcessMemory::initTestCase() {
#if !defined(__GLIBC__)
    QSKIP("the allocator is tuned on glibc only");
#endif
    ProcessMemory::tune();
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
    const int before = mallinfo2().hblks;
    void* block = std::malloc(size_t(mebibytes) << 20);
    QVERIFY(block);
    const int during = mallinfo2().hblks;
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

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
