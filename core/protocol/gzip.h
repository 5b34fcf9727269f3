#pragma once

#include <QByteArray>

namespace Stride {

// gzip (RFC 1952) framing for request bodies; QNetworkAccessManager already inflates gzip'd responses.
class Gzip final {
public:
    static QByteArray compress(const QByteArray& data, int level = 6);
};

} // namespace Stride
