#pragma once

namespace Stride {

// The allocator's settings for a Stride process (stride, stride-cli, stride-server), applied first thing in main().
// glibc's defaults return freed memory to the system eagerly and serve each allocation over 128 KiB with its own
// mapping, so the same memory is handed back and touched anew again and again: a pull page's body on either side,
// the decoded values, the page cache.
// Every first touch of a memory page is a page fault, and on the machines Stride was measured on a fault costs
// about 15 µs; an initial sync in a new process took ~50 ms less with memory kept for reuse.
class ProcessMemory final {
public:
    // Large allocations up to 32 MB come from the heap; up to 64 MB of free heap is kept; the heap grows 16 MB
    // at a time. Does nothing where the C library is not glibc.
    static void tune();

    // SQLite's page cache takes its first pages from `megabytes` of transparent huge pages (2 MB each), each
    // filled by one page fault instead of one per 4 KiB page. `stride-cli search` reads ~200 scattered pages of the
    // replica into a new process's cache, and every first touch of a page of cache memory was a fault: with 2 MB,
    // it took 3–5 ms less here (18.0–19.6 → 14.7–15.4 ms). An initial sync fills 8 MB of cache: with 16 MB, the
    // sync in a new process took about 8 % less.
    // For stride-cli and the app, not the server: every page SQLite allocates for any connection then passes one
    // process-wide lock, uncontended in a client. Must run before the process's first connection (SQLite takes the
    // buffer when it initialises); the memory is the process's for good. Does nothing where the kernel has no
    // transparent huge pages: there, SQLite setting up the buffer would itself touch every page of it.
    static void hugePageCacheForSqlite(int megabytes);
    static constexpr int kCliPageCacheMegabytes = 2;
    static constexpr int kAppPageCacheMegabytes = 16;
};

} // namespace Stride
