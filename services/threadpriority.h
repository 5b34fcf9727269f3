#pragma once

namespace Stride {

// Worker threads (sync, readers, value scores) yield the CPU to the GUI thread: on a busy 2-core laptop the
// window's thread must not wait its turn behind a large initial sync. Linux: the calling thread's nice value is
// raised (a per-thread property there); elsewhere QThread::LowPriority.
class ThreadPriority final {
public:
    // Call on the worker thread itself.
    static void lowerCurrent();
};

} // namespace Stride
