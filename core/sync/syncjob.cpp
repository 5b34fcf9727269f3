#include "syncjob.h"

#include "logging.h"
#include "protocol/gzip.h"
#include "protocol/protocol.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
constexpr qint64 kPreviewBytes = 256;
} // namespace

SyncJob::SyncJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(endpoint) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_error = Error::Timeout;
            m_reply->abort();
        }
    });
}

SyncJob::~SyncJob() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void SyncJob::start() {
    QUrl url = m_endpoint.server;
    const QString full =
        url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QLatin1StringView(Protocol::kApiPrefix) + path();
    const qsizetype q = full.indexOf(u'?');
    url.setPath(q < 0 ? full : full.left(q));
    if (q >= 0)
        url.setQuery(full.mid(q + 1));
    QNetworkRequest req(url);
    req.setRawHeader(Protocol::kHeader, QByteArray::number(Protocol::kVersion));
    req.setRawHeader("Accept", "application/json");
    if (!m_accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!m_expectedServer.isEmpty())
        req.setRawHeader(Protocol::kServerIdHeader, m_expectedServer.toLatin1());
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_endpoint.caCertificates.isEmpty())
            tls.setCaCertificates(m_endpoint.caCertificates);
        req.setSslConfiguration(tls);
    }
    QByteArray payload;
    if (verb() != "GET") {
        QJsonObject b = body();
        b.insert(u"protocol"_s, Protocol::kVersion);
        payload = QJsonDocument(b).toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (payload.size() > 2048) {
            payload = Gzip::compress(payload);
            req.setRawHeader("Content-Encoding", "gzip");
        }
    }
    m_reply = verb() == "GET" ? m_nam.get(req) : m_nam.sendCustomRequest(req, verb(), payload);
    connect(m_reply, &QNetworkReply::encrypted, this, &SyncJob::onEncrypted);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded for the message only: a certificate error is never ignored.
        QStringList texts;
        for (const QSslError& e : errors)
            texts << e.errorString();
        m_errorString = texts.join(u"; "_s);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_endpoint.maxResponseBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &SyncJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SyncJob::onFinished);
    m_timer.start(m_endpoint.timeoutMs);
}

void SyncJob::abort() {
    if (m_reply)
        m_reply->abort();
}

void SyncJob::onReadyRead() {
    if (m_previewed || !m_reply)
        return;
    // Only a plain 200 answer is previewed; anything else is judged once it is whole.
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        m_previewed = true;
        return;
    }
    m_previewed = preview(m_reply->peek(kPreviewBytes));
}

bool SyncJob::preview(const QByteArray&) {
    return true;
}

void SyncJob::onEncrypted() {
    if (m_endpoint.pinnedSha256.isEmpty() || !m_reply)
        return;
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (peer.digest(QCryptographicHash::Sha256) != m_endpoint.pinnedSha256) {
        m_pinMismatch = true;
        m_reply->abort();
    }
}

SyncJob::Error SyncJob::errorForStatus(int status) {
    if (status == 401)
        return Error::Auth;
    if (status == 403)
        return Error::Forbidden;
    if (status >= 500)
        return Error::Server;
    return Error::Client;
}

void SyncJob::setFailed(Error error, const QString& message, const QString& code) {
    m_error = error;
    m_errorString = message;
    m_errorCode = code;
}

void SyncJob::onFinished() {
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_timer.stop();
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString server = m_endpoint.keyPrefix();

    if (m_pinMismatch) {
        setFailed(Error::Tls, u"the certificate of %1 does not match the pinned SHA-256 fingerprint"_s.arg(server));
    } else if (m_tooLarge) {
        setFailed(Error::Protocol,
                  u"the answer of %1 is larger than %2 bytes; refused"_s.arg(server).arg(m_endpoint.maxResponseBytes));
    } else if (m_error == Error::Timeout) {
        setFailed(Error::Timeout, u"%1 did not answer within %2 s"_s.arg(server).arg(m_endpoint.timeoutMs / 1000));
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        setFailed(Error::Tls, u"the TLS certificate of %1 is not trusted: %2"_s.arg(
                                  server, m_errorString.isEmpty() ? reply->errorString() : m_errorString));
    } else if (m_httpStatus == 0) {
        setFailed(Error::Network, u"cannot reach %1: %2"_s.arg(server, reply->errorString()));
    } else if (reply->error() != QNetworkReply::NoError && m_httpStatus < 400) {
        setFailed(Error::Network, u"the answer of %1 was cut off: %2"_s.arg(server, reply->errorString()));
    } else {
        m_serverId = QString::fromLatin1(reply->rawHeader(Protocol::kServerIdHeader)).left(64);
        const QByteArray data = reply->readAll();
        const QByteArray header = reply->rawHeader(Protocol::kHeader);
        const auto replaced = [&] {
            setFailed(Error::ServerReplaced,
                      u"the database behind %1 was replaced: it is server instance %2, but this replica was synced "
                      "with instance %3 (another organisation, or a restore). Nothing was sent or applied; sign in "
                      "with a new local profile to use the new server"_s.arg(server, m_serverId, m_expectedServer),
                      QString::fromLatin1(Protocol::kServerReplaced));
        };
        const Result<QJsonObject> json =
            m_httpStatus >= 400 ? Protocol::parseObject(data) : Result<QJsonObject>::failure(QString());
        const QString code = json ? json->value(u"error"_s).toString() : QString();
        const QString message = json ? json->value(u"message"_s).toString() : QString();
        // A restore of the instance this replica knows answers with its new id: told apart from a replacement.
        const QString restoredTo = json ? json->value(u"instance_id"_s).toString().left(64) : QString();
        const qint64 shared = json ? json->value(u"restored_cursor"_s).toInteger(-1) : -1;
        if (m_httpStatus == 409 && code == QLatin1StringView(Protocol::kServerRestored) &&
            !m_expectedServer.isEmpty() && !restoredTo.isEmpty() && restoredTo == m_serverId && shared >= 0) {
            m_restoredInstance = restoredTo;
            m_restoredCursor = shared;
            setFailed(Error::ServerRestored,
                      u"the database behind %1 was restored from a backup of instance %2: it is instance %3 now"_s.arg(
                          server, m_expectedServer, restoredTo),
                      code);
        } else if (!m_expectedServer.isEmpty() && !m_serverId.isEmpty() && m_serverId != m_expectedServer) {
            replaced();
        } else if (m_httpStatus >= 400) {
            if (code == QLatin1StringView(Protocol::kServerReplaced))
                replaced();
            else if (m_httpStatus == 409 && code == QLatin1StringView(Protocol::kReplicaRestored))
                setFailed(Error::ReplicaRestored, u"%1 refused the push as a replay: %2"_s.arg(server, message), code);
            else if (code == u"unsupported_protocol"_s)
                setFailed(Error::Protocol,
                          u"%1 does not accept this client's protocol %2: %3"_s.arg(server)
                              .arg(Protocol::kVersion)
                              .arg(message),
                          code);
            else
                setFailed(errorForStatus(m_httpStatus),
                          u"%1 answered HTTP %2: %3"_s.arg(server)
                              .arg(m_httpStatus)
                              .arg(message.isEmpty() ? reply->errorString() : message),
                          code);
        } else if (header.isEmpty() || !Protocol::isSupported(header.toInt())) {
            setFailed(Error::Protocol,
                      u"%1 speaks sync protocol '%2'; this client understands %3 to %4 — update Stride or the server"_s
                          .arg(server, QString::fromLatin1(header.isEmpty() ? "none" : header))
                          .arg(Protocol::kOldestSupported)
                          .arg(Protocol::kVersion));
        } else {
            bool malformed = false;
            const Status s = parseBody(data, &malformed);
            qCDebug(lcSync) << "decoded" << data.size() << "bytes in" << timer.elapsed() << "ms";
            if (!s) {
                setFailed(Error::Protocol,
                          (malformed ? u"garbled answer from %1: %2"_s : u"unexpected answer from %1: %2"_s)
                              .arg(server, s.error()));
            } else {
                m_error = Error::None;
                m_errorString.clear();
            }
        }
    }
    if (m_error != Error::None)
        qCInfo(lcSync) << "job failed:" << m_error << m_errorString;
    emit finished();
}

Status SyncJob::parseBody(const QByteArray& body, bool* malformed) {
    Result<QJsonObject> json = Protocol::parseObject(body);
    *malformed = !json;
    if (!json)
        return fail(json.error());
    return parse(*json);
}

} // namespace Stride

#include "moc_syncjob.cpp" // why here: core/sync/CMakeLists.txt
