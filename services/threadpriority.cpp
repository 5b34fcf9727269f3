#include "threadpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Stride {

void ThreadPriority::lowerCurrent() {
#ifdef Q_OS_LINUX
    // Nice 5: the GUI thread (nice 0) gets about three times the CPU share when both want it; the worker still
    // runs at full speed when the GUI is idle. QThread priorities other than Idle do nothing under SCHED_OTHER.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    (void)::setpriority(PRIO_PROCESS, tid, 5);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace Stride
