#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// Comma-separated values as RFC 4180 writes them, and as spreadsheets export them: quoted fields with embedded
// commas, line breaks and doubled quotes, CRLF or LF line ends, a trailing line break or none, blank lines
// skipped. The text is UTF-8 with or without a byte-order mark, or GB18030 (which includes GBK): what Excel on a
// Chinese Windows saves as "CSV". decode() tells them apart unless the caller names the encoding.
class CsvReader final {
public:
    enum class Encoding {
        Auto,    // UTF-8 when the bytes are valid UTF-8 (or start with its byte-order mark), else GB18030
        Utf8,    // UTF-8, with or without a byte-order mark; other bytes are an error
        Gb18030, // GB18030 / GBK / GB2312 (each a subset of the next)
    };
    // "auto", "utf-8" (or "utf8"), "gb18030" (or "gbk", "gb2312"), any case; a usage error names the choices.
    static Result<Encoding> encodingFromName(const QString& name);
    static QString encodingName(Encoding encoding); // "auto", "utf-8", "gb18030"

    struct Record {
        int line = 0; // the line of the file the record starts on, from 1
        QStringList fields;
    };

    // The records of a file's bytes: the first is the header when the file has one. An error names the line.
    static Result<QList<Record>> parse(const QByteArray& bytes, Encoding encoding = Encoding::Auto);
    static Result<QList<Record>> parseText(const QString& text);
    static Result<QList<Record>> readFile(const QString& path, Encoding encoding = Encoding::Auto);

    // The file's text. Auto: a UTF-8 byte-order mark or bytes that are valid UTF-8 are UTF-8 (plain ASCII is
    // both); anything else is decoded as GB18030, and bytes that are neither are refused with a message naming
    // --encoding. A named encoding is used as is, and bytes that are not valid in it are an error.
    static Result<QString> decode(const QByteArray& bytes, Encoding encoding = Encoding::Auto);
    // The encoding Auto picks for these bytes (Utf8 or Gb18030).
    static Encoding detect(const QByteArray& bytes);
};

} // namespace Stride
