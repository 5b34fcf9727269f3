#include "clirun.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace Stride::Test {

CliRun CliRun::run(const QStringList& args, const QByteArray& input) {
    QProcess p;
    p.start(qEnvironmentVariable("STRIDE_BINARY_DIR") + u"/app/cli/stride-cli"_s, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Stride::Test
