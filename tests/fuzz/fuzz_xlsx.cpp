// libFuzzer target: arbitrary bytes as the XML parts of an .xlsx workbook to import, read by XlsxReader::read as
// `stride-cli import` and the import dialog read it. The input is cut at each NUL byte into the parts
// xl/_rels/workbook.xml.rels, xl/workbook.xml, xl/worksheets/sheet1.xml, xl/sharedStrings.xml and xl/styles.xml
// (missing ones are left out), zipped with minizip into a file of this process, and read: mutating a zip's
// deflated bytes would only ever reach its checksums. Besides the sanitizers' findings and a hang (-timeout), it
// stops on
//   - a refusal without a message;
//   - an accepted sheet whose rows are not what the reader promises: a line number below 1, an empty row, a row
//     that ends in an empty cell, more than 16,384 columns. (Rows keep the file's order: a crafted sheet may
//     repeat a row number or go back, which Excel would repair and the import reports by line as it comes.)
// Run by scripts/fuzz from the seed workbooks in tests/fuzz/corpus/xlsx/.
#include "io/xlsxreader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

[[noreturn]] void wrong(const char* what, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz-xlsx: %s %s\n", what, qPrintable(detail));
    std::abort();
}

const QString& packagePath() {
    static const QString path = QDir::tempPath() + u"/fuzz-xlsx-%1.xlsx"_s.arg(::getpid());
    return path;
}

bool writePackage(const QList<QByteArray>& parts) {
    static const char* const names[] = {"xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                                        "xl/sharedStrings.xml", "xl/styles.xml"};
    const QByteArray path = QFile::encodeName(packagePath());
    zipFile zip = zipOpen(path.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(names)); ++i) {
        zip_fileinfo info{};
        zipOpenNewFileInZip(zip, names[i], &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 1);
        zipWriteInFileInZip(zip, parts.at(i).constData(), unsigned(parts.at(i).size()));
        zipCloseFileInZip(zip);
    }
    return zipClose(zip, nullptr) == ZIP_OK;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!writePackage(input.split('\0')))
        wrong("cannot write the package", packagePath());
    const Result<XlsxReader::Sheet> sheet = XlsxReader::read(packagePath());
    QFile::remove(packagePath());
    if (!sheet) {
        if (sheet.error().isEmpty())
            wrong("a workbook was refused without a reason");
        return 0;
    }
    for (const XlsxReader::Row& row : sheet->rows) {
        if (row.line < 1)
            wrong("a row's line is below 1:", QString::number(row.line));
        if (row.cells.isEmpty() || !row.cells.last().isValid())
            wrong("a row is empty or ends in an empty cell at line", QString::number(row.line));
        if (row.cells.size() > 16384)
            wrong("a row has more columns than a sheet can at line", QString::number(row.line));
    }
    return 0;
}
