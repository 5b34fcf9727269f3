#pragma once

#include "domain/fieldmapping.h"

#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Stride {

// Base of every synced value type (CRTP): the columns all synced tables share (docs/architecture.md "Storage on the
// client") and the mapping to and from rows, driven by the type's own column table `T::mapping()`. A derived type
// provides `static QString entity()` (its table / sync entity name) and `static const FieldMapping<T>& mapping()` (its
// own columns, not the system ones).
template <typename T> struct SyncedRow {
    QString id;           // UUID; empty until saved
    qint64 version = 0;   // server row version last seen; 0 = never synced
    qint64 updatedAt = 0; // epoch secs of the last local or pulled write, for display only
    bool deleted = false; // tombstone

    // The entity's own columns for EntityStore: NULL for empty strings and empty optionals.
    // The system columns are EntityStore's business and never part of it.
    QVariantMap toFields() const { return T::mapping().toFields(static_cast<const T&>(*this)); }

    static T fromRecord(const QSqlRecord& record) {
        T row;
        const auto read = [&](const char16_t* name, auto& member) {
            const int index = record.indexOf(QString::fromUtf16(name));
            if (index >= 0)
                FieldValue::assign(record.value(index), member);
        };
        read(u"id", row.id);
        read(u"version", row.version);
        read(u"updated_at", row.updatedAt);
        read(u"deleted", row.deleted);
        T::mapping().read(record, row);
        return row;
    }

    // The entity's own columns from a field map; the system columns stay at their defaults.
    static T fromFields(const QVariantMap& fields) {
        T row;
        T::mapping().read(fields, row);
        return row;
    }

    // id, version, updated_at, deleted, then the entity's columns: the SELECT list fromRecord() reads fully.
    static QStringList columns() {
        return QStringList{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("updated_at"),
                           QStringLiteral("deleted")} +
               T::mapping().names();
    }
};

} // namespace Stride
