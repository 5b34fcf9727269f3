#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// Comma-separated values as RFC 4180 writes them, and as spreadsheets export them: quoted fields with embedded
// commas, line breaks and doubled quotes, CRLF or LF line ends, a trailing line break or none, blank lines
// skipped. The text is UTF-8, with or without a byte-order mark; decode() is where other encodings (GB18030
// from older spreadsheet exports) are to be recognised.
class CsvReader final {
public:
    struct Record {
        int line = 0; // the line of the file the record starts on, from 1
        QStringList fields;
    };

    // The records of a file's bytes: the first is the header when the file has one. An error names the line.
    static Result<QList<Record>> parse(const QByteArray& bytes);
    static Result<QList<Record>> parseText(const QString& text);
    static Result<QList<Record>> readFile(const QString& path);

    // The file's text: UTF-8 with or without a byte-order mark. Bytes that are not UTF-8 are refused rather than
    // guessed at; this is the one place a detection of other encodings belongs.
    static Result<QString> decode(const QByteArray& bytes);
};

} // namespace Stride
