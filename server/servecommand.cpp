#include "servecommand.h"

#include "authservice.h"
#include "httpapi.h"
#include "orgaggregateservice.h"
#include "serverdatabase.h"
#include "syncservice.h"
#include "webhooksender.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <pthread.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace Stride::Server {

int ServeCommand::run(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
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
    if (!p.parse(args)) {
        err << p.errorText() << '\n';
        return 1;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText();
        return 0;
    }
    const bool insecure = p.isSet(u"insecure-http"_s);
    if (!p.isSet(u"db"_s) || (!insecure && (!p.isSet(u"cert"_s) || !p.isSet(u"key"_s)))) {
        err << "usage: stride-server serve --db URL --listen 127.0.0.1:8443 --cert FILE --key FILE\n";
        return 1;
    }
    const QString listen = p.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port < 0 || port > 65535) {
        err << "stride-server: --listen needs ADDRESS:PORT, not '" << listen << "'\n";
        return 1;
    }
    const std::string host = listen.left(colon).toStdString();
    HttpLimits limits;
    limits.workers = std::max(1, p.value(u"workers"_s).toInt());
    limits.maxBodyBytes = size_t(std::max<qint64>(1024, p.value(u"max-body"_s).toLongLong()));
    limits.readTimeoutSecs = limits.writeTimeoutSecs = std::max(1, p.value(u"timeout"_s).toInt());

    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(p.value(u"db"_s));
    if (!db) {
        err << "stride-server: " << db.error() << '\n';
        return 2;
    }
    Result<QString> instance = (*db)->instanceId();
    if (!instance) {
        err << "stride-server: " << instance.error() << '\n';
        return 2;
    }
    AuthService auth(**db, std::max<qint64>(1, p.value(u"access-ttl"_s).toLongLong()));
    SyncService sync(**db);
    sync.setMaxPageBytes(std::max<qint64>(qint64(16) * 1024, p.value(u"page-bytes"_s).toLongLong()));
    std::unique_ptr<WebhookSender> webhook;
    if (p.isSet(u"webhook"_s)) {
        sync.setWebhookStages(p.value(u"webhook-stages"_s).split(u',', Qt::SkipEmptyParts));
        webhook = std::make_unique<WebhookSender>(**db, p.value(u"webhook"_s), p.value(u"webhook-ca"_s));
    }

    // The organisation's figures (OrgAggregateService): computed now, after the pushes that change their inputs,
    // and on a schedule.
    std::unique_ptr<OrgAggregateService> aggregates;
    if (p.value(u"aggregates"_s) != u"off"_s) {
        aggregates = std::make_unique<OrgAggregateService>(**db, sync);
        sync.setChangeListener([&aggregates](const QStringList& entities) { aggregates->inputsChanged(entities); });
        const Status started =
            aggregates->start(std::chrono::milliseconds(std::max(0, p.value(u"aggregates-debounce"_s).toInt())),
                              std::chrono::seconds(std::max(0, p.value(u"aggregates-every"_s).toInt())));
        if (!started)
            err << "stride-server: " << started.error() << " (retried after the next push)\n";
    }

    std::unique_ptr<httplib::Server> server;
    if (insecure) {
        err << "stride-server: WARNING: serving plain HTTP; passwords and data cross the network unencrypted. Use "
               "this only behind a TLS-terminating reverse proxy on the same host.\n";
        err.flush();
        server = std::make_unique<httplib::Server>();
    } else {
        for (const QString& f : {p.value(u"cert"_s), p.value(u"key"_s)}) {
            if (!QFileInfo(f).isReadable()) {
                err << "stride-server: cannot read " << f << '\n';
                return 2;
            }
        }
        auto ssl = std::make_unique<httplib::SSLServer>(p.value(u"cert"_s).toLocal8Bit().constData(),
                                                        p.value(u"key"_s).toLocal8Bit().constData());
        if (!ssl->is_valid()) {
            err << "stride-server: the certificate or key is not valid PEM, or they do not match\n";
            return 2;
        }
        server = std::move(ssl);
    }
    HttpApi api(auth, sync, *instance);
    api.install(*server, limits);

    // SIGTERM/SIGINT are taken by one thread (sigwait) that stops the listener; in-flight requests finish.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    int bound = port;
    if (port == 0)
        bound = server->bind_to_any_port(host);
    else if (!server->bind_to_port(host, port))
        bound = -1;
    if (bound <= 0) {
        err << "stride-server: cannot listen on " << listen << '\n';
        return 2;
    }
    out << "stride-server listening on " << (insecure ? "http" : "https") << "://" << QString::fromStdString(host)
        << ':' << bound << " (db " << (*db)->displayUrl() << ", " << limits.workers << " workers)\n";
    out.flush();
    if (webhook)
        webhook->start();

    std::thread signalThread([&server, &stopSignals] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        server->stop();
    });
    const bool clean = server->listen_after_bind();
    // Wakes the signal thread from sigwait(), where SIGTERM is blocked and awaited: it ends it, never kills it.
    pthread_kill(signalThread.native_handle(), SIGTERM); // NOLINT(bugprone-bad-signal-to-kill-thread)
    signalThread.join();
    if (webhook)
        webhook->stop();
    if (aggregates)
        aggregates->stop();
    err << "stride-server: stopped\n";
    return clean || !server->is_running() ? 0 : 2;
}

} // namespace Stride::Server
