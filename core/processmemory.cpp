#include "processmemory.h"

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
