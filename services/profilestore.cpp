#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Stride {

ProfileStore::ProfileStore(QString baseDir)
    : m_baseDir(std::move(baseDir)) {}

QString ProfileStore::defaultBaseDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ProfileStore::folderName(const QString& name) {
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'@') ? c : QChar(u'_');
    if (out.isEmpty() || out.startsWith(u'.'))
        out.prepend(u'_');
    return out;
}

QString ProfileStore::replicaPathFor(const QString& name) const {
    return m_baseDir + u"/profiles/"_s + folderName(name) + u"/replica.db"_s;
}

QJsonObject ProfileStore::readFile() const {
    QFile f(m_baseDir + u"/profiles.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

Status ProfileStore::writeFile(const QJsonObject& root) const {
    if (!QDir().mkpath(m_baseDir))
        return fail(u"cannot create the folder %1"_s.arg(m_baseDir));
    QSaveFile f(m_baseDir + u"/profiles.json"_s);
    if (!f.open(QIODevice::WriteOnly))
        return fail(u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString()));
    f.write(QJsonDocument(root).toJson());
    if (!f.commit())
        return fail(u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString()));
    return {};
}

QList<Profile> ProfileStore::profiles() const {
    QList<Profile> out;
    const QJsonArray list = readFile().value(u"profiles"_s).toArray();
    for (const QJsonValue& v : list)
        out << Profile::fromJson(v.toObject());
    return out;
}

std::optional<Profile> ProfileStore::find(const QString& name) const {
    for (const Profile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

Result<Profile> ProfileStore::save(Profile profile) {
    if (profile.name.trimmed().isEmpty())
        return fail(u"a profile needs a name"_s);
    if (profile.replicaPath.isEmpty())
        profile.replicaPath = replicaPathFor(profile.name);
    if (!QDir().mkpath(QFileInfo(profile.replicaPath).absolutePath()))
        return fail(u"cannot create the folder of %1"_s.arg(profile.replicaPath));
    QJsonObject root = readFile();
    QJsonArray list = root.value(u"profiles"_s).toArray();
    bool replaced = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(u"name"_s).toString() == profile.name) {
            list.replace(i, profile.toJson());
            replaced = true;
        }
    }
    if (!replaced)
        list.append(profile.toJson());
    root.insert(u"profiles"_s, list);
    if (Status s = writeFile(root); !s)
        return fail(s.error());
    return profile;
}

Status ProfileStore::remove(const QString& name) {
    QJsonObject root = readFile();
    QJsonArray list = root.value(u"profiles"_s).toArray();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toObject().value(u"name"_s).toString() == name)
            list.removeAt(i);
    }
    root.insert(u"profiles"_s, list);
    if (root.value(u"last"_s).toString() == name)
        root.remove(u"last"_s);
    return writeFile(root);
}

QString ProfileStore::lastUsed() const {
    return readFile().value(u"last"_s).toString();
}

Status ProfileStore::setLastUsed(const QString& name) {
    QJsonObject root = readFile();
    root.insert(u"last"_s, name);
    return writeFile(root);
}

} // namespace Stride
