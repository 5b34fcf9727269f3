#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// One data row of an import file, as text.
struct ImportRow {
    int line = 0;      // where it is in the file: the CSV line it starts on, or the sheet's row number (from 1)
    QStringList cells; // by column; may be shorter than the header (missing cells are empty)

    QString cell(int column) const { return cells.value(column).trimmed(); }
};

// A file read for import: the header (the first non-empty row) and the rows below it. Cells are text whatever the
// source: an xlsx number is written back as its shortest exact decimal ("42", "1234.5"), a date cell as ISO 8601
// ("2026-03-01", or "2026-03-01T09:30:00" with a time of day), a boolean as TRUE / FALSE, so that validation
// reads CSV and xlsx alike.
struct ImportTable {
    QString source;   // the file's path, for messages
    QString sheet;    // the xlsx sheet read; empty for CSV
    QString encoding; // the CSV encoding used ("utf-8", "gb18030"); empty for xlsx
    int headerLine = 0;
    QStringList header; // trimmed header names; may contain empty names
    QList<ImportRow> rows;
};

} // namespace Stride
