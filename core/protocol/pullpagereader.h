#pragma once

#include "protocol/protocol.h"

#include <QByteArray>

namespace Stride {

struct EntityDef;

namespace Protocol {

// The client's side of a pulled page, read straight from its bytes (the counterpart of the server's PullPageWriter).
// Pages are the client's hot path: a QJsonDocument of a 2 MB page, then a QJsonValue, a QString and a UTF-8 copy
// per value cost more than applying the rows. The page is walked with simdjson's On-Demand API, which validates it
// as strictly as RFC 8259 asks (UTF-8 included); each text value stays a slice of the received bytes unless it has
// escapes, and every value is checked against the registry as pullResponseFromJson always has. Protocol 1's
// "changes" and the conflict notices are small and go through QJsonDocument. See docs/development.md, "The
// pull-page reader".
class PullPageReader final {
public:
    // `malformed`, when given, tells a body that is not JSON (a "malformed JSON: …" error naming the problem) from
    // JSON of the wrong shape.
    static Result<PullResponse> read(const QByteArray& body, bool* malformed = nullptr);

    // Checks one value against the column it belongs to and normalises it (an integral number of an integer
    // column becomes an Integer); empty when fine, else the problem, naming the entity and column.
    static QString check(const EntityDef& def, const QString& column, PullValue& value);
    // A value of a QJsonDocument in the same form; text goes to `decoded` (PullResponse::decoded).
    static PullValue fromJson(const QJsonValue& value, QByteArray& decoded);
};

} // namespace Protocol
} // namespace Stride
