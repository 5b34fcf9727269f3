#include "synccommand.h"

#include "analytics/methodroutines.h"
#include "cliutil.h"
#include "serversession.h"
#include "storage/entitystore.h"
#include "sync/syncengine.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

QString SyncCommand::name() const {
    return u"sync"_s;
}
QString SyncCommand::summary() const {
    return u"Push local edits to a stride-server and pull its changes"_s;
}

int SyncCommand::run(const QStringList& args, Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({u"db"_s, u"The local replica."_s, u"FILE"_s});
    ServerSession::addOptions(parser);
    parser.addOption({u"batch"_s, u"Outbox entries per push (default 200)."_s, u"N"_s, u"200"_s});
    parser.addOption({u"page"_s, u"Rows per pulled page (default %1)."_s.arg(SyncEngine::kPullLimit), u"N"_s,
                      QString::number(SyncEngine::kPullLimit)});
    parser.addOption({u"initial-page"_s,
                      u"Rows per page of an initial sync (default %1, or as --page when that is given)."_s.arg(
                          SyncEngine::kInitialPullLimit),
                      u"N"_s});
    int code = Ok;
    if (!parseArguments(parser, args, ctx, &code))
        return code;
    QString path;
    if (!requireOption(parser, u"db"_s, ctx, &path))
        return UsageError;
    SyncEndpoint endpoint;
    if (!ServerSession::endpoint(parser, ctx, &endpoint))
        return UsageError;
    std::unique_ptr<Database> db = openDatabase(path, Database::Access::ReadWrite, ctx);
    if (!db)
        return DataError;
    EntityStore store(*db);
    SyncEngine engine(store, endpoint);
    const int page = parser.value(u"page"_s).toInt();
    const int initialPage = parser.isSet(u"initial-page"_s) ? parser.value(u"initial-page"_s).toInt()
                            : parser.isSet(u"page"_s)       ? page
                                                            : SyncEngine::kInitialPullLimit;
    engine.setLimits(parser.value(u"batch"_s).toInt(), 2 * 1024 * 1024, page, initialPage);
    bool keychain = false;
    code = ServerSession::signIn(parser, engine, ctx, &keychain);
    if (code != Ok)
        return code;
    if (keychain) {
        // A refresh token works once: keep each new one at once, so a killed run does not strand the session.
        QObject::connect(&engine, &SyncEngine::sessionChanged, &engine,
                         [&] { ServerSession::keepToken(parser, engine, ctx); });
    }
    if (ctx.interactive) {
        QObject::connect(&engine, &SyncEngine::progress, &engine, [&](const QString& phase, qint64 done, qint64 total) {
            if (total > 0) {
                const int filled = int(20 * done / total);
                ctx.out << "\r" << phase << " [" << QString(filled, u'#').leftJustified(20, u'.') << "] " << done << '/'
                        << total << "   ";
            } else {
                ctx.out << "\r" << phase << " " << done << " rows   ";
            }
            ctx.out.flush();
        });
    }
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::syncFinished, &loop, &QEventLoop::quit);
    engine.syncNow();
    loop.exec();
    // The method's own tasks for what just arrived (rules, visit cadence, a supervisor's escalations), pushed in
    // a second round so that the replica ends with nothing waiting; the counts printed are both rounds'.
    SyncReport r = engine.lastReport();
    if (r.ok) {
        Result<RoutineReport> routines = MethodRoutines::run(store, store.clock());
        if (!routines) {
            ctx.err << "stride-cli sync: the method's tasks could not be made: " << routines.error() << '\n';
        } else if (routines->total() > 0) {
            engine.syncNow();
            loop.exec();
            const SyncReport& second = engine.lastReport();
            r.ok = second.ok;
            r.error = second.error;
            r.pushed += second.pushed;
            r.pulled += second.pulled;
            r.removed += second.removed;
            r.conflicts += second.conflicts;
            r.rejected += second.rejected;
            r.skipped += second.skipped;
            ctx.out << "made " << routines->ruleTasks << " task(s) from rules, " << routines->escalations
                    << " escalation(s) and " << routines->paymentReminders << " payment reminder(s)\n";
        }
    }
    if (ctx.interactive)
        ctx.out << '\n';
    ctx.out << "pushed " << r.pushed << ", pulled " << r.pulled << ", removed " << r.removed << ", conflicts "
            << r.conflicts << ", rejected " << r.rejected << '\n';
    if (r.skipped > 0)
        ctx.err << "stride-cli sync: " << r.skipped << " pulled rows were refused by the local replica (see log)\n";
    if (!r.ok) {
        ctx.err << "stride-cli sync: " << r.error << '\n';
        return DataError;
    }
    if (r.rejected > 0 || engine.state() == SyncState::NeedsAttention)
        ctx.err << "stride-cli sync: some entries need attention (stride-cli conflicts list)\n";
    return Ok;
}

} // namespace Stride::Cli
