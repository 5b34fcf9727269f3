#pragma once

#include "domain/stage.h"

#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>
#include <variant>

namespace Stride {

// Conversions between typed members and the QVariants of QtSql and EntityStore. The storage rule they
// encode: an empty QString and an empty std::optional are NULL in the table, and NULL reads back as them.
namespace FieldValue {
QVariant toVariant(const QString& value);
QVariant toVariant(qint64 value);
QVariant toVariant(int value);
QVariant toVariant(double value);
QVariant toVariant(bool value); // stored as 0/1
QVariant toVariant(const std::optional<qint64>& value);
QVariant toVariant(const std::optional<double>& value);
QVariant toVariant(Stage value); // its code: "lead", "won" ...

void assign(const QVariant& from, QString& to);
void assign(const QVariant& from, qint64& to);
void assign(const QVariant& from, int& to);
void assign(const QVariant& from, double& to);
void assign(const QVariant& from, bool& to);
void assign(const QVariant& from, std::optional<qint64>& to);
void assign(const QVariant& from, std::optional<double>& to);
void assign(const QVariant& from, Stage& to); // an unknown code reads as Stage::Lead

// NULL equals NULL whatever its QVariant type; otherwise QVariant equality.
bool same(const QVariant& a, const QVariant& b);
} // namespace FieldValue

// The one place that lists a value type's columns: each column name is tied to a member, and
// toFields()/fromRecord() of every domain type are this table applied, not hand-written copies.
template <typename T> class FieldMapping final {
public:
    using Member = std::variant<QString T::*, qint64 T::*, int T::*, double T::*, bool T::*, std::optional<qint64> T::*,
                                std::optional<double> T::*, Stage T::*>;
    struct Column {
        QString name;
        Member member;
    };

    FieldMapping(std::initializer_list<Column> columns)
        : m_columns(columns) {}

    const QList<Column>& columns() const { return m_columns; }

    QStringList names() const {
        QStringList out;
        for (const Column& c : m_columns)
            out << c.name;
        return out;
    }

    QVariantMap toFields(const T& value) const {
        QVariantMap out;
        for (const Column& c : m_columns)
            std::visit([&](auto member) { out.insert(c.name, FieldValue::toVariant(value.*member)); }, c.member);
        return out;
    }

    // Columns absent from the record keep their default, so a query may select a subset.
    void read(const QSqlRecord& record, T& into) const {
        for (const Column& c : m_columns) {
            const int index = record.indexOf(c.name);
            if (index >= 0)
                std::visit([&](auto member) { FieldValue::assign(record.value(index), into.*member); }, c.member);
        }
    }

    // The same from a field map (an edit as the command line or an import gives it); absent keys keep the default.
    void read(const QVariantMap& fields, T& into) const {
        for (const Column& c : m_columns) {
            const auto it = fields.constFind(c.name);
            if (it != fields.cend())
                std::visit([&](auto member) { FieldValue::assign(*it, into.*member); }, c.member);
        }
    }

private:
    QList<Column> m_columns;
};

} // namespace Stride
