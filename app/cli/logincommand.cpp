#include "logincommand.h"

#include "cliutil.h"
#include "serversession.h"
#include "storage/entitystore.h"
#include "sync/syncengine.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString LoginCommand::name() const {
    return u"login"_s;
}
QString LoginCommand::summary() const {
    return u"Sign in to a stride-server and keep the session in the keychain"_s;
}

int LoginCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    ServerSession::addOptions(parser);
    parser.addOption({u"db"_s,
                      u"A local replica that records who signed in (its new customers are then theirs); sync "
                      "records it too."_s,
                      u"FILE"_s});
    int code = Ok;
    SyncEndpoint endpoint;
    if (!ServerSession::parse(parser, args, ctx, &endpoint, &code))
        return code;
    if (!parser.isSet(u"password-stdin"_s)) {
        ctx.err << "stride-cli login: pass the password with --password-stdin\n";
        return UsageError;
    }
    // Signing in needs no replica; without --db the engine gets a throwaway one. With it, the engine records the
    // signed-in user there.
    QTemporaryDir dir;
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : dir.filePath(u"login.sqlite"_s);
    std::unique_ptr<Database> db = openDatabase(path, Database::Access::ReadWrite, ctx);
    if (!db)
        return DataError;
    EntityStore store(*db);
    SyncEngine engine(store, endpoint);
    bool keychain = false;
    code = ServerSession::signIn(parser, engine, ctx, &keychain);
    if (code != Ok)
        return code;
    const Protocol::UserProfile& u = engine.session().user;
    ctx.out << "signed in to " << endpoint.keyPrefix() << " as " << u.name << " (" << u.role
            << (u.teamId.isEmpty() ? QString() : u", team "_s + u.teamId) << ")\n";
    if (!keychain && !parser.isSet(u"no-keychain"_s)) {
        ctx.err << "stride-cli login: the session could not be kept; sign in again with each sync\n";
        return DataError;
    }
    return Ok;
}

} // namespace Stride::Cli
