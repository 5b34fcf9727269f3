#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Stride {

// Comma-separated values for spreadsheets and scripts, one table per file (stride-cli report --format csv and
// the exports): RFC 4180 (fields with a comma, quote, CR or LF are quoted, quotes doubled, CRLF line ends), UTF-8
// with a byte-order mark by default, because Excel reads a CSV file without one in the system's code page
// (GB18030 on a Chinese Windows).
// Cells keep their type: a number (integer or floating point QVariant) is written as a number and never altered;
// a null cell is empty; a boolean is true/false. Text that a spreadsheet would run as a formula (starting with
// = + - @, a tab or a carriage return) is neutralised with a leading apostrophe, so a customer named "=HYPERLINK(…)"
// stays text; a negative number is a number, not text, and is written as is (-322).
class CsvWriter final {
public:
    struct Options {
        bool byteOrderMark = true; // off for scripts that do not expect one (stride-cli --no-bom)
        int maxDecimals = 4;       // floating-point cells: at most this many decimals, trailing zeros dropped
    };

    CsvWriter();
    explicit CsvWriter(Options options);

    // The whole file: the byte-order mark (unless off), the header line, then one line per row (each row as long
    // as the header).
    QByteArray table(const QStringList& header, const QList<QVariantList>& rows) const;
    // The same lines as text, without the byte-order mark (for a text stream: write U+FEFF first for the mark).
    QString text(const QStringList& header, const QList<QVariantList>& rows) const;
    bool byteOrderMark() const { return m_options.byteOrderMark; }
    // Writes table() to a file atomically (nothing is left behind when it fails).
    Status writeFile(const QString& path, const QStringList& header, const QList<QVariantList>& rows) const;

    // One cell as it appears in the file, quoted when needed.
    QString field(const QVariant& value) const;
    // Text as a spreadsheet must read it: a leading apostrophe before = + - @ tab or CR; other text unchanged.
    static QString neutralised(const QString& text);
    // RFC 4180 quoting of one field's text.
    static QString quoted(const QString& text);
    // One line (without its line end) of cells as field() or quoted() wrote them. A lone empty cell is written
    // "" so that the line is not blank: readers (CsvReader, spreadsheets) skip blank lines, which would drop the row.
    static QString line(const QStringList& cells);
    static bool isNumber(const QVariant& value);

private:
    Options m_options;
};

} // namespace Stride
