// libFuzzer target: arbitrary bytes as a CSV file to import, read by CsvReader::parse with the encoding detected
// (UTF-8 with or without its byte-order mark, else GB18030) as `stride-cli import` and the import dialog read it.
// Besides the sanitizers' findings, it stops on
//   - a refusal without a message;
//   - a cell that ImportValues reads as a number that is not finite, or as an invalid date, or whose key text
//     (ImportValues::keyText) changes when taken again;
//   - an accepted file whose records are not what a table needs: a record without fields, or line numbers that
//     do not increase from 1;
//   - an accepted file whose records do not survive being written again with the export's quoting
//     (CsvWriter::quoted and CsvWriter::line, CRLF line ends): they must be read back into the same fields.
// Run by scripts/fuzz from the seed files in tests/fuzz/corpus/csv/.
#include "import/importvalues.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QTimeZone>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

[[noreturn]] void wrong(const char* what, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz-csv: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// Each cell as an import reads it into a number, date or key column.
void checkValues(const QString& cell) {
    static const QTimeZone zone("Asia/Shanghai");
    if (const std::optional<double> n = ImportValues::number(cell); n && !std::isfinite(*n))
        wrong("a cell reads as a number that is not finite:", cell);
    if (const std::optional<QDateTime> t = ImportValues::dateTime(cell, zone); t && !t->isValid())
        wrong("a cell reads as an invalid date:", cell);
    const QString key = ImportValues::keyText(cell);
    if (ImportValues::keyText(key) != key)
        wrong("a cell's key text changes when taken again:", cell);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<QList<CsvReader::Record>> records = CsvReader::parse(bytes);
    if (!records) {
        if (records.error().isEmpty())
            wrong("a file was refused without a reason");
        return 0;
    }
    int line = 0;
    QString again;
    for (const CsvReader::Record& r : *records) {
        if (r.fields.isEmpty())
            wrong("a record without fields at line", QString::number(r.line));
        if (r.line <= line)
            wrong("record lines do not increase:", QString::number(r.line));
        line = r.line;
        QStringList quoted;
        for (const QString& f : r.fields) {
            checkValues(f);
            quoted << CsvWriter::quoted(f);
        }
        again += CsvWriter::line(quoted) + u"\r\n"_s;
    }
    const Result<QList<CsvReader::Record>> reread = CsvReader::parseText(again);
    if (!reread)
        wrong("accepted records, written again, are refused:", reread.error());
    if (reread->size() != records->size())
        wrong("accepted records, written again, read back as another number of records:", again);
    for (qsizetype i = 0; i < records->size(); ++i) {
        if (reread->at(i).fields != records->at(i).fields)
            wrong("a record written again reads back differently:", records->at(i).fields.join(u'|'));
    }
    return 0;
}
