#pragma once

#include <QJsonObject>
#include <QString>

namespace Stride {

// A profile: one server and user (or the local demo, or a file) with its own replica file.
struct Profile {
    enum class Kind { Demo, Server, File };

    QString name;
    Kind kind = Kind::Demo;
    QString serverUrl;
    QString user;
    QString caFile;      // a private CA to trust, or empty
    QString fingerprint; // a pinned certificate's SHA-256, or empty
    QString role;        // demo: which demo user to act as
    QString replicaPath; // absolute path of the replica file

    QJsonObject toJson() const;
    static Profile fromJson(const QJsonObject& json);
    static QString kindCode(Kind kind);
};

} // namespace Stride
