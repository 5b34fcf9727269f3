#include "serverfixture.h"

#include "storage/schema.h"
#include "storage/textsearch.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stride::Test {

namespace {

QString normalisedValue(const QVariant& v, FieldType type) {
    if (!v.isValid() || v.isNull())
        return u"\u2205"_s;
    switch (type) {
    case FieldType::Text:
        return u"t:"_s + v.toString();
    case FieldType::Integer:
        return u"i:"_s + QString::number(v.toLongLong());
    case FieldType::Real:
        return u"r:"_s + QString::number(v.toDouble(), 'g', 15);
    }
    return v.toString();
}

QMap<QString, QString> checksumsOf(const std::function<QSqlQuery(const EntityDef&)>& query) {
    QMap<QString, QString> out;
    for (const EntityDef& e : Schema::entities()) {
        QSqlQuery q = query(e);
        QCryptographicHash h(QCryptographicHash::Sha256);
        int rows = 0;
        while (q.next()) {
            QStringList parts{q.value(0).toString(), QString::number(q.value(1).toInt())};
            for (int i = 0; i < e.fields.size(); ++i)
                parts << normalisedValue(q.value(2 + i), e.fields.at(i).type);
            h.addData(parts.join(QChar(0x1f)).toUtf8());
            h.addData("\n");
            ++rows;
        }
        out.insert(e.name, QString::number(rows) + u':' + QString::fromLatin1(h.result().toHex().left(16)));
    }
    return out;
}

QString selectFor(const EntityDef& e, const QString& where) {
    return u"SELECT id, deleted, %1 FROM %2 %3 ORDER BY id"_s.arg(e.fieldNames().join(u", "_s), e.name, where);
}

} // namespace

ServerFixture::ServerFixture() = default;

ServerFixture::~ServerFixture() {
    stop();
    if (!m_storeConnection.isEmpty()) {
        QSqlDatabase::database(m_storeConnection, false).close();
        QSqlDatabase::removeDatabase(m_storeConnection);
    }
    if (!m_pgDatabase.isEmpty()) {
        const QUrl base(qEnvironmentVariable("STRIDE_TEST_POSTGRES"));
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"fixture-drop"_s);
            admin.setHostName(base.host());
            admin.setPort(base.port(5432));
            admin.setUserName(base.userName());
            admin.setDatabaseName(base.path().mid(1).isEmpty() ? u"postgres"_s : base.path().mid(1));
            if (admin.open())
                QSqlQuery(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase), admin);
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"fixture-drop"_s);
    }
}

bool ServerFixture::wantsPostgres() {
    return qEnvironmentVariable("STRIDE_TEST_BACKEND") == u"postgres"_s;
}

QString ServerFixture::serverBinary() {
    return qEnvironmentVariable("STRIDE_BINARY_DIR") + u"/server/stride-server"_s;
}
QString ServerFixture::cliBinary() {
    return qEnvironmentVariable("STRIDE_BINARY_DIR") + u"/app/cli/stride-cli"_s;
}

bool ServerFixture::makeCertificate(const QString& name) {
    QProcess p;
    p.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"30"_s, u"-subj"_s,
             u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s,
             m_dir.filePath(name + u"-key.pem"_s), u"-out"_s, m_dir.filePath(name + u".pem"_s)});
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

QString ServerFixture::setUp(const QStringList& serveArgs) {
    if (!m_dir.isValid())
        return u"no temporary directory"_s;
    if (!QFile::exists(serverBinary()))
        return u"stride-server is not built at "_s + serverBinary();
    if (!makeCertificate(u"cert"_s) || !makeCertificate(u"other"_s))
        return u"the openssl CLI could not make a test certificate"_s;
    m_serveArgs = serveArgs;
    if (!wantsPostgres()) {
        m_dbUrl = m_dir.filePath(u"server.sqlite"_s);
        return {};
    }
    const QString base = qEnvironmentVariable("STRIDE_TEST_POSTGRES");
    if (base.isEmpty())
        return u"STRIDE_TEST_POSTGRES is not set: no PostgreSQL cluster for this run"_s;
    const QUrl u(base);
    m_pgDatabase = u"stride_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"fixture-create"_s);
        admin.setHostName(u.host());
        admin.setPort(u.port(5432));
        admin.setUserName(u.userName());
        admin.setDatabaseName(u.path().mid(1).isEmpty() ? u"postgres"_s : u.path().mid(1));
        if (!admin.open())
            return u"cannot connect to "_s + base + u": "_s + admin.lastError().text();
        QSqlQuery q(admin);
        if (!q.exec(u"CREATE DATABASE %1"_s.arg(m_pgDatabase)))
            return u"cannot create a test database: "_s + q.lastError().text();
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"fixture-create"_s);
    QUrl mine(u);
    mine.setPath(u"/"_s + m_pgDatabase);
    m_dbUrl = mine.toString();
    return {};
}

QProcessEnvironment ServerFixture::serverEnvironment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_passwordIterations > 0)
        env.insert(u"STRIDE_SERVER_PASSWORD_ITERATIONS"_s, QString::number(m_passwordIterations));
    else
        env.remove(u"STRIDE_SERVER_PASSWORD_ITERATIONS"_s);
    return env;
}

int ServerFixture::runServerTool(const QStringList& args, const QByteArray& input, QByteArray* out) {
    QProcess p;
    p.setProcessEnvironment(serverEnvironment());
    p.start(serverBinary(), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool ServerFixture::addTeam(const QString& id, const QString& name) {
    QByteArray out;
    const int rc = runServerTool({u"team"_s, u"add"_s, u"--db"_s, m_dbUrl, u"--id"_s, id, u"--name"_s, name}, {}, &out);
    if (rc != 0)
        qWarning() << "team add failed:" << out;
    return rc == 0;
}

bool ServerFixture::addUser(const QString& name, const QString& role, const QString& team, const QString& rep,
                            const QString& password) {
    if (!team.isEmpty()) {
        QByteArray made;
        const int rc =
            runServerTool({u"team"_s, u"add"_s, u"--db"_s, m_dbUrl, u"--id"_s, team, u"--name"_s, team}, {}, &made);
        if (rc != 0 && !made.contains("already exists")) {
            qWarning() << "team add failed:" << made;
            return false;
        }
    }
    QStringList args{
        u"user"_s, u"add"_s, u"--db"_s, m_dbUrl, u"--name"_s, name, u"--role"_s, role, u"--password-stdin"_s};
    if (!team.isEmpty())
        args << u"--team"_s << team;
    if (!rep.isEmpty())
        args << u"--rep"_s << rep;
    QByteArray out;
    const int rc = runServerTool(args, password.toUtf8() + '\n', &out);
    if (rc != 0)
        qWarning() << "user add failed:" << out;
    return rc == 0;
}

bool ServerFixture::start(int port) {
    stop();
    m_server = std::make_unique<QProcess>();
    m_server->setStandardErrorFile(m_dir.filePath(u"server-%1.log"_s.arg(++m_logIndex)));
    m_server->setProcessEnvironment(serverEnvironment());
    QStringList args{u"serve"_s,
                     u"--db"_s,
                     m_dbUrl,
                     u"--listen"_s,
                     u"127.0.0.1:%1"_s.arg(port),
                     u"--cert"_s,
                     caFile(),
                     u"--key"_s,
                     m_dir.filePath(u"cert-key.pem"_s),
                     u"--workers"_s,
                     u"8"_s};
    // The organisation's aggregates add rows of their own after pushes; the tests about them turn them on (the
    // last --aggregates wins).
    args << u"--aggregates"_s << u"off"_s;
    args += m_serveArgs;
    m_server->start(serverBinary(), args);
    if (!m_server->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(u"listening on https://127\\.0\\.0\\.1:(\\d+)"_s);
    QElapsedTimer t;
    t.start();
    QByteArray seen;
    while (t.elapsed() < 20000) {
        m_server->waitForReadyRead(200);
        seen += m_server->readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(seen));
        if (m.hasMatch()) {
            m_port = m.captured(1).toInt();
            break;
        }
        if (m_server->state() != QProcess::Running)
            return false;
    }
    if (m_port == 0)
        return false;
    // Ready when /health answers over verified TLS.
    QNetworkAccessManager nam;
    while (t.elapsed() < 20000) {
        QNetworkRequest req(QUrl(url() + u"/api/v1/health"_s));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(caFile()));
        req.setSslConfiguration(tls);
        QNetworkReply* reply = nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (ok)
            return true;
        QTest::qWait(50); // polling /health until it answers, not a fixed wait
    }
    return false;
}

int ServerFixture::stop() {
    if (!m_server)
        return -1;
    int code = -1;
    if (m_server->state() == QProcess::Running) {
        m_server->terminate();
        if (m_server->waitForFinished(10000) && m_server->exitStatus() == QProcess::NormalExit) {
            code = m_server->exitCode();
        } else {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
    return code;
}

void ServerFixture::kill() {
    if (!m_server)
        return;
    m_server->kill();
    m_server->waitForFinished(5000);
    m_server.reset();
}

QString ServerFixture::serverLog() const {
    QFile f(m_dir.filePath(u"server-%1.log"_s.arg(m_logIndex)));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void ServerFixture::useStore(const QString& dbUrl) {
    if (!m_storeConnection.isEmpty()) {
        QSqlDatabase::database(m_storeConnection, false).close();
        QSqlDatabase::removeDatabase(m_storeConnection);
        m_storeConnection.clear();
    }
    m_dbUrl = dbUrl;
}

QSqlDatabase ServerFixture::store() {
    if (m_storeConnection.isEmpty()) {
        m_storeConnection = u"fixture-store-"_s + QUuid::createUuid().toString(QUuid::Id128);
        if (wantsPostgres()) {
            const QUrl u(m_dbUrl);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_storeConnection);
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_storeConnection);
            db.setDatabaseName(m_dbUrl);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_storeConnection);
    return db;
}

qint64 ServerFixture::count(const QString& sql, const QVariantList& binds) {
    QSqlQuery q(store());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << "count failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QMap<QString, QString> ServerFixture::checksums(const QString& visRep) {
    return checksumsOf([&](const EntityDef& e) {
        QSqlQuery q(store());
        q.setForwardOnly(true);
        const bool filtered = !visRep.isEmpty() && e.scope != Scope::Org;
        q.prepare(selectFor(e, filtered ? u"WHERE vis_rep = ?"_s : QString()));
        if (filtered)
            q.addBindValue(visRep);
        q.exec();
        return q;
    });
}

QMap<QString, QString> ServerFixture::replicaChecksums(Database& db) {
    return checksumsOf([&](const EntityDef& e) {
        QSqlQuery q = db.prepare(selectFor(e, QString()));
        q.exec();
        return q;
    });
}

QString ServerFixture::searchIndexProblem(Database& db) {
    auto rows = [&db](const QString& sql, QString* error) {
        QStringList out;
        QSqlQuery q = db.prepare(sql);
        if (!q.exec()) {
            *error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 6; ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
        return out;
    };
    QString error;
    const QStringList indexed =
        rows(u"SELECT rowid, title, body, kind, ref_id, customer_id FROM search_index ORDER BY rowid"_s, &error);
    const QStringList expected = rows(TextSearch::entriesSql(), &error);
    if (!error.isEmpty())
        return error;
    if (indexed != expected) {
        for (qsizetype i = 0; i < qMax(indexed.size(), expected.size()); ++i) {
            if (indexed.value(i) != expected.value(i))
                return u"%1 entries, %2 expected; first difference: '%3' instead of '%4'"_s.arg(indexed.size())
                    .arg(expected.size())
                    .arg(indexed.value(i), expected.value(i));
        }
    }
    // The index itself (terms and positions) against the entries.
    if (Status s = db.execute(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s); !s)
        return s.error();
    return {};
}

ClientDevice::ClientDevice(const QString& path, const SyncEndpoint& endpoint) {
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        qFatal("cannot open a client replica: %s", qPrintable(db.error()));
    m_db = std::move(db).value();
    m_store = std::make_unique<EntityStore>(*m_db);
    m_engine = std::make_unique<SyncEngine>(*m_store, endpoint);
    m_engine->setLimits(50, qint64(1024) * 1024, 100);
}

bool ClientDevice::signIn(const QString& user, const QString& password) {
    QEventLoop loop;
    bool ok = false;
    QObject::connect(m_engine.get(), &SyncEngine::signedIn, &loop, [&](const Status& s) {
        ok = s.ok();
        if (!s)
            qWarning() << "sign-in failed:" << s.error();
        loop.quit();
    });
    m_engine->signIn(user, password);
    loop.exec();
    return ok;
}

SyncReport ClientDevice::sync(int timeoutMs) {
    QEventLoop loop;
    QObject::connect(m_engine.get(), &SyncEngine::syncFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_engine->syncNow();
    loop.exec();
    return m_engine->lastReport();
}

QVariant ClientDevice::value(const QString& entity, const QString& id, const QString& field) {
    Result<QVariantMap> row = m_store->load(entity, id);
    return row ? row->value(field) : QVariant();
}

bool ClientDevice::has(const QString& entity, const QString& id) {
    return m_store->load(entity, id).ok();
}

SyncEndpoint ServerFixture::endpoint(int timeoutMs) const {
    Result<SyncEndpoint> e = SyncEndpoint::make(url(), caFile());
    if (!e)
        qFatal("endpoint: %s", qPrintable(e.error()));
    e->timeoutMs = timeoutMs;
    return *e;
}

} // namespace Stride::Test
