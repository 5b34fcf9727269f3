#include "csvreader.h"

#include <QFile>
#include <QStringDecoder>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr QByteArrayView kUtf8Bom("\xEF\xBB\xBF");

bool isUtf8(QByteArrayView data) {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data); // decode() converts only when its result becomes a QString
    return !utf8.hasError();
}

// The parser's two longest complaints, kept out of its loop.
QString quoteInsideField(int line) {
    return QCoreApplication::translate("CsvReader",
                                       "line %1: a quote inside a field that does not start with one; quote the whole "
                                       "field and double the quotes in it")
        .arg(line);
}

QString textAfterQuote(int line, QChar c) {
    return QCoreApplication::translate("CsvReader",
                                       "line %1: '%2' after the closing quote of a field; a separator must follow it")
        .arg(line)
        .arg(c);
}

} // namespace

Result<CsvReader::Encoding> CsvReader::encodingFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == u"auto"_s)
        return Encoding::Auto;
    if (n == u"utf-8"_s || n == u"utf8"_s)
        return Encoding::Utf8;
    if (n == u"gb18030"_s || n == u"gbk"_s || n == u"gb2312"_s)
        return Encoding::Gb18030;
    return fail(ErrorCode::Usage,
                QCoreApplication::translate("CsvReader", "unknown encoding '%1': auto, utf-8 or gb18030").arg(name));
}

QString CsvReader::encodingName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Auto:
        return u"auto"_s;
    case Encoding::Utf8:
        return u"utf-8"_s;
    case Encoding::Gb18030:
        return u"gb18030"_s;
    }
    return {};
}

CsvReader::Encoding CsvReader::detect(const QByteArray& bytes) {
    // A byte-order mark settles it; otherwise GB18030 text is almost never valid UTF-8 (its two-byte characters
    // start with a lead byte 0x81–0xFE followed by a byte that UTF-8 would need to be a continuation byte in a
    // fixed pattern), while UTF-8 text always is.
    if (bytes.startsWith(kUtf8Bom) || isUtf8(bytes))
        return Encoding::Utf8;
    return Encoding::Gb18030;
}

Result<QString> CsvReader::decode(const QByteArray& bytes, Encoding encoding) {
    const Encoding used = encoding == Encoding::Auto ? detect(bytes) : encoding;
    QByteArrayView data(bytes);
    if (used == Encoding::Utf8) {
        if (data.startsWith(kUtf8Bom))
            data = data.sliced(3);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(data);
        if (utf8.hasError())
            return fail(QCoreApplication::translate(
                "CsvReader", "the file is not UTF-8 text; save it as \"CSV UTF-8\" or name its encoding (--encoding "
                             "gb18030)"));
        return text;
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid())
        return fail(QCoreApplication::translate("CsvReader",
                                                "this build cannot read GB18030 text; save the file as \"CSV UTF-8\""));
    QString text = gb.decode(data);
    if (gb.hasError())
        return fail(encoding == Encoding::Auto
                        ? QCoreApplication::translate(
                              "CsvReader", "the file is neither UTF-8 nor GB18030 text; save it as \"CSV UTF-8\"")
                        : QCoreApplication::translate("CsvReader",
                                                      "the file is not GB18030 text; try --encoding utf-8 or auto"));
    return text;
}

Result<QList<CsvReader::Record>> CsvReader::parse(const QByteArray& bytes, Encoding encoding) {
    Result<QString> text = decode(bytes, encoding);
    if (!text)
        return fail(text.error());
    return parseText(*text);
}

Result<QList<CsvReader::Record>> CsvReader::readFile(const QString& path, Encoding encoding) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("CsvReader", "cannot read %1: %2").arg(path, f.errorString()));
    Result<QList<Record>> records = parse(f.readAll(), encoding);
    if (!records)
        return fail(u"%1: %2"_s.arg(path, records.error()));
    return records;
}

Result<QList<CsvReader::Record>> CsvReader::parseText(const QString& text) {
    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field was quoted (then only a separator may follow its closing quote)
    bool fieldStarted = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endField = [&] {
        record.fields << field;
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    auto endRecord = [&] {
        // A line with nothing on it is skipped (not a record of one empty field).
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !wasQuoted;
        if (!blank) {
            endField();
            records << record;
        }
        record = Record();
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    record.line = line;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                // A line ends at \n, or at a \r not followed by \n.
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return fail(quoteInsideField(line));
            inQuotes = true;
            wasQuoted = true;
            quoteLine = line;
        } else {
            if (wasQuoted)
                return fail(textAfterQuote(line, c));
            field += c;
        }
    }
    if (inQuotes)
        return fail(QCoreApplication::translate("CsvReader", "line %1: a quoted field is not closed").arg(quoteLine));
    if (!record.fields.isEmpty() || !field.isEmpty() || wasQuoted || fieldStarted)
        endRecord();
    return records;
}

} // namespace Stride
