#include "remotecommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Stride::Cli {

RemoteCommand::RemoteCommand(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary)) {}

QString RemoteCommand::helperPath() {
    QString path = QDir(QCoreApplication::applicationDirPath()).filePath(u"stride-cli-remote"_s);
#ifdef Q_OS_WIN
    path += u".exe"_s;
#endif
    return path;
}

int RemoteCommand::run(const QStringList& args, Context& ctx) {
    const QString helper = helperPath();
    if (!QFileInfo(helper).isExecutable()) {
        ctx.err << "stride-cli " << m_name << ": " << helper
                << " is missing; it is built and installed with stride-cli\n";
        return DataError;
    }
    QStringList helperArgs = args.mid(1);
    helperArgs.prepend(m_name);
    ctx.out.flush();
    ctx.err.flush();
#ifdef Q_OS_UNIX
    std::vector<QByteArray> storage;
    storage.reserve(std::size_t(helperArgs.size()) + 1);
    storage.push_back(QFile::encodeName(helper));
    for (const QString& a : helperArgs)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    argv.reserve(storage.size() + 1);
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv.front(), argv.data());
    ctx.err << "stride-cli " << m_name << ": cannot run " << helper << ": " << qt_error_string(errno) << '\n';
    return DataError;
#else
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.setInputChannelMode(QProcess::ForwardedInputChannel);
    p.start(helper, helperArgs);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit) {
        ctx.err << "stride-cli " << m_name << ": " << helper << " failed: " << p.errorString() << '\n';
        return DataError;
    }
    return p.exitCode();
#endif
}

} // namespace Stride::Cli
