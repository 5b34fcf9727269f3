#include "fieldmapping.h"

namespace Stride::FieldValue {

QVariant toVariant(const QString& value) {
    return value.isEmpty() ? QVariant() : QVariant(value);
}
QVariant toVariant(qint64 value) {
    return QVariant(value);
}
QVariant toVariant(int value) {
    return QVariant(qint64(value));
}
QVariant toVariant(double value) {
    return QVariant(value);
}
QVariant toVariant(bool value) {
    return QVariant(qint64(value ? 1 : 0));
}
QVariant toVariant(const std::optional<qint64>& value) {
    return value ? QVariant(*value) : QVariant();
}
QVariant toVariant(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant();
}
QVariant toVariant(Stage value) {
    return QVariant(stageCode(value));
}

void assign(const QVariant& from, QString& to) {
    to = from.isNull() ? QString() : from.toString();
}
void assign(const QVariant& from, qint64& to) {
    to = from.toLongLong();
}
void assign(const QVariant& from, int& to) {
    to = from.toInt();
}
void assign(const QVariant& from, double& to) {
    to = from.toDouble();
}
void assign(const QVariant& from, bool& to) {
    to = from.toLongLong() != 0;
}

void assign(const QVariant& from, std::optional<qint64>& to) {
    to = from.isNull() ? std::nullopt : std::optional<qint64>(from.toLongLong());
}

void assign(const QVariant& from, std::optional<double>& to) {
    to = from.isNull() ? std::nullopt : std::optional<double>(from.toDouble());
}

void assign(const QVariant& from, Stage& to) {
    to = stageFromCode(from.toString()).value_or(Stage::Lead);
}

bool same(const QVariant& a, const QVariant& b) {
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

} // namespace Stride::FieldValue
