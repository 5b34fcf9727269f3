#pragma once

#include "importtable.h"
#include "io/csvreader.h"
#include "result.h"

namespace Stride {

// Where an import's rows come from.
struct ImportSource {
    enum class Format {
        Auto, // by the file name: .xlsx is a workbook, anything else CSV
        Csv,
        Xlsx,
    };
    ImportSource(QString file = {})
        : path(std::move(file)) {}

    QString path;
    Format format = Format::Auto;
    QString sheet;                                            // xlsx: the sheet's name; empty = the first sheet
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto; // CSV only
};

// Reads an import file into a header and rows (CsvReader or XlsxReader). A file without a header row, a sheet that
// does not exist, bytes in no known encoding are errors naming the file; a header-only file is a table with no rows.
class ImportReader final {
public:
    static Result<ImportTable> read(const ImportSource& source);
    // The sheets of an .xlsx file, for a picker (XlsxReader::sheetNames).
    static Result<QStringList> sheetNames(const QString& path);
    static ImportSource::Format formatOf(const ImportSource& source);
};

} // namespace Stride
