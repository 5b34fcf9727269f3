#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Stride {

// Reads the cell values of one worksheet of an Excel workbook (.xlsx, Office Open XML): the package is a zip
// (minizip) of XML parts read with QXmlStreamReader. It reads what a customer list needs and nothing more: no
// formulas (the cached value written beside a formula is read), no styles beyond telling date formats apart.
//
// Cell values are typed: shared strings (rich text runs joined) and inline strings are QString, numbers double,
// booleans bool; a number whose cell style has a date format is a QDate (no time of day) or a QDateTime (UTC, no
// time zone: Excel has none), in the 1900 date system (Excel counts a 29 February 1900 that never was, serial 60:
// later serials are read one day back so that they land on the day Excel shows, and 60 itself reads as 1 March) or
// the 1904 one when the workbook says so. An error cell ("#N/A") is its
// text. An empty or absent cell is an invalid QVariant.
class XlsxReader final {
public:
    struct Row {
        int line = 0; // the row number Excel shows, from 1
        // Cells from column A; columns missing from a sparse row are invalid QVariants, and a row is no longer than
        // its last non-empty cell.
        QVariantList cells;
    };
    struct Sheet {
        QString name;
        QList<Row> rows; // the rows that have at least one cell, in order (empty rows are skipped)
    };

    // The names of the workbook's sheets in their tab order. An error names a file that is not an .xlsx package
    // (not a zip, or a zip without xl/workbook.xml).
    static Result<QStringList> sheetNames(const QString& path);
    // The sheet named `sheet` (exact name; case-insensitive when no exact match), or the first sheet when empty.
    // An error names the file and the problem: not a zip, a missing part, malformed XML, an unknown sheet (with
    // the names there are).
    static Result<Sheet> read(const QString& path, const QString& sheet = {});

    // A column's letters ("A", "Z", "AA", "XFD") as a 0-based index; -1 when not letters.
    static int columnIndex(QStringView letters);
    // Excel's serial day number (1900 or 1904 system, fraction = time of day) as a UTC date-time; invalid when out
    // of range.
    static QDateTime fromSerial(double serial, bool date1904 = false);
};

} // namespace Stride
