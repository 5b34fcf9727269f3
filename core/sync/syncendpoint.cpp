#include "syncendpoint.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Stride {

Result<SyncEndpoint> SyncEndpoint::make(const QString& serverUrl, const QString& caFile, const QString& pinSha256) {
    SyncEndpoint e;
    e.server = QUrl(serverUrl, QUrl::StrictMode);
    if (!e.server.isValid() || e.server.host().isEmpty())
        return fail(u"'%1' is not a server URL (https://host:port)"_s.arg(serverUrl));
    if (e.server.scheme() != u"https"_s && e.server.scheme() != u"http"_s)
        return fail(u"'%1' must start with https://"_s.arg(serverUrl));
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"cannot read the CA file %1: %2"_s.arg(caFile, f.errorString()));
        e.caCertificates = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (e.caCertificates.isEmpty())
            return fail(u"%1 holds no PEM certificate"_s.arg(caFile));
    }
    if (!pinSha256.isEmpty()) {
        QString hex = pinSha256;
        hex.remove(u':');
        if (hex.startsWith(u"sha256/"_s, Qt::CaseInsensitive))
            hex = hex.mid(7);
        e.pinnedSha256 = QByteArray::fromHex(hex.toLatin1());
        if (e.pinnedSha256.size() != 32 || hex.size() != 64)
            return fail(u"--pin needs a SHA-256 fingerprint: 64 hex digits (colons allowed)"_s);
    }
    return e;
}

QString SyncEndpoint::keyPrefix() const {
    return server.scheme() + u"://"_s + server.host() + u':' + QString::number(server.port(443));
}

} // namespace Stride
