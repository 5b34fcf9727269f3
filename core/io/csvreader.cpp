#include "csvreader.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Stride {

Result<QString> CsvReader::decode(const QByteArray& bytes) {
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (utf8.hasError())
        return fail(u"the file is not UTF-8 text; save it as \"CSV UTF-8\""_s);
    return text;
}

Result<QList<CsvReader::Record>> CsvReader::parse(const QByteArray& bytes) {
    Result<QString> text = decode(bytes);
    if (!text)
        return fail(text.error());
    return parseText(*text);
}

Result<QList<CsvReader::Record>> CsvReader::readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, f.errorString()));
    Result<QList<Record>> records = parse(f.readAll());
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
                return fail(u"line %1: a quote inside a field that does not start with one; quote the whole field "
                            "and double the quotes in it"_s.arg(line));
            inQuotes = true;
            wasQuoted = true;
            quoteLine = line;
        } else {
            if (wasQuoted)
                return fail(
                    u"line %1: '%2' after the closing quote of a field; a separator must follow it"_s.arg(line).arg(c));
            field += c;
        }
    }
    if (inQuotes)
        return fail(u"line %1: a quoted field is not closed"_s.arg(quoteLine));
    if (!record.fields.isEmpty() || !field.isEmpty() || wasQuoted || fieldStarted)
        endRecord();
    return records;
}

} // namespace Stride
