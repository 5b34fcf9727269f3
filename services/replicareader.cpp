#include "replicareader.h"

using namespace Qt::StringLiterals;

namespace Stride {

ReplicaReader::ReplicaReader(QString path, const Clock& clock, QObject* parent)
    : ReplicaWorker(std::move(path), clock, Options{u"replica-reader"_s}, parent) {
    connect(this, &ReplicaWorker::busyChanged, this, &ReplicaReader::loadingChanged);
}

} // namespace Stride
