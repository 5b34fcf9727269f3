#pragma once

#include "profile.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Stride {

// The remembered profiles: a small JSON file (profiles.json) under the app data folder; each profile's
// replica lives in profiles/NAME/replica.db beside it, so several server+user pairs coexist.
class ProfileStore final {
public:
    explicit ProfileStore(QString baseDir = defaultBaseDir());

    static QString defaultBaseDir(); // QStandardPaths::AppDataLocation
    const QString& baseDir() const { return m_baseDir; }

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString& name) const;
    // Adds or replaces by name; an empty replicaPath gets profiles/NAME/replica.db (folder created).
    Result<Profile> save(Profile profile);
    Status remove(const QString& name); // forgets the profile; its replica file stays
    QString lastUsed() const;
    Status setLastUsed(const QString& name);

    QString replicaPathFor(const QString& name) const;
    // A name safe as a folder: letters, digits, '-', '_', '.', '@' kept, the rest '_'.
    static QString folderName(const QString& name);

private:
    QJsonObject readFile() const;
    Status writeFile(const QJsonObject& root) const;

    QString m_baseDir;
};

} // namespace Stride
