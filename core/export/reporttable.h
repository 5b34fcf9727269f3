#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Stride {

// One table of a report: named columns and rows of typed cells. The same table is printed as text, written as one
// CSV file (CsvWriter) or as a JSON array of objects keyed by the column names, so a column's name is also its
// JSON field (docs/reports.md). A null cell is "no data"; numbers stay numbers.
struct ReportTable {
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};
using ReportTables = QList<ReportTable>;

} // namespace Stride
