#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace Stride::Test {

// A migrated replica in a fresh temporary directory, removed with this object. Turns on
// QStandardPaths::setTestModeEnabled first, so nothing the code under test writes lands in the user's folders.
class TemporaryReplica final {
public:
    explicit TemporaryReplica(const QString& fileName = QStringLiteral("replica.sqlite"));

    bool ok() const { return m_db != nullptr; }
    // Why the replica could not be made (empty when ok()).
    const QString& error() const { return m_error; }
    Database& db() { return *m_db; }
    const QString& path() const { return m_path; }
    // A path for another file in the same temporary directory.
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // Closes the replica (its file stays until this object goes).
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_db;
};

} // namespace Stride::Test
