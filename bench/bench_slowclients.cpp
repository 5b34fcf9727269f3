// bench-slowclients [--server BINARY] [--front nginx] [--slow N] [--kind mixed|handshake|headers|body]
//                   [--probes N] [--budget SECS] [--workers N]
// How long /health takes on a real stride-server (HTTPS on 127.0.0.1, a fresh store) while N slow clients hold
// connections open: stalled TLS handshakes (a TCP connection with nothing or the first bytes of a ClientHello),
// requests with half their headers, requests with half their body. Each probe is a new TLS connection (handshake
// included) sending GET /api/v1/health; the figures are the median and max over the probes, the probes that got no
// answer within --budget, the CPU time of the server and of this program, and the load average. With --front
// nginx the server speaks plain HTTP on loopback behind an nginx that terminates TLS (the config is
// server/nginx-stride.conf with its placeholders filled). --server picks the binary, e.g. an older build for the
// baseline. Issue 17; the figures are in docs/http-layer.md.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString loadAverage() {
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : u"?"_s;
}

// utime + stime of a process, in seconds.
double processCpu(qint64 pid) {
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString stat = QString::fromLatin1(f.readAll());
    const QStringList fields = stat.mid(stat.lastIndexOf(u')') + 2).split(u' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// The CPU of a process and its children (nginx's workers).
double treeCpu(qint64 pid) {
    double total = processCpu(pid);
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString& e : entries) {
        QFile f(u"/proc/%1/stat"_s.arg(e));
        if (!e.front().isDigit() || !f.open(QIODevice::ReadOnly))
            continue;
        const QString stat = QString::fromLatin1(f.readAll());
        if (stat.mid(stat.lastIndexOf(u')') + 2).split(u' ').value(1).toLongLong() == pid)
            total += processCpu(e.toLongLong());
    }
    return total;
}

double selfCpu() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool run(const QString& program, const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench-slowclients: %s failed: %s\n", qPrintable(program),
                     (p.readAllStandardError() + p.readAllStandardOutput()).constData());
        return false;
    }
    return true;
}

// Waits (processing events) until `ready` holds or `ms` have passed.
template <typename F> bool waitFor(F ready, int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (ready())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return false;
}

struct Probe {
    bool answered = false;
    qint64 ms = 0;
};

Probe probe(int port, const QList<QSslCertificate>& ca, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    QSslSocket s;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    s.setSslConfiguration(tls);
    s.connectToHostEncrypted(u"127.0.0.1"_s, quint16(port));
    if (!s.waitForEncrypted(timeoutMs))
        return {false, t.elapsed()};
    s.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray in;
    while (t.elapsed() < timeoutMs && !in.contains("\"status\":\"ok\"")) {
        if (!s.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - t.elapsed()))))
            break;
        in += s.readAll();
    }
    return {in.startsWith("HTTP/1.1 200") && in.contains("\"status\":\"ok\""), t.elapsed()};
}

// nginx in front on `port`, passing to `backendPort`, from the config template with its placeholders filled; run as
// a foreground child with everything in `dir`.
bool startNginx(QProcess& nginx, const QString& confTemplate, const QTemporaryDir& dir, int port, int backendPort) {
    QFile in(confTemplate);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench-slowclients: cannot read %s\n", qPrintable(in.fileName()));
        return false;
    }
    QString conf = QString::fromUtf8(in.readAll());
    conf.replace(u"@LISTEN@"_s, u"127.0.0.1:%1"_s.arg(port))
        .replace(u"@BACKEND@"_s, u"127.0.0.1:%1"_s.arg(backendPort))
        .replace(u"@CERT@"_s, dir.filePath(u"cert.pem"_s))
        .replace(u"@KEY@"_s, dir.filePath(u"key.pem"_s));
    conf.prepend(u"daemon off;\npid %1/nginx.pid;\nerror_log %1/nginx-error.log;\n"_s.arg(dir.path()));
    QFile out(dir.filePath(u"nginx.conf"_s));
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(conf.toUtf8());
    out.close();
    nginx.setProcessChannelMode(QProcess::ForwardedChannels);
    nginx.start(u"nginx"_s, {u"-p"_s, dir.path(), u"-c"_s, out.fileName()});
    return nginx.waitForStarted(10000);
}

struct SlowClients {
    std::vector<std::unique_ptr<QTcpSocket>> plain;  // stalled TLS handshakes
    std::vector<std::unique_ptr<QSslSocket>> secure; // half-sent requests, once through their handshake
    int encrypted = 0;
};

void openSlowClients(SlowClients& c, int port, const QList<QSslCertificate>& ca, int slow, const QString& kind) {
    for (int i = 0; i < slow; ++i) {
        const bool handshake = kind == u"handshake"_s || (kind == u"mixed"_s && i % 3 == 0);
        if (handshake) {
            c.plain.push_back(std::make_unique<QTcpSocket>());
            c.plain.back()->connectToHost(u"127.0.0.1"_s, quint16(port));
        } else {
            auto s = std::make_unique<QSslSocket>();
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(ca);
            s->setSslConfiguration(tls);
            s->connectToHostEncrypted(u"127.0.0.1"_s, quint16(port));
            c.secure.push_back(std::move(s));
        }
    }
    waitFor(
        [&] {
            return std::all_of(c.plain.begin(), c.plain.end(),
                               [](auto& s) { return s->state() == QAbstractSocket::ConnectedState; });
        },
        10000);
    for (size_t i = 0; i < c.plain.size(); ++i) {
        if (i % 2 == 0)
            c.plain[i]->write(QByteArray::fromHex("1603010200")); // the start of a ClientHello, and no more
    }
    // TLS handshakes a stuck server never finishes are given 10 s; those that finish send half a request.
    waitFor([&] { return std::all_of(c.secure.begin(), c.secure.end(), [](auto& s) { return s->isEncrypted(); }); },
            10000);
    for (size_t i = 0; i < c.secure.size(); ++i) {
        if (!c.secure[i]->isEncrypted())
            continue;
        ++c.encrypted;
        const bool body = kind == u"body"_s || (kind == u"mixed"_s && i % 2 == 1);
        c.secure[i]->write(body ? QByteArray("POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nStride-Protocol: 1\r\n"
                                             "Content-Length: 1000\r\n\r\n{\"protocol\":1,\"user\":")
                                : QByteArray("POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nStride-Pro"));
    }
    waitFor([] { return false; }, 300); // lets the writes leave
}

struct Probes {
    std::vector<qint64> ms; // sorted
    int unanswered = 0;
    qint64 wallMs = 0;
};

Probes runProbes(int port, const QList<QSslCertificate>& ca, int probes, qint64 budgetMs) {
    Probes out;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < probes && wall.elapsed() < budgetMs; ++i) {
        const Probe r = probe(port, ca, int(std::max<qint64>(1000, budgetMs - wall.elapsed())));
        QCoreApplication::processEvents(); // the slow sockets stay serviced
        if (r.answered)
            out.ms.push_back(r.ms);
        else
            ++out.unanswered;
    }
    std::sort(out.ms.begin(), out.ms.end());
    out.wallMs = wall.elapsed();
    return out;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"server"_s, u"stride-server binary"_s, u"BINARY"_s,
                 qEnvironmentVariable("STRIDE_BINARY_DIR", u"build"_s) + u"/server/stride-server"_s});
    p.addOption({u"front"_s, u"a reverse proxy in front: nginx (or none)"_s, u"PROXY"_s, u"none"_s});
    p.addOption({u"nginx-conf"_s, u"the nginx config template"_s, u"FILE"_s,
                 qEnvironmentVariable("STRIDE_SOURCE_DIR", u"."_s) + u"/server/nginx-stride.conf"_s});
    p.addOption({u"slow"_s, u"slow connections held open"_s, u"N"_s, u"100"_s});
    p.addOption({u"kind"_s, u"mixed, handshake, headers or body"_s, u"KIND"_s, u"mixed"_s});
    p.addOption({u"probes"_s, u"/health probes"_s, u"N"_s, u"50"_s});
    p.addOption({u"budget"_s, u"seconds for all probes; one probe waits at most this long"_s, u"SECS"_s, u"120"_s});
    p.addOption({u"workers"_s, u"the server's --workers"_s, u"N"_s, u"8"_s});
    p.process(app);
    const int slow = p.value(u"slow"_s).toInt();
    const QString kind = p.value(u"kind"_s);
    const int probes = p.value(u"probes"_s).toInt();
    const qint64 budgetMs = p.value(u"budget"_s).toLongLong() * 1000;
    const bool nginx = p.value(u"front"_s) == u"nginx"_s;

    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    const QString db = dir.filePath(u"store.sqlite"_s);
    const QString server = p.value(u"server"_s);
    if (!run(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                            u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                            u"-keyout"_s, key, u"-out"_s, cert}) ||
        !run(server, {u"init"_s, u"--db"_s, db, u"--name"_s, u"Bench"_s}))
        return 2;

    // The server (TLS itself, or plain HTTP behind nginx), then nginx.
    const int port = freePort();
    const int backendPort = nginx ? freePort() : port;
    QStringList args{u"serve"_s,
                     u"--db"_s,
                     db,
                     u"--listen"_s,
                     u"127.0.0.1:%1"_s.arg(backendPort),
                     u"--workers"_s,
                     p.value(u"workers"_s),
                     u"--aggregates"_s,
                     u"off"_s};
    if (nginx)
        args << u"--insecure-http"_s;
    else
        args << u"--cert"_s << cert << u"--key"_s << key;
    QProcess serverProcess;
    serverProcess.setStandardErrorFile(dir.filePath(u"server.log"_s));
    serverProcess.start(server, args);
    if (!waitFor([&] { return serverProcess.readAllStandardOutput().contains("listening on"); }, 20000)) {
        std::fprintf(stderr, "bench-slowclients: the server did not start\n");
        return 2;
    }
    QProcess nginxProcess;
    if (nginx && !startNginx(nginxProcess, p.value(u"nginx-conf"_s), dir, port, backendPort))
        return 2;
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(cert);
    if (!waitFor([&] { return probe(port, ca, 2000).answered; }, 20000)) {
        std::fprintf(stderr, "bench-slowclients: /health does not answer before the slow clients\n");
        return 2;
    }
    const Probe idle = probe(port, ca, 5000);

    SlowClients clients;
    openSlowClients(clients, port, ca, slow, kind);
    std::printf("slow connections: %d (%zu stalled handshakes, %d half-sent requests, %zu handshakes not finished "
                "within 10 s)\n",
                slow, clients.plain.size(), clients.encrypted, clients.secure.size() - size_t(clients.encrypted));

    const double frontCpu0 = nginx ? treeCpu(nginxProcess.processId()) : 0;
    const double backendCpu0 = processCpu(serverProcess.processId());
    const double selfCpu0 = selfCpu();
    const Probes run = runProbes(port, ca, probes, budgetMs);
    const double frontCpu = nginx ? treeCpu(nginxProcess.processId()) - frontCpu0 : 0;
    const double backendCpu = processCpu(serverProcess.processId()) - backendCpu0;
    std::printf("server: %s%s, --workers %s, kind %s\n", qPrintable(server), nginx ? " behind nginx" : "",
                qPrintable(p.value(u"workers"_s)), qPrintable(kind));
    std::printf("/health idle: %lld ms\n", idle.ms);
    if (run.ms.empty())
        std::printf("/health with the slow clients: no answer in %lld ms (%d probes)\n", run.wallMs, run.unanswered);
    else
        std::printf("/health with the slow clients: %zu answered, median %lld ms, max %lld ms; %d unanswered; "
                    "%lld ms in all\n",
                    run.ms.size(), run.ms[run.ms.size() / 2], run.ms.back(), run.unanswered, run.wallMs);
    std::printf("CPU during the probes: server %.2f s%s, bench %.2f s; load average %s\n", backendCpu,
                nginx ? qPrintable(u", nginx %1 s"_s.arg(frontCpu, 0, 'f', 2)) : "", selfCpu() - selfCpu0,
                qPrintable(loadAverage()));

    clients = SlowClients();
    if (nginx) {
        nginxProcess.terminate();
        nginxProcess.waitForFinished(5000);
    }
    serverProcess.terminate();
    if (!serverProcess.waitForFinished(15000))
        serverProcess.kill();
    return run.ms.empty() ? 1 : 0;
}
