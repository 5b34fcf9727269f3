#include "models/analyticsrunner.h"

using namespace Qt::StringLiterals;

namespace Stride {

AnalyticsRunner::AnalyticsRunner(QString path, const Clock& clock, QObject* parent, int helpers)
    : ReplicaWorker(std::move(path), clock,
                    Options{u"analytics"_s, Database::Access::ReadOnly, /*lowerPriority=*/false,
                            /*interruptible=*/true, helpers},
                    parent) {}

} // namespace Stride
