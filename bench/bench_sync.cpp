// bench-sync: the sync figures of issue 3, over loopback HTTPS against a real stride-server.
//   initial      initial sync of a supervisor's scope of the demo organisation: rows/s and MB/s applied, with
//                curl fetching the same pages as the ceiling, the client's peak memory, and the CPU seconds of
//                client and server (wall time on a shared machine follows its load)
//   incremental  1,000 offline edits pushed by one device and visible on a second after its next sync
//   concurrent   20 devices pushing batches of 100 entries at once: entries/s (SQLite, and PostgreSQL with --pg)
// Usage: bench-sync [--customers N | --store FILE --accounts FILE] [--initial-only [--repeat N] [--warm-server]]
//                   [--pg postgresql://user@127.0.0.1:PORT/postgres] [--skip-initial]
#include "processmemory.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "sync/pushjob.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

QTextStream out(stdout);
// Rows per page of the initial sync, for the client and the curl ceiling: what the app and stride-cli use.
constexpr int kInitialPage = SyncEngine::kInitialPullLimit;

QString binary(const QString& relative) {
    return QCoreApplication::applicationDirPath() + u"/../"_s + relative;
}

QString server() {
    return binary(u"server/stride-server"_s);
}

// CPU seconds (user + system) of this process, or of `pid` from /proc: on a shared machine wall time varies with
// the load, CPU time much less.
double cpuSeconds(qint64 pid = 0) {
    QFile f(pid > 0 ? u"/proc/%1/stat"_s.arg(pid) : u"/proc/self/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

qint64 peakRssKb() {
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int run(const QString& program, const QStringList& args, const QByteArray& input = {}, QByteArray* output = nullptr) {
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (output)
        *output = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return p.exitCode();
}

class Server final {
public:
    Server(QString db, QString dir)
        : m_db(std::move(db))
        , m_dir(std::move(dir)) {}
    ~Server() {
        if (m_proc.state() == QProcess::Running) {
            m_proc.terminate();
            m_proc.waitForFinished(10000);
        }
    }
    bool start() {
        m_proc.setStandardErrorFile(m_dir + u"/access-%1.log"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_log = m_dir + u"/access-last.log"_s;
        m_proc.setStandardErrorFile(m_log);
        m_proc.start(server(), {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--cert"_s,
                                m_dir + u"/cert.pem"_s, u"--key"_s, m_dir + u"/key.pem"_s, u"--workers"_s, u"8"_s});
        static const QRegularExpression re(u"https://127\\.0\\.0\\.1:(\\d+)"_s);
        QByteArray seen;
        while (m_proc.waitForReadyRead(30000)) {
            seen += m_proc.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(seen));
            if (m.hasMatch()) {
                m_port = m.captured(1).toInt();
                return true;
            }
        }
        return false;
    }
    QString url() const { return u"https://127.0.0.1:%1"_s.arg(m_port); }
    qint64 pid() const { return m_proc.processId(); }
    qint64 pullBytes() const {
        QFile f(m_log);
        qint64 n = 0;
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : f.readAll().split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.value(u"path"_s).toString() == u"/api/v1/pull"_s)
                    n += o.value(u"bytes_out"_s).toInteger();
            }
        }
        return n;
    }

private:
    QString m_db;
    QString m_dir;
    QString m_log;
    QProcess m_proc;
    int m_port = 0;
};

struct Device {
    std::unique_ptr<Database> db;
    std::unique_ptr<EntityStore> store;
    std::unique_ptr<SyncEngine> engine;

    Device(const QString& path, const SyncEndpoint& e) {
        db = std::move(Database::open(path)).value();
        store = std::make_unique<EntityStore>(*db);
        engine = std::make_unique<SyncEngine>(*store, e);
        engine->setLimits(500, 4 << 20, 2000, kInitialPage);
    }
    bool signIn(const QString& user, const QString& password) {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(engine.get(), &SyncEngine::signedIn, &loop, [&](const Status& s) {
            ok = s.ok();
            if (!s)
                fprintf(stderr, "sign-in: %s\n", qPrintable(s.error()));
            loop.quit();
        });
        engine->signIn(user, password);
        loop.exec();
        return ok;
    }
    SyncReport sync() {
        QEventLoop loop;
        QObject::connect(engine.get(), &SyncEngine::syncFinished, &loop, &QEventLoop::quit);
        engine->syncNow();
        loop.exec();
        if (!engine->lastReport().ok)
            fprintf(stderr, "sync: %s\n", qPrintable(engine->lastReport().error));
        return engine->lastReport();
    }
};

// Fetches the same pages with curl (gzip, same page size): the transfer ceiling; `quiet`: prints nothing.
void curlCeiling(const QString& url, const QString& ca, const QString& token, int limit, const QString& dir,
                 bool quiet = false) {
    qint64 cursor = 0;
    double seconds = 0;
    qint64 bytes = 0;
    int pages = 0;
    for (;;) {
        QByteArray stats;
        const QString file = dir + u"/page.json"_s;
        run(u"curl"_s,
            {u"-s"_s, u"--compressed"_s, u"--cacert"_s, ca, u"-H"_s, u"Stride-Protocol: %1"_s.arg(Protocol::kVersion),
             u"-H"_s, u"Authorization: Bearer "_s + token, u"-o"_s, file, u"-w"_s, u"%{time_total} %{size_download}"_s,
             u"%1/api/v1/pull?cursor=%2&limit=%3"_s.arg(url).arg(cursor).arg(limit)},
            {}, &stats);
        const QList<QByteArray> parts = stats.split(' ');
        seconds += parts.value(0).toDouble();
        bytes += parts.value(1).toLongLong();
        ++pages;
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        const QJsonObject page = QJsonDocument::fromJson(f.readAll()).object();
        cursor = page.value(u"cursor"_s).toInteger();
        if (!page.value(u"has_more"_s).toBool())
            break;
    }
    if (quiet)
        return;
    out << "  curl ceiling: " << pages << " pages, " << QString::number(bytes / 1e6, 'f', 1) << " MB (gzip) in "
        << QString::number(seconds, 'f', 2) << " s = " << QString::number(bytes / 1e6 / seconds, 'f', 1) << " MB/s\n";
}

QMap<QString, QString> parseAccounts(const QByteArray& demoOutput) {
    QMap<QString, QString> roleToUserPass;
    for (const QByteArray& line : demoOutput.split('\n')) {
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() == 3 && cols[0] != "role")
            roleToUserPass.insert(QString::fromUtf8(cols[0]), QString::fromUtf8(cols[1] + '\t' + cols[2]));
    }
    return roleToUserPass;
}

double concurrentPushers(const QString& dbUrl, const QString& dir, const QString& label) {
    if (run(server(),
            {u"user"_s, u"add"_s, u"--db"_s, dbUrl, u"--name"_s, u"bench"_s, u"--role"_s, u"admin"_s,
             u"--password-stdin"_s},
            "bench-password\n") != 0) {
        fprintf(stderr, "%s: cannot add the bench user\n", qPrintable(label));
        return -1;
    }
    Server srv(dbUrl, dir);
    if (!srv.start()) {
        fprintf(stderr, "%s: the server did not start\n", qPrintable(label));
        return -1;
    }
    const SyncEndpoint e = *SyncEndpoint::make(srv.url(), dir + u"/cert.pem"_s);
    Device login(dir + u"/pusher-login-%1.sqlite"_s.arg(label), e);
    if (!login.signIn(u"bench"_s, u"bench-password"_s)) {
        fprintf(stderr, "%s: cannot sign in\n", qPrintable(label));
        return -1;
    }
    const QString token = login.engine->session().accessToken;
    constexpr int kDevices = 20;
    constexpr int kBatches = 5;
    constexpr int kEntries = 100;
    QNetworkAccessManager nam;
    int done = 0;
    int failed = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    std::function<void(int, int)> pushBatch = [&](int device, int batch) {
        if (batch == kBatches) {
            if (++done == kDevices)
                loop.quit();
            return;
        }
        Protocol::PushRequest r;
        r.deviceId = u"bench-%1-%2"_s.arg(label).arg(device);
        for (int i = 0; i < kEntries; ++i) {
            Protocol::PushEntry entry;
            entry.mutationId = batch * kEntries + i + 1;
            entry.entity = u"customers"_s;
            entry.id = u"%1-%2-%3"_s.arg(r.deviceId).arg(batch).arg(i);
            entry.fields = {{u"name"_s, u"Bench customer %1"_s.arg(i)},
                            {u"region"_s, u"north"_s},
                            {u"tier"_s, u"B"_s},
                            {u"satisfaction"_s, 70.0}};
            r.entries << entry;
        }
        auto* job = new PushJob(nam, e, r);
        job->setAccessToken(token);
        QObject::connect(job, &SyncJob::finished, job, [&, job, device, batch] {
            job->deleteLater();
            if (job->error() != SyncJob::Error::None) {
                ++failed;
                fprintf(stderr, "push: %s\n", qPrintable(job->errorString()));
            }
            pushBatch(device, batch + 1);
        });
        job->start();
    };
    for (int d = 0; d < kDevices; ++d)
        pushBatch(d, 0);
    loop.exec();
    const double s = timer.nsecsElapsed() / 1e9;
    const double rate = kDevices * kBatches * kEntries / s;
    out << "  " << label << ": " << kDevices << " devices x " << kBatches << " batches x " << kEntries << " entries in "
        << QString::number(s, 'f', 2) << " s = " << QString::number(rate, 'f', 0) << " entries/s"
        << (failed ? u" (%1 failed batches)"_s.arg(failed) : QString()) << "\n";
    out.flush();
    return rate;
}

// A self-signed certificate for the servers of this run, in `dir`.
bool makeCertificate(const QString& dir) {
    return run(u"openssl"_s,
               {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s,
                dir + u"/key.pem"_s, u"-out"_s, dir + u"/cert.pem"_s}) == 0;
}

// The server's store at `store`, copied from --store or made by `stride-server demo`; the demo command's output
// (its accounts) goes to `demoOut`.
bool prepareStore(const QCommandLineParser& p, const QString& store, QByteArray& demoOut) {
    QElapsedTimer t;
    t.start();
    if (!p.isSet(u"store"_s)) {
        if (run(server(), {u"demo"_s, u"--db"_s, store, u"--customers"_s, p.value(u"customers"_s)}, {}, &demoOut) != 0)
            return false;
        out << "demo organisation of " << p.value(u"customers"_s) << " customers loaded into the server in "
            << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
        return true;
    }
    // A copy: serving writes to the store (sessions, devices, a newer server's migrations), and the next run must
    // start from the same one.
    for (const QString& suffix : {QString(), u"-wal"_s}) {
        const QString from = p.value(u"store"_s) + suffix;
        if (QFile::exists(from) && !QFile::copy(from, store + suffix)) {
            fprintf(stderr, "cannot copy %s\n", qPrintable(from));
            return false;
        }
    }
    out << "server store copied in " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
    QFile accounts(p.value(u"accounts"_s));
    if (!accounts.open(QIODevice::ReadOnly))
        return false;
    demoOut = accounts.readAll();
    return true;
}

struct InitialRun {
    double seconds, clientCpu, serverCpu;
    qint64 bytes;
    int rows;
};

// One initial sync of the supervisor's scope into a new replica; its access token goes to `token`.
std::optional<InitialRun> initialSync(Server& srv, const SyncEndpoint& e, const QString& path, const QStringList& sup,
                                      QString& token) {
    Device d(path, e);
    if (!d.signIn(sup.value(0), sup.value(1)))
        return std::nullopt;
    const qint64 bytes0 = srv.pullBytes();
    const double clientCpu0 = cpuSeconds();
    const double serverCpu0 = cpuSeconds(srv.pid());
    QElapsedTimer t;
    t.start();
    const SyncReport r = d.sync();
    const double s = t.nsecsElapsed() / 1e9;
    const double clientCpu = cpuSeconds() - clientCpu0;
    const double serverCpu = cpuSeconds(srv.pid()) - serverCpu0;
    if (!r.ok)
        return std::nullopt;
    token = d.engine->session().accessToken;
    return InitialRun{s, clientCpu, serverCpu, srv.pullBytes() - bytes0, r.pulled};
}

void reportInitial(const InitialRun& m, int repeats) {
    out << "  client" << (repeats > 1 ? u" (median of %1)"_s.arg(repeats) : QString()) << ": " << m.rows << " rows in "
        << QString::number(m.seconds, 'f', 2) << " s = " << QString::number(m.rows / m.seconds, 'f', 0)
        << " rows/s applied, " << QString::number(m.bytes / 1e6, 'f', 1)
        << " MB (gzip) = " << QString::number(m.bytes / 1e6 / m.seconds, 'f', 1) << " MB/s; peak client memory "
        << peakRssKb() / 1024 << " MB\n"
        << "  CPU: client " << QString::number(m.clientCpu, 'f', 2) << " s, server "
        << QString::number(m.serverCpu, 'f', 2) << " s ("
        << QString::number(m.rows / qMax(0.01, m.clientCpu + m.serverCpu), 'f', 0) << " rows per CPU second of both)\n";
    out.flush();
}

// The initial sync of a supervisor's scope, --repeat times (the median reported), then the curl ceiling.
bool initialSyncs(const QCommandLineParser& p, Server& srv, const SyncEndpoint& e, const QString& dir,
                  const QStringList& sup) {
    out << "initial sync of a supervisor's scope:\n";
    // Each repeat syncs a new replica from scratch; on a shared machine the median says more than one run.
    const int repeats = qMax(1, p.value(u"repeat"_s).toInt());
    std::vector<InitialRun> runs;
    QString token;
    if (p.isSet(u"warm-server"_s)) {
        // A server runs for months: its first pull after a start reads the store from disk and fills its caches.
        // One untimed pass of the same pages (by curl, so that the client process stays cold).
        Device warm(dir + u"/warm.sqlite"_s, e);
        if (!warm.signIn(sup.value(0), sup.value(1)))
            return false;
        curlCeiling(srv.url(), dir + u"/cert.pem"_s, warm.engine->session().accessToken, kInitialPage, dir, true);
        out << "  (server warmed up by one untimed pass over the same pages)\n";
    }
    for (int i = 0; i < repeats; ++i) {
        const std::optional<InitialRun> r = initialSync(srv, e, dir + u"/supervisor-%1.sqlite"_s.arg(i), sup, token);
        if (!r)
            return false;
        runs.push_back(*r);
        if (repeats > 1)
            out << "  run " << i + 1 << ": " << QString::number(r->seconds, 'f', 2) << " s, CPU client "
                << QString::number(r->clientCpu, 'f', 2) << " s, server " << QString::number(r->serverCpu, 'f', 2)
                << " s\n";
    }
    std::sort(runs.begin(), runs.end(), [](const InitialRun& a, const InitialRun& b) { return a.seconds < b.seconds; });
    reportInitial(runs[runs.size() / 2], repeats);
    curlCeiling(srv.url(), dir + u"/cert.pem"_s, token, kInitialPage, dir);
    return true;
}

QStringList customerIds(Database& db) {
    QSqlQuery ids = db.prepare(u"SELECT id FROM customers WHERE deleted = 0 ORDER BY id"_s);
    ids.exec();
    QStringList customers;
    while (ids.next())
        customers << ids.value(0).toString();
    return customers;
}

// 1,000 offline edits on one device, pushed, then pulled by a second device of the same rep.
bool incremental(const SyncEndpoint& e, const QString& dir, const QStringList& rep) {
    out << "incremental: 1,000 offline edits on one device, visible on a second:\n";
    Device a(dir + u"/rep-a.sqlite"_s, e);
    Device b(dir + u"/rep-b.sqlite"_s, e);
    if (!a.signIn(rep.value(0), rep.value(1)) || !b.signIn(rep.value(0), rep.value(1)))
        return false;
    a.sync();
    b.sync();
    const QStringList customers = customerIds(*a.db);
    if (customers.isEmpty())
        return false;
    QList<EntityWrite> writes;
    for (int i = 0; i < 1000; ++i)
        writes << EntityWrite{
            u"customers"_s, customers.at(i % customers.size()), {{u"tags"_s, u"bench-%1"_s.arg(i)}}, false};
    for (const EntityWrite& w : std::as_const(writes))
        (void)a.store->apply({w});
    QElapsedTimer t;
    t.start();
    const SyncReport pushed = a.sync();
    const double pushS = t.nsecsElapsed() / 1e9;
    const SyncReport pulled = b.sync();
    const double totalS = t.nsecsElapsed() / 1e9;
    QSqlQuery last = b.db->prepare(u"SELECT tags FROM customers WHERE id = ?"_s);
    last.addBindValue(customers.at(999 % customers.size()));
    last.exec();
    const bool visible = last.next() && last.value(0).toString() == u"bench-999"_s;
    out << "  pushed " << pushed.pushed << " entries in " << QString::number(pushS, 'f', 2)
        << " s; second device pulled " << pulled.pulled << " rows; end to end " << QString::number(totalS, 'f', 2)
        << " s; last edit visible: " << (visible ? "yes" : "NO") << "\n";
    out.flush();
    return true;
}

// The initial sync and the incremental edits on a demo organisation. Returns the exit code when the benchmark
// stops here (an error, or --initial-only), else nothing.
std::optional<int> initialAndIncremental(const QCommandLineParser& p, const QString& dir) {
    const QString store = dir + u"/demo.sqlite"_s;
    QByteArray demoOut;
    if (!prepareStore(p, store, demoOut))
        return 2;
    const QMap<QString, QString> accounts = parseAccounts(demoOut);
    Server srv(store, dir);
    if (!srv.start())
        return 2;
    const SyncEndpoint e = *SyncEndpoint::make(srv.url(), dir + u"/cert.pem"_s);
    if (!initialSyncs(p, srv, e, dir, accounts.value(u"supervisor"_s).split(u'\t')))
        return 2;
    if (p.isSet(u"initial-only"_s))
        return 0;
    if (!incremental(e, dir, accounts.value(u"rep"_s).split(u'\t')))
        return 2;
    return std::nullopt;
}

// The concurrent pushers on a new database of the PostgreSQL cluster at `url`, dropped after.
bool postgresPushers(const QString& url, const QString& dir) {
    const QUrl base(url);
    const QString name = u"stride_bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        admin.setHostName(base.host());
        admin.setPort(base.port(5432));
        admin.setUserName(base.userName());
        admin.setDatabaseName(base.path().mid(1));
        if (!admin.open() || !QSqlQuery(admin).exec(u"CREATE DATABASE "_s + name)) {
            fprintf(stderr, "cannot create a PostgreSQL database: %s\n", qPrintable(admin.lastError().text()));
            return false;
        }
        QUrl mine(base);
        mine.setPath(u"/"_s + name);
        concurrentPushers(mine.toString(), dir, u"PostgreSQL"_s);
        QSqlQuery(admin).exec(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name));
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    // As the app does: the client runs in this process.
    ProcessMemory::tune();
    ProcessMemory::hugePageCacheForSqlite(ProcessMemory::kAppPageCacheMegabytes);
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"customers"_s, u"demo organisation size"_s, u"N"_s, u"100000"_s});
    p.addOption({u"pg"_s, u"PostgreSQL cluster URL for the concurrent benchmark"_s, u"URL"_s});
    p.addOption({u"skip-initial"_s, u"only the concurrent pushers"_s});
    p.addOption({u"store"_s, u"reuse a store made by `stride-server demo` (with --accounts)"_s, u"FILE"_s});
    p.addOption({u"accounts"_s, u"the demo command's output saved to a file"_s, u"FILE"_s});
    p.addOption({u"initial-only"_s, u"only the initial sync (and its curl ceiling)"_s});
    p.addOption(
        {u"repeat"_s, u"initial syncs to run, each into a new replica; the median is reported"_s, u"N"_s, u"1"_s});
    p.addOption({u"warm-server"_s, u"pull the scope once with curl, untimed, before the initial sync"_s});
    p.process(app);
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    if (!makeCertificate(dir))
        return 2;
    if (!p.isSet(u"skip-initial"_s)) {
        if (const std::optional<int> stop = initialAndIncremental(p, dir))
            return *stop;
    }
    out << "concurrent pushers (fresh stores):\n";
    out.flush();
    concurrentPushers(dir + u"/concurrent.sqlite"_s, dir, u"SQLite"_s);
    if (p.isSet(u"pg"_s) && !postgresPushers(p.value(u"pg"_s), dir))
        return 2;
    return 0;
}
