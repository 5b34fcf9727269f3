#pragma once

#include "syncendpoint.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Stride {

// One HTTP exchange with stride-server, like Nextcloud's AbstractNetworkJob: the base class owns the reply,
// the timeout, TLS verification and pinning, the size cap, the protocol-version check and JSON error parsing;
// subclasses say what to send and decode what comes back. Emits finished() exactly once.
class SyncJob : public QObject {
    Q_OBJECT
public:
    enum class Error {
        None,
        Network, // unreachable, refused, reset: the device is offline or the server is down
        Timeout,
        Tls,  // certificate not trusted or not the pinned one: never ignored
        Auth, // 401: the token is missing, expired or revoked
        Forbidden,
        Protocol, // the server speaks another protocol version, or its answer is garbled
        Server,   // 5xx: transient
        Client,   // other 4xx: the request was refused
        // The server's database is not the one this replica was synced with (another organisation behind the
        // same address): nothing was sent or applied, and retrying cannot help.
        ServerReplaced,
        // The server refused a push as a replay: mutation ids it acknowledged from this device id before, with
        // other content (the replica was restored from a copy, or copied to another machine). Nothing was applied;
        // the device registers anew and pushes again.
        ReplicaRestored,
        // The server's database was restored from a backup of the instance this replica synced with:
        // restoredInstance() is its new identity, restoredCursor() the last change number both still share.
        ServerRestored,
    };
    Q_ENUM(Error)

    SyncJob(QNetworkAccessManager& nam, const SyncEndpoint& endpoint, QObject* parent = nullptr);
    ~SyncJob() override;

    void start();
    void abort();

    // True once finished() has been emitted.
    bool isFinished() const { return m_done; }
    Error error() const { return m_error; }
    const QString& errorString() const { return m_errorString; }
    QString errorCode() const { return m_errorCode; } // the server's "error" member, e.g. token_expired
    int httpStatus() const { return m_httpStatus; }
    void setAccessToken(const QString& token) { m_accessToken = token; }
    // The server instance the replica knows (empty: none yet): sent with the request, and an answer from
    // another instance fails with Error::ServerReplaced before it is decoded.
    void setExpectedServer(const QString& instanceId) { m_expectedServer = instanceId; }
    // The instance id the server answered with (empty for a server that sends none).
    const QString& serverId() const { return m_serverId; }
    // For Error::ServerRestored.
    const QString& restoredInstance() const { return m_restoredInstance; }
    qint64 restoredCursor() const { return m_restoredCursor; }

signals:
    void finished();

protected:
    virtual QByteArray verb() const = 0;
    virtual QString path() const = 0; // below /api/v1, with its query
    virtual QJsonObject body() const { return {}; }
    // Decodes a 2xx body; a failure becomes Error::Protocol.
    virtual Status parse(const QJsonObject& response) = 0;
    // The same from the body's bytes, for a job that reads them itself; the default parses a JSON object for
    // parse(). `malformed`: set when the body is not JSON at all.
    virtual Status parseBody(const QByteArray& body, bool* malformed);
    // The first bytes of a 200 answer while the rest is still on its way (a hint only: the whole answer is
    // decoded and checked as always). Called as more arrive until it returns true; the default needs none.
    virtual bool preview(const QByteArray& head);

private:
    void onFinished();
    void onEncrypted();
    void onReadyRead();
    void setFailed(Error error, const QString& message, const QString& code = {});
    static Error errorForStatus(int status);

    QNetworkAccessManager& m_nam;
    SyncEndpoint m_endpoint;
    QString m_accessToken;
    QString m_expectedServer;
    QString m_serverId;
    QString m_restoredInstance;
    qint64 m_restoredCursor = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_errorCode;
    int m_httpStatus = 0;
    bool m_done = false;
    bool m_previewed = false;
    bool m_pinMismatch = false;
    bool m_tooLarge = false;
};

} // namespace Stride
