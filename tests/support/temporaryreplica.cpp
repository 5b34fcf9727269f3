#include "temporaryreplica.h"

#include <QStandardPaths>

namespace Stride::Test {

TemporaryReplica::TemporaryReplica(const QString& fileName) {
    QStandardPaths::setTestModeEnabled(true);
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary directory: %1").arg(m_dir.errorString());
        return;
    }
    m_path = m_dir.filePath(fileName);
    auto opened = Database::open(m_path);
    if (!opened) {
        m_error = opened.error();
        return;
    }
    m_db = std::move(opened.value());
}

} // namespace Stride::Test
