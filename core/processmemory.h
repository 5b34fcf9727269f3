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
};

} // namespace Stride
