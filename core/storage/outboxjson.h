#pragma once

#include <QString>
#include <QVariantMap>

namespace Stride {

// The text of an outbox entry's `fields` and `base`: a row's values (as FieldDef::normalised() gives them: text,
// integer, real or null) as compact JSON. Byte for byte what QJsonDocument writes for the same map (keys in
// order, integral reals as integers, a typed null as null), without building a QJsonObject for every row of an
// import; values of any other kind go through QJsonDocument itself.
class OutboxJson final {
public:
    static QString compact(const QVariantMap& values);
    // The same text in UTF-8, as it is stored.
    static QByteArray compactUtf8(const QVariantMap& values);
    // compactUtf8() of the same keys, each with a null value (a new row's base values).
    static QByteArray nullsUtf8(const QVariantMap& keys);
    // QJsonDocument's writing of the same map: the reference compact() is held to (and its fallback).
    static QString viaQJsonDocument(const QVariantMap& values);
};

} // namespace Stride
