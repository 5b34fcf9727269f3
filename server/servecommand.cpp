#include "servecommand.h"

#include "authservice.h"
#include "commandline.h"
#include "httpapi.h"
#include "orgaggregateservice.h"
#include "serverdatabase.h"
#include "storeidentity.h"
#include "syncservice.h"
#include "webhooksender.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <optional>
#include <pthread.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

void declareOptions(QCommandLineParser& p) {
    p.setApplicationDescription(u"Serve the sync API over HTTPS until SIGTERM"_s);
    p.addHelpOption();
    p.addOption({u"db"_s, u"SQLite file or postgresql://user@host:port/db"_s, u"URL"_s});
    p.addOption({u"listen"_s, u"address:port to listen on (port 0: any free port)"_s, u"ADDR"_s, u"127.0.0.1:8443"_s});
    p.addOption({u"cert"_s, u"TLS certificate chain (PEM)"_s, u"FILE"_s});
    p.addOption({u"key"_s, u"TLS private key (PEM)"_s, u"FILE"_s});
    p.addOption({u"insecure-http"_s, u"serve plain HTTP (only behind a TLS-terminating reverse proxy)"_s});
    p.addOption({u"workers"_s, u"worker threads"_s, u"N"_s, u"8"_s});
    p.addOption({u"max-body"_s, u"largest accepted request body in bytes"_s, u"BYTES"_s, u"16777216"_s});
    p.addOption({u"timeout"_s, u"read/write timeout in seconds"_s, u"SECS"_s, u"30"_s});
    p.addOption({u"access-ttl"_s, u"lifetime of access tokens in seconds"_s, u"SECS"_s, u"900"_s});
    p.addOption({u"page-bytes"_s, u"largest pull page in bytes"_s, u"BYTES"_s, u"8388608"_s});
    p.addOption({u"webhook"_s, u"URL that receives opportunity stage events (JSON POST)"_s, u"URL"_s});
    p.addOption({u"webhook-stages"_s, u"comma-separated stages that post an event"_s, u"STAGES"_s, u"won"_s});
    p.addOption({u"webhook-ca"_s, u"CA file to verify the webhook receiver"_s, u"FILE"_s});
    p.addOption({u"aggregates"_s, u"compute the organisation's aggregates (on or off)"_s, u"ON"_s, u"on"_s});
    p.addOption({u"aggregates-debounce"_s, u"milliseconds after the last push before they are recomputed"_s, u"MS"_s,
                 u"2000"_s});
    p.addOption({u"aggregates-every"_s, u"seconds between scheduled recomputations (0: none)"_s, u"SECS"_s, u"3600"_s});
}

struct ListenAddress {
    std::string host;
    int port = 0;
};

// --listen ADDRESS:PORT (port 0: any free port).
std::optional<ListenAddress> parseListen(const QString& listen) {
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port < 0 || port > 65535)
        return std::nullopt;
    return ListenAddress{listen.left(colon).toStdString(), port};
}

HttpLimits limitsOf(const QCommandLineParser& p) {
    HttpLimits limits;
    limits.workers = std::max(1, p.value(u"workers"_s).toInt());
    limits.maxBodyBytes = size_t(std::max<qint64>(1024, p.value(u"max-body"_s).toLongLong()));
    limits.readTimeoutSecs = limits.writeTimeoutSecs = std::max(1, p.value(u"timeout"_s).toInt());
    return limits;
}

// The organisation's figures (OrgAggregateService): computed now, after the pushes that change their inputs, and on
// a schedule. Null with --aggregates off.
std::unique_ptr<OrgAggregateService> startAggregates(const QCommandLineParser& p, ServerDatabase& db, SyncService& sync,
                                                     QTextStream& err) {
    if (p.value(u"aggregates"_s) == u"off"_s)
        return nullptr;
    auto aggregates = std::make_unique<OrgAggregateService>(db, sync);
    OrgAggregateService* service = aggregates.get();
    sync.setChangeListener([service](const QStringList& entities) { service->inputsChanged(entities); });
    const Status started =
        aggregates->start(std::chrono::milliseconds(std::max(0, p.value(u"aggregates-debounce"_s).toInt())),
                          std::chrono::seconds(std::max(0, p.value(u"aggregates-every"_s).toInt())));
    if (!started)
        err << "stride-server: " << started.error() << " (retried after the next push)\n";
    return aggregates;
}

// A TLS server on --cert and --key, or plain HTTP with --insecure-http; the error names the file or the problem.
Result<std::unique_ptr<httplib::Server>> makeServer(const QCommandLineParser& p, bool insecure, QTextStream& err) {
    if (insecure) {
        err << "stride-server: WARNING: serving plain HTTP; passwords and data cross the network unencrypted. Use "
               "this only behind a TLS-terminating reverse proxy on the same host.\n";
        err.flush();
        return std::make_unique<httplib::Server>();
    }
    for (const QString& f : {p.value(u"cert"_s), p.value(u"key"_s)}) {
        if (!QFileInfo(f).isReadable())
            return fail(u"cannot read %1"_s.arg(f));
    }
    auto ssl = std::make_unique<httplib::SSLServer>(p.value(u"cert"_s).toLocal8Bit().constData(),
                                                    p.value(u"key"_s).toLocal8Bit().constData());
    if (!ssl->is_valid())
        return fail(u"the certificate or key is not valid PEM, or they do not match"_s);
    return std::unique_ptr<httplib::Server>(std::move(ssl));
}

// Binds (the port actually bound, or -1) with SIGTERM and SIGINT blocked, so that only the stopping thread takes them.
int bindBlockingStopSignals(httplib::Server& server, const ListenAddress& at, sigset_t& stopSignals) {
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    if (at.port == 0)
        return server.bind_to_any_port(at.host);
    return server.bind_to_port(at.host, at.port) ? at.port : -1;
}

// Serves until SIGTERM/SIGINT, which one thread takes (sigwait) to stop the listener; in-flight requests finish.
bool serveUntilStopped(httplib::Server& server, sigset_t& stopSignals) {
    std::thread signalThread([&server, &stopSignals] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        server.stop();
    });
    const bool clean = server.listen_after_bind();
    // Wakes the signal thread from sigwait(), where SIGTERM is blocked and awaited: it ends it, never kills it.
    pthread_kill(signalThread.native_handle(), SIGTERM); // NOLINT(bugprone-bad-signal-to-kill-thread)
    signalThread.join();
    return clean || !server.is_running();
}

// Runs the services and the listener on an open store until a stop signal.
int serve(const QCommandLineParser& p, ServerDatabase& db, const QString& instance,
          const QMap<QString, qint64>& restoredFrom, const ListenAddress& at, const HttpLimits& limits) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    AuthService auth(db, std::max<qint64>(1, p.value(u"access-ttl"_s).toLongLong()));
    SyncService sync(db);
    sync.setMaxPageBytes(std::max<qint64>(qint64(16) * 1024, p.value(u"page-bytes"_s).toLongLong()));
    std::unique_ptr<WebhookSender> webhook;
    if (p.isSet(u"webhook"_s)) {
        sync.setWebhookStages(p.value(u"webhook-stages"_s).split(u',', Qt::SkipEmptyParts));
        webhook = std::make_unique<WebhookSender>(db, p.value(u"webhook"_s), p.value(u"webhook-ca"_s));
    }
    std::unique_ptr<OrgAggregateService> aggregates = startAggregates(p, db, sync, err);
    const bool insecure = p.isSet(u"insecure-http"_s);
    Result<std::unique_ptr<httplib::Server>> server = makeServer(p, insecure, err);
    if (!server) {
        err << "stride-server: " << server.error() << '\n';
        return 2;
    }
    HttpApi api(auth, sync, instance, restoredFrom);
    api.install(**server, limits);
    sigset_t stopSignals;
    const int bound = bindBlockingStopSignals(**server, at, stopSignals);
    if (bound <= 0) {
        err << "stride-server: cannot listen on " << p.value(u"listen"_s) << '\n';
        return 2;
    }
    out << "stride-server listening on " << (insecure ? "http" : "https") << "://" << QString::fromStdString(at.host)
        << ':' << bound << " (db " << db.displayUrl() << ", " << limits.workers << " workers)\n";
    out.flush();
    if (webhook)
        webhook->start();
    const bool clean = serveUntilStopped(**server, stopSignals);
    if (webhook)
        webhook->stop();
    if (aggregates)
        aggregates->stop();
    err << "stride-server: stopped\n";
    return clean ? 0 : 2;
}

} // namespace

int ServeCommand::run(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    declareOptions(p);
    if (const std::optional<int> stop = parseOrAnswer(p, args))
        return *stop;
    const bool insecure = p.isSet(u"insecure-http"_s);
    if (!p.isSet(u"db"_s) || (!insecure && (!p.isSet(u"cert"_s) || !p.isSet(u"key"_s)))) {
        err << "usage: stride-server serve --db URL --listen 127.0.0.1:8443 --cert FILE --key FILE\n";
        return 1;
    }
    const std::optional<ListenAddress> at = parseListen(p.value(u"listen"_s));
    if (!at) {
        err << "stride-server: --listen needs ADDRESS:PORT, not '" << p.value(u"listen"_s) << "'\n";
        return 1;
    }
    const HttpLimits limits = limitsOf(p);
    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(p.value(u"db"_s));
    Result<QString> instance = db ? (*db)->instanceId() : Result<QString>::failure(db.error());
    if (!instance) {
        err << "stride-server: " << instance.error() << '\n';
        return 2;
    }
    Result<QMap<QString, qint64>> restoredFrom = StoreIdentity::restoredFrom(**db);
    if (!restoredFrom) {
        err << "stride-server: " << restoredFrom.error() << '\n';
        return 2;
    }
    return serve(p, **db, *instance, *restoredFrom, *at, limits);
}

} // namespace Stride::Server
