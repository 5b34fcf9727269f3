#include "passwordcommand.h"

#include "cliutil.h"
#include "serversession.h"
#include "sync/changepasswordjob.h"
#include "sync/loginjob.h"
#include "sync/tokenstore.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

namespace {

// Runs `job` to its end.
void wait(SyncJob& job) {
    QEventLoop loop;
    QObject::connect(&job, &SyncJob::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
}

QString line(QFile& in) {
    QString s = QString::fromUtf8(in.readLine());
    while (s.endsWith(u'\n') || s.endsWith(u'\r'))
        s.chop(1);
    return s;
}

} // namespace

QString PasswordCommand::name() const {
    return u"password"_s;
}
QString PasswordCommand::summary() const {
    return u"Change your password on a stride-server (current, then new password on standard input)"_s;
}

int PasswordCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() +
                                     u". Every other session of the account ends; the new session is kept in the "
                                     "keychain unless --no-keychain."_s);
    ServerSession::addOptions(parser);
    int code = Ok;
    SyncEndpoint endpoint;
    if (!ServerSession::parse(parser, args, ctx, &endpoint, &code))
        return code;
    if (!parser.isSet(u"password-stdin"_s)) {
        ctx.err << "stride-cli password: pass the current and the new password on two lines with --password-stdin\n";
        return UsageError;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        ctx.err << "stride-cli password: cannot read standard input\n";
        return DataError;
    }
    const QString oldPassword = line(in);
    const QString newPassword = line(in);
    if (newPassword.isEmpty()) {
        ctx.err << "stride-cli password: the new password is missing (second line of standard input)\n";
        return UsageError;
    }
    const QString user = parser.value(u"user"_s);
    QNetworkAccessManager nam;
    LoginJob login(nam, endpoint, {user, oldPassword});
    wait(login);
    if (login.error() != SyncJob::Error::None) {
        ctx.err << "stride-cli password: sign-in failed: " << login.errorString() << '\n';
        return DataError;
    }
    ChangePasswordJob change(nam, endpoint, login.session().accessToken, oldPassword, newPassword);
    wait(change);
    if (change.error() != SyncJob::Error::None) {
        ctx.err << "stride-cli password: " << change.errorString() << '\n';
        return DataError;
    }
    ctx.out << "password of " << user << " changed; other devices must sign in again\n";
    if (!parser.isSet(u"no-keychain"_s)) {
        TokenStore store;
        if (Status s = store.writeNow(TokenStore::keyFor(endpoint.keyPrefix(), user), change.session().refreshToken);
            !s)
            ctx.err << "stride-cli password: the new session could not be kept: " << s.error() << '\n';
    }
    return Ok;
}

} // namespace Stride::Cli
