#include "testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Stride::Test {

QString TestData::dir() {
    return qEnvironmentVariable("STRIDE_SOURCE_DIR") + u"/tests/data"_s;
}

QString TestData::path(const QString& name) {
    return dir() + u'/' + name;
}

QString TestData::copy(const QString& name, const QTemporaryDir& into) {
    QString target = into.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(path(name), target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QByteArray TestData::read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray TestData::hash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

} // namespace Stride::Test
