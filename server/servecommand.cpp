#include "servecommand.h"

#include "authservice.h"
#include "commandline.h"
#include "fileclock.h"
#include "httpapi.h"
#include "httpserver.h"
#include "orgaggregateservice.h"
#include "passwordhasher.h"
#include "serverdatabase.h"
#include "storeidentity.h"
#include "syncservice.h"
#include "webhooksender.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <csignal>
#include <memory>
#include <optional>
#include <pthread.h>
#include <sys/resource.h>

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
    p.addOption(
        {u"workers"_s, u"worker threads (each an event loop over its share of the connections)"_s, u"N"_s, u"8"_s});
    p.addOption({u"max-body"_s, u"largest push body in bytes, once inflated"_s, u"BYTES"_s, u"16777216"_s});
    p.addOption({u"max-small-body"_s, u"largest body of any other request (sign-in, refresh...) in bytes"_s, u"BYTES"_s,
                 u"65536"_s});
    p.addOption({u"timeout"_s, u"seconds a connection may stay idle (no byte in or out)"_s, u"SECS"_s, u"30"_s});
    p.addOption({u"max-connections"_s, u"open connections in all"_s, u"N"_s, u"1000"_s});
    p.addOption(
        {u"max-connections-per-address"_s, u"open connections per client address (0: no limit)"_s, u"N"_s, u"0"_s});
    p.addOption({u"trusted-proxy"_s, u"address of a reverse proxy whose X-Forwarded-For is believed"_s, u"ADDR"_s});
    p.addOption({u"access-ttl"_s, u"lifetime of access tokens in seconds"_s, u"SECS"_s, u"900"_s});
    p.addOption({u"page-bytes"_s, u"largest pull page in bytes"_s, u"BYTES"_s, u"8388608"_s});
    p.addOption({u"webhook"_s, u"URL that receives opportunity stage events (JSON POST)"_s, u"URL"_s});
    p.addOption({u"webhook-stages"_s, u"comma-separated stages that post an event"_s, u"STAGES"_s, u"won"_s});
    p.addOption({u"webhook-ca"_s, u"CA file to verify the webhook receiver"_s, u"FILE"_s});
    p.addOption({u"aggregates"_s, u"compute the organisation's aggregates (on or off)"_s, u"ON"_s, u"on"_s});
    p.addOption({u"aggregates-debounce"_s, u"milliseconds after the last push before they are recomputed"_s, u"MS"_s,
                 u"2000"_s});
    p.addOption({u"aggregates-every"_s, u"seconds between scheduled recomputations (0: none)"_s, u"SECS"_s, u"3600"_s});
    // Tests only: the clock of sign-in throttling, the audit trail and token lifetimes, read from a file.
    QCommandLineOption clockFile(u"clock-file"_s, u"tests: the time (seconds since the epoch) read from FILE"_s,
                                 u"FILE"_s);
    clockFile.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(clockFile);
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
    limits.maxBodyBytes = size_t(std::max<qint64>(1024, p.value(u"max-body"_s).toLongLong()));
    limits.maxSmallBodyBytes = size_t(std::max<qint64>(1024, p.value(u"max-small-body"_s).toLongLong()));
    return limits;
}

HttpServerOptions serverOptionsOf(const QCommandLineParser& p, const ListenAddress& at) {
    HttpServerOptions o;
    o.host = at.host;
    o.port = at.port;
    o.threads = std::max(1, p.value(u"workers"_s).toInt());
    o.idleTimeoutSecs = std::max(1, p.value(u"timeout"_s).toInt());
    o.maxConnections = unsigned(std::max(16, p.value(u"max-connections"_s).toInt()));
    o.maxConnectionsPerAddress = unsigned(std::max(0, p.value(u"max-connections-per-address"_s).toInt()));
    o.trustedProxy = p.value(u"trusted-proxy"_s).toStdString();
    return o;
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

// Reads --cert and --key into `o` (nothing with --insecure-http); the error names the file or the problem.
Status loadTls(const QCommandLineParser& p, bool insecure, HttpServerOptions& o, QTextStream& err) {
    if (insecure) {
        err << "stride-server: WARNING: serving plain HTTP; passwords and data cross the network unencrypted. Use "
               "this only behind a TLS-terminating reverse proxy on the same host.\n";
        err.flush();
        return {};
    }
    QByteArray pem[2];
    const QString files[2] = {p.value(u"cert"_s), p.value(u"key"_s)};
    for (int i = 0; i < 2; ++i) {
        QFile f(files[i]);
        if (!QFileInfo(files[i]).isReadable() || !f.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1"_s.arg(files[i]));
        pem[i] = f.readAll();
    }
    // Checked here so that the error says what is wrong with the files rather than that the listener failed.
    BIO* certBio = BIO_new_mem_buf(pem[0].constData(), int(pem[0].size()));
    BIO* keyBio = BIO_new_mem_buf(pem[1].constData(), int(pem[1].size()));
    X509* cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    const bool matching = cert != nullptr && key != nullptr && X509_check_private_key(cert, key) == 1;
    EVP_PKEY_free(key);
    X509_free(cert);
    BIO_free(keyBio);
    BIO_free(certBio);
    if (!matching)
        return fail(u"the certificate or key is not valid PEM, or they do not match"_s);
    o.certPem = pem[0].toStdString();
    o.keyPem = pem[1].toStdString();
    return {};
}

// Each open connection is a file descriptor: the soft limit (often 1,024) is raised to the hard one so that
// --max-connections is what bounds them.
void raiseDescriptorLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// Blocks SIGTERM and SIGINT in this thread and in every thread started after (the server's), so that only
// sigwait() takes them.
void blockStopSignals(sigset_t& stopSignals) {
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

// Runs the services and the listener on an open store until a stop signal.
int serve(const QCommandLineParser& p, ServerDatabase& db, const QString& instance,
          const QMap<QString, qint64>& restoredFrom, const ListenAddress& at, const HttpLimits& limits) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    sigset_t stopSignals;
    blockStopSignals(stopSignals);
    raiseDescriptorLimit();
    AuthService auth(db, std::max<qint64>(1, p.value(u"access-ttl"_s).toLongLong()));
    const FileClock clock(p.value(u"clock-file"_s));
    auth.setClock(clock);
    if (p.isSet(u"clock-file"_s))
        err << "stride-server: WARNING: the clock is read from " << p.value(u"clock-file"_s) << " (a test setting)\n";
    if (PasswordHasher::iterations() != PasswordHasher::kIterations)
        err << "stride-server: WARNING: new password hashes get " << PasswordHasher::iterations()
            << " PBKDF2 iterations instead of " << PasswordHasher::kIterations << " ("
            << PasswordHasher::kIterationsVariable << " is a test setting)\n";
    err.flush();
    SyncService sync(db);
    sync.setMaxPageBytes(std::max<qint64>(qint64(16) * 1024, p.value(u"page-bytes"_s).toLongLong()));
    std::unique_ptr<WebhookSender> webhook;
    if (p.isSet(u"webhook"_s)) {
        sync.setWebhookStages(p.value(u"webhook-stages"_s).split(u',', Qt::SkipEmptyParts));
        webhook = std::make_unique<WebhookSender>(db, p.value(u"webhook"_s), p.value(u"webhook-ca"_s));
    }
    std::unique_ptr<OrgAggregateService> aggregates = startAggregates(p, db, sync, err);
    const bool insecure = p.isSet(u"insecure-http"_s);
    HttpServerOptions options = serverOptionsOf(p, at);
    if (const Status tls = loadTls(p, insecure, options, err); !tls) {
        err << "stride-server: " << tls.error() << '\n';
        return 2;
    }
    HttpApi api(auth, sync, instance, limits, restoredFrom);
    HttpServer server(api, options);
    const Result<int> bound = server.start();
    if (!bound) {
        err << "stride-server: cannot listen on " << p.value(u"listen"_s) << ": " << bound.error() << '\n';
        return 2;
    }
    out << "stride-server listening on " << (insecure ? "http" : "https") << "://" << QString::fromStdString(at.host)
        << ':' << *bound << " (db " << db.displayUrl() << ", " << options.threads << " workers)\n";
    out.flush();
    if (webhook)
        webhook->start();
    // Serves until SIGTERM/SIGINT; stopping joins the server's threads, each closing its store connection.
    int sig = 0;
    sigwait(&stopSignals, &sig);
    server.stop();
    if (webhook)
        webhook->stop();
    if (aggregates)
        aggregates->stop();
    err << "stride-server: stopped\n";
    return 0;
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
