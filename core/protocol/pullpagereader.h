#pragma once

#include "protocol/protocol.h"

#include <QByteArray>

namespace Stride {

struct EntityDef;

namespace Protocol {

// The client's side of a pulled page, read straight from its bytes (the counterpart of PullPageWriter). Pages
// are the client's hot path: a QJsonDocument of a 2 MB page, then a QJsonValue, a QString and a UTF-8 copy per
// value cost more than applying the rows. This is a strict JSON parser (RFC 8259: anything QJsonDocument
// refuses is refused) that keeps each text value as a slice of the received bytes, and checks every value
// against the registry as pullResponseFromJson always has. Protocol 1's "changes" and the conflict notices are
// small and go through QJsonDocument.
class PullPageReader final {
public:
    // `malformed`, when given, tells a body that is not JSON (a "malformed JSON at offset …" error) from JSON of
    // the wrong shape.
    static Result<PullResponse> read(const QByteArray& body, bool* malformed = nullptr);

    // Checks one value against the column it belongs to and normalises it (an integral number of an integer
    // column becomes an Integer); empty when fine, else the problem, naming the entity and column.
    static QString check(const EntityDef& def, const QString& column, PullValue& value);
    // A value of a QJsonDocument in the same form; text goes to `decoded` (PullResponse::decoded).
    static PullValue fromJson(const QJsonValue& value, QByteArray& decoded);
};

} // namespace Protocol
} // namespace Stride
