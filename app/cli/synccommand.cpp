#include "synccommand.h"

#include "analytics/methodroutines.h"
#include "serversession.h"
#include "storage/entitystore.h"
#include "sync/syncengine.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace Stride::Cli {

namespace {

// A progress bar on the terminal, per phase.
void showProgress(SyncEngine& engine, Context& ctx) {
    QObject::connect(&engine, &SyncEngine::progress, &engine, [&ctx](const QString& phase, qint64 done, qint64 total) {
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

// Makes the method's tasks on the freshly synced replica and syncs again when there were any; `r` becomes the sum of
// both rounds.
void runMethodRoutines(EntityStore& store, SyncEngine& engine, QEventLoop& loop, SyncReport& r, Context& ctx) {
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

} // namespace

QString SyncCommand::name() const {
    return u"sync"_s;
}
QString SyncCommand::summary() const {
    return u"Push local edits to a stride-server and pull its changes"_s;
}

QString SyncCommand::databaseHelp() const {
    return u"The local replica."_s;
}

void SyncCommand::declare(QCommandLineParser& parser) {
    parser.setApplicationDescription(summary());
    ServerSession::addOptions(parser);
    parser.addOption({u"batch"_s, u"Outbox entries per push (default 200)."_s, u"N"_s, u"200"_s});
    parser.addOption({u"page"_s, u"Rows per pulled page (default %1)."_s.arg(SyncEngine::kPullLimit), u"N"_s,
                      QString::number(SyncEngine::kPullLimit)});
    parser.addOption({u"initial-page"_s,
                      u"Rows per page of an initial sync (default %1, or as --page when that is given)."_s.arg(
                          SyncEngine::kInitialPullLimit),
                      u"N"_s});
}

int SyncCommand::prepare(const QCommandLineParser& parser, Context& ctx) {
    return ServerSession::endpoint(parser, ctx, &m_endpoint) ? Ok : UsageError;
}

Database::Access SyncCommand::access(const QCommandLineParser&) const {
    return Database::Access::ReadWrite;
}

int SyncCommand::runOn(Database& db, const Invocation& call, Context& ctx) {
    const QCommandLineParser& parser = call.parser;
    EntityStore store(db);
    SyncEngine engine(store, m_endpoint);
    const int page = parser.value(u"page"_s).toInt();
    const int initialPage = parser.isSet(u"initial-page"_s) ? parser.value(u"initial-page"_s).toInt()
                            : parser.isSet(u"page"_s)       ? page
                                                            : SyncEngine::kInitialPullLimit;
    engine.setLimits(parser.value(u"batch"_s).toInt(), qint64(2) * 1024 * 1024, page, initialPage);
    bool keychain = false;
    const int code = ServerSession::signIn(parser, engine, ctx, &keychain);
    if (code != Ok)
        return code;
    if (keychain) {
        // A refresh token works once: keep each new one at once, so a killed run does not strand the session.
        QObject::connect(&engine, &SyncEngine::sessionChanged, &engine,
                         [&] { ServerSession::keepToken(parser, engine, ctx); });
    }
    if (ctx.interactive)
        showProgress(engine, ctx);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::syncFinished, &loop, &QEventLoop::quit);
    engine.syncNow();
    loop.exec();
    // The method's own tasks for what just arrived (rules, visit cadence, a supervisor's escalations), pushed in
    // a second round so that the replica ends with nothing waiting; the counts printed are both rounds'.
    SyncReport r = engine.lastReport();
    if (r.ok)
        runMethodRoutines(store, engine, loop, r, ctx);
    if (ctx.interactive)
        ctx.out << '\n';
    ctx.out << "pushed " << r.pushed << ", pulled " << r.pulled << ", removed " << r.removed << ", conflicts "
            << r.conflicts << ", rejected " << r.rejected << '\n';
    for (const QString& notice : std::as_const(r.notices))
        ctx.err << "stride-cli sync: " << notice << '\n';
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
