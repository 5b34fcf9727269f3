#include "serversession.h"

#include "cliutil.h"
#include "sync/syncengine.h"
#include "sync/tokenstore.h"

#include <QEventLoop>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

void ServerSession::addOptions(QCommandLineParser& parser) {
    parser.addOption({u"server"_s, u"The stride-server URL, https://host:port."_s, u"URL"_s});
    parser.addOption({u"ca"_s, u"PEM file of the CA that signed the server's certificate."_s, u"FILE"_s});
    parser.addOption({u"pin"_s, u"The server certificate's SHA-256 fingerprint (hex, colons allowed)."_s, u"SHA256"_s});
    parser.addOption({u"user"_s, u"The account name."_s, u"NAME"_s});
    parser.addOption({u"password-stdin"_s, u"Read the password from the first line of standard input."_s});
    parser.addOption({u"no-keychain"_s, u"Do not read or store the refresh token in the keychain."_s});
}

bool ServerSession::endpoint(const QCommandLineParser& parser, Context& ctx, SyncEndpoint* out) {
    if (parser.value(u"server"_s).isEmpty() || parser.value(u"user"_s).isEmpty()) {
        ctx.err << "stride-cli: --server and --user are required (see --help)\n";
        return false;
    }
    Result<SyncEndpoint> e =
        SyncEndpoint::make(parser.value(u"server"_s), parser.value(u"ca"_s), parser.value(u"pin"_s));
    if (!e) {
        ctx.err << "stride-cli: " << e.error() << '\n';
        return false;
    }
    *out = *e;
    return true;
}

bool ServerSession::parse(QCommandLineParser& parser, const QStringList& args, Context& ctx, SyncEndpoint* out,
                          int* exitCode) {
    if (!parseArguments(parser, args, ctx, exitCode))
        return false;
    if (!endpoint(parser, ctx, out)) {
        *exitCode = UsageError;
        return false;
    }
    return true;
}

int ServerSession::signIn(const QCommandLineParser& parser, SyncEngine& engine, Context& ctx, bool* keychainUsable) {
    const QString user = parser.value(u"user"_s);
    const QString key = TokenStore::keyFor(engine.endpoint().keyPrefix(), user);
    const bool useKeychain = !parser.isSet(u"no-keychain"_s);
    *keychainUsable = false;
    if (parser.isSet(u"password-stdin"_s)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            ctx.err << "stride-cli: cannot read standard input\n";
            return DataError;
        }
        QString password = QString::fromUtf8(in.readLine());
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1);
        QEventLoop loop;
        Status result;
        QObject::connect(&engine, &SyncEngine::signedIn, &loop, [&](const Status& s) {
            result = s;
            loop.quit();
        });
        engine.signIn(user, password);
        loop.exec();
        if (!result) {
            ctx.err << "stride-cli: sign-in failed: " << result.error() << '\n';
            return DataError;
        }
        if (useKeychain) {
            TokenStore store;
            if (Status s = store.writeNow(key, engine.session().refreshToken); !s)
                ctx.err << "stride-cli: " << s.error() << '\n';
            else
                *keychainUsable = true;
        }
        return Ok;
    }
    if (!useKeychain) {
        ctx.err << "stride-cli: --no-keychain needs --password-stdin\n";
        return UsageError;
    }
    TokenStore store;
    Result<QString> token = store.readNow(key);
    if (!token) {
        ctx.err << "stride-cli: " << token.error() << "; pass --password-stdin\n";
        return DataError;
    }
    if (token->isEmpty()) {
        ctx.err << "stride-cli: " << user << " is not signed in to " << engine.endpoint().keyPrefix()
                << "; run stride-cli login or pass --password-stdin\n";
        return DataError;
    }
    *keychainUsable = true;
    engine.setRefreshToken(*token);
    return Ok;
}

void ServerSession::keepToken(const QCommandLineParser& parser, SyncEngine& engine, Context& ctx) {
    if (engine.session().refreshToken.isEmpty())
        return;
    TokenStore store;
    const QString key = TokenStore::keyFor(engine.endpoint().keyPrefix(), parser.value(u"user"_s));
    if (Status s = store.writeNow(key, engine.session().refreshToken); !s)
        ctx.err << "stride-cli: " << s.error() << '\n';
}

} // namespace Stride::Cli
