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

    // For a short-lived process with one connection (stride-cli): SQLite's page cache gets its first ~480 pages
    // from one 2 MB transparent huge page, filled by one page fault instead of one per page. A search reads ~200
    // scattered pages of the replica, and each first touch of a page of cache memory was a fault: with this,
    // `stride-cli search` took 3–5 ms less here. Must run before the process's first connection (SQLite takes the
    // buffer when it initialises). Does nothing where the kernel has no transparent huge pages: there, setting up
    // the buffer would itself touch every page of it. Not for the app or the server: every page allocation of
    // every connection then passes one process-wide lock.
    static void hugePageCacheForSqlite();
};

} // namespace Stride
