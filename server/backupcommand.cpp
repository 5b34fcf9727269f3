#include "backupcommand.h"

#include "commandline.h"
#include "serverdatabase.h"
#include "storeidentity.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

bool isPostgres(const QString& url) {
    return url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s);
}

// A consistent copy of the SQLite store at `from` in `to` (which must not exist), taken while other connections
// write to it. VACUUM INTO reads the whole store in one read transaction: in WAL mode writers go on meanwhile and
// the copy is the store as of that transaction's start, whole transactions only. (The online backup API would do
// the same in one step; copied page by page it starts over whenever the serving process commits.) It runs
// through QtSql like every other statement, and the copy has no free pages.
Status copyStore(const QString& from, const QString& to) {
    const QString name = u"stride-backup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        c.setDatabaseName(from);
        c.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
        if (!c.open()) {
            result = fail(u"cannot open %1: %2"_s.arg(from, c.lastError().text()));
        } else {
            QSqlQuery check(c);
            if (!check.exec(u"SELECT value FROM server_meta WHERE key = 'instance_id'"_s) || !check.next()) {
                result = fail(u"%1 is not a stride-server store"_s.arg(from));
            } else {
                check.finish();
                QSqlQuery q(c);
                q.prepare(u"VACUUM INTO ?"_s);
                q.addBindValue(to);
                if (!q.exec())
                    result = fail(u"cannot copy %1 to %2: %3"_s.arg(from, to, q.lastError().text()));
            }
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Copies `from` to `to` through a file beside it, gives the copy a new identity, and only then gives it its name:
// a failure leaves no half-written store behind.
Result<QString> copyAsRestored(const QString& from, const QString& to) {
    const QString partial = to + u".partial"_s;
    for (const QString& f : {partial, partial + u"-wal"_s, partial + u"-shm"_s})
        QFile::remove(f);
    auto cleanUp = [&partial](const QString& why) {
        for (const QString& f : {partial, partial + u"-wal"_s, partial + u"-shm"_s})
            QFile::remove(f);
        return fail(why);
    };
    if (Status s = copyStore(from, partial); !s)
        return cleanUp(s.error());
    const auto mark = [&partial]() -> Result<QString> {
        Result<std::unique_ptr<ServerDatabase>> copy = ServerDatabase::open(partial);
        if (!copy)
            return fail(copy.error());
        Result<QString> made = StoreIdentity::markRestored(**copy);
        (*copy)->closeThreadConnection();
        return made;
    };
    Result<QString> instance = mark();
    if (!instance)
        return cleanUp(instance.error());
    if (!QFile::rename(partial, to))
        return cleanUp(u"cannot rename %1 to %2"_s.arg(partial, to));
    return instance;
}

} // namespace

int BackupCommand::backup(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(u"Copy a live SQLite store to FILE (PostgreSQL: pg_dump, see the README)"_s);
    p.addHelpOption();
    p.addOption({u"db"_s, u"the store: an SQLite file (the server may be running)"_s, u"URL"_s});
    p.addOption({u"out"_s, u"the backup file to write (must not exist)"_s, u"FILE"_s});
    if (const std::optional<int> stop = parseOrAnswer(p, args))
        return *stop;
    if (!p.isSet(u"db"_s) || !p.isSet(u"out"_s)) {
        err << "usage: stride-server backup --db URL --out FILE\n";
        return 1;
    }
    const QString db = p.value(u"db"_s);
    const QString file = p.value(u"out"_s);
    if (isPostgres(db)) {
        err << "stride-server: a PostgreSQL store is backed up with pg_dump --format=custom (README, \"What the "
               "server promises\"), not with backup\n";
        return 1;
    }
    if (!QFileInfo(db).isFile()) {
        err << "stride-server: no store at " << db << '\n';
        return 2;
    }
    if (QFileInfo::exists(file)) {
        err << "stride-server: " << file << " exists; a backup never overwrites a file\n";
        return 2;
    }
    // The copy gets a new identity at once: however it is put back, clients notice the restore.
    Result<QString> instance = copyAsRestored(db, file);
    if (!instance) {
        err << "stride-server: " << instance.error() << '\n';
        return 2;
    }
    out << "backed up " << db << " to " << file << " (instance " << *instance << " once restored)\n";
    return 0;
}

int BackupCommand::restore(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Put a backup in place (SQLite), or mark a store restored by other means (pg_restore, a file copy) so that "
        "clients notice: the server must not be running on it"_s);
    p.addHelpOption();
    p.addOption({u"db"_s, u"the store to restore into (with --from: an SQLite file that does not exist)"_s, u"URL"_s});
    p.addOption({u"from"_s, u"a backup made by stride-server backup"_s, u"FILE"_s});
    if (const std::optional<int> stop = parseOrAnswer(p, args))
        return *stop;
    if (!p.isSet(u"db"_s)) {
        err << "usage: stride-server restore --db URL [--from FILE]\n";
        return 1;
    }
    const QString db = p.value(u"db"_s);
    const bool fromFile = p.isSet(u"from"_s);
    const QString from = p.value(u"from"_s);
    if (fromFile) {
        if (isPostgres(db)) {
            err << "stride-server: restore a PostgreSQL dump with pg_restore, then run stride-server restore --db "
                   "URL without --from\n";
            return 1;
        }
        if (!QFileInfo(from).isFile()) {
            err << "stride-server: no backup at " << from << '\n';
            return 2;
        }
        if (QFileInfo::exists(db)) {
            err << "stride-server: " << db << " exists; restore never overwrites a store (move it away first)\n";
            return 2;
        }
    }
    const auto markInPlace = [&db]() -> Result<QString> {
        Result<std::unique_ptr<ServerDatabase>> store = ServerDatabase::open(db);
        if (!store)
            return fail(store.error());
        Result<QString> made = StoreIdentity::markRestored(**store);
        (*store)->closeThreadConnection();
        return made;
    };
    const Result<QString> instance = fromFile ? copyAsRestored(from, db) : markInPlace();
    if (!instance) {
        err << "stride-server: " << instance.error() << '\n';
        return 2;
    }
    out << "restored " << db << ": new instance id " << *instance
        << "; clients that synced with it push again what it lacks, and every user signs in again\n";
    return 0;
}

} // namespace Stride::Server
