#include "processmemory.h"

// <cstdlib> brings in the C library's own headers, which are what define __GLIBC__; tested before any of them,
// the macro is never set and tune() compiles to nothing (it did until tst_processmemory caught it).
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Stride {

void ProcessMemory::tune() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
#endif
}

} // namespace Stride
