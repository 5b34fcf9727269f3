#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace Stride::Test {

// The committed files of tests/data (tests/data/README.md says what each is and how it was made), found through
// STRIDE_SOURCE_DIR as ctest sets it.
class TestData final {
public:
    static QString dir();
    static QString path(const QString& name);
    // Copies the file into `into` (writable, under the same name) so that a test may open it read-write without
    // touching the source tree; empty when the copy failed.
    static QString copy(const QString& name, const QTemporaryDir& into);
    // The file's bytes, empty when it cannot be read.
    static QByteArray read(const QString& path);
    // SHA-256 of the file's bytes, to show that a file was left untouched.
    static QByteArray hash(const QString& path);
};

} // namespace Stride::Test
