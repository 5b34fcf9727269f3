#include "processmemory.h"

// <cstdlib> brings in the C library's own headers, which are what define __GLIBC__; tested before any of them,
// the macro is never set and tune() compiles to nothing (it did until tst_processmemory caught it).
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <QByteArray>
#include <QFile>

#include <sqlite3.h>

#include <cstdint>

namespace Stride {

void ProcessMemory::tune() {
#if defined(__GLIBC__)
    // mallopt() is not thread-safe; tune() runs first thing in main(), before any thread exists.
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // NOLINT(concurrency-mt-unsafe)
    mallopt(M_TRIM_THRESHOLD, 64 << 20); // NOLINT(concurrency-mt-unsafe)
    mallopt(M_TOP_PAD, 16 << 20);        // NOLINT(concurrency-mt-unsafe)
#endif
}

void ProcessMemory::hugePageCacheForSqlite(int megabytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    QFile thp(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (megabytes <= 0 || !thp.open(QIODevice::ReadOnly) || thp.readAll().contains("[never]"))
        return;
    constexpr size_t kHugePage = size_t(2) << 20;
    const size_t bytes = ((size_t(megabytes) << 20) + kHugePage - 1) & ~(kHugePage - 1);
    // One huge page more than asked for, so that an aligned range of the size lies inside: only an aligned 2 MB
    // can be a huge page.
    void* mapped = mmap(nullptr, bytes + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return;
    // Aligned by stepping the pointer itself, not by turning an integer back into one.
    char* const base = static_cast<char*>(mapped);
    char* const aligned =
        base + ((kHugePage - (reinterpret_cast<std::uintptr_t>(base) & (kHugePage - 1))) & (kHugePage - 1));
    int header = 0;
    if (madvise(aligned, bytes, MADV_HUGEPAGE) != 0 ||
        sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK) {
        munmap(mapped, bytes + kHugePage);
        return;
    }
    // A slot holds a 4 KiB page (Database's page size) and SQLite's header for it; larger pages use the heap.
    // Once SQLite has taken the buffer it keeps it for the life of the process.
    const int slot = (4096 + header + 7) & ~7;
    if (sqlite3_config(SQLITE_CONFIG_PAGECACHE, aligned, slot, int(bytes / size_t(slot))) != SQLITE_OK)
        munmap(mapped, bytes + kHugePage);
#else
    Q_UNUSED(megabytes)
#endif
}

} // namespace Stride
