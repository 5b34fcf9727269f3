#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Stride::Test {

// One run of the built stride-cli ($STRIDE_BINARY_DIR/app/cli/stride-cli) as a user runs it: arguments, optional
// standard input, and what it answered. A run that does not end within five minutes is killed (exit code -1).
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    static CliRun run(const QStringList& args, const QByteArray& input = {});
};

} // namespace Stride::Test
