#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

namespace Stride {

// Where and how to reach a stride-server: TLS is always verified, against the system CAs or a private CA file,
// optionally pinned to one certificate's SHA-256 fingerprint.
struct SyncEndpoint {
    QUrl server;                           // https://host:port
    QList<QSslCertificate> caCertificates; // empty: the system's CAs
    QByteArray pinnedSha256;               // 32 raw bytes, or empty
    int timeoutMs = 30000;
    qint64 maxResponseBytes = qint64(256) * 1024 * 1024;

    // --server URL [--ca FILE] [--pin HEX]: the error names what is wrong.
    static Result<SyncEndpoint> make(const QString& serverUrl, const QString& caFile = {},
                                     const QString& pinSha256 = {});
    QString keyPrefix() const; // namespace for keychain entries and cursors: scheme://host:port
};

} // namespace Stride
