#pragma once

#include "importkind.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// Which field each column of an import file fills. guess() reads the header names (English and Chinese:
// 客户名称 → name, 地址 → address, 负责人 → owner, 金额 → amount …, ImportField::headers); the user or --map then
// changes single columns. A column mapped to nothing is ignored; a field fills from one column at most.
class ImportMapping final {
public:
    ImportMapping() = default;
    ImportMapping(ImportKind kind, QStringList header);

    static ImportMapping guess(ImportKind kind, const QStringList& header);

    ImportKind kind() const { return m_kind; }
    const QStringList& header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }

    // The field of a column ("" = ignored).
    QString fieldOf(int column) const;
    // The column a field is read from; -1 when no column fills it.
    int columnOf(const QString& field) const;
    // Maps a column to a field (empty = ignore the column); a column that filled that field before is unmapped.
    // An unknown field or a column out of range is an error.
    Status assign(int column, const QString& field);
    // The --map form "COLUMN=FIELD": COLUMN is a header name (case-insensitive), a column letter as in Excel (A,
    // B, …, AA) when no header has that name, or a 1-based number; FIELD a field name, or "-" / empty to ignore the
    // column. A usage error names the problem (unknown column or field).
    Status assign(const QString& assignment);

    // The required fields of the kind that no column fills.
    QStringList missingRequired() const;
    // "客户名称 → name, 地址 → address, 备注 (ignored)" for reports and logs.
    QString describe() const;

private:
    ImportKind m_kind = ImportKind::Customers;
    QStringList m_header;
    QStringList m_fields; // by column
};

} // namespace Stride
