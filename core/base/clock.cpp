#include "clock.h"

namespace Stride {

const Clock& Clock::system() {
    static const SystemClock clock;
    return clock;
}

} // namespace Stride
