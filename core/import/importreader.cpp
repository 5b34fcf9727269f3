#include "importreader.h"

#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

bool blank(const QStringList& cells) {
    for (const QString& c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

// An xlsx cell as the text a CSV export of it would hold (ImportTable).
QString cellText(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::Bool:
        return value.toBool() ? u"TRUE"_s : u"FALSE"_s;
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        if (dt.time() == QTime(0, 0))
            return dt.date().toString(Qt::ISODate);
        return dt.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    }
    default:
        return value.toString();
    }
}

Result<ImportTable> readCsv(const ImportSource& source) {
    QFile f(source.path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io,
            QCoreApplication::translate("ImportReader", "cannot read %1: %2").arg(source.path, f.errorString()));
    const QByteArray bytes = f.readAll();
    const CsvReader::Encoding used =
        source.encoding == CsvReader::Encoding::Auto ? CsvReader::detect(bytes) : source.encoding;
    Result<QList<CsvReader::Record>> records = CsvReader::parse(bytes, used);
    if (!records)
        return fail(u"%1: %2"_s.arg(source.path, records.error()));
    ImportTable table;
    table.source = source.path;
    table.encoding = CsvReader::encodingName(used);
    table.rows.reserve(records->size());
    for (CsvReader::Record& r : *records) {
        if (blank(r.fields))
            continue;
        if (table.headerLine == 0) {
            table.headerLine = r.line;
            for (const QString& h : r.fields)
                table.header << h.trimmed();
        } else {
            table.rows.append({r.line, std::move(r.fields)});
        }
    }
    return table;
}

Result<ImportTable> readXlsx(const ImportSource& source) {
    Result<XlsxReader::Sheet> sheet = XlsxReader::read(source.path, source.sheet);
    if (!sheet)
        return fail(sheet.error());
    ImportTable table;
    table.source = source.path;
    table.sheet = sheet->name;
    table.rows.reserve(sheet->rows.size());
    for (const XlsxReader::Row& r : sheet->rows) {
        QStringList cells;
        cells.reserve(r.cells.size());
        for (const QVariant& v : r.cells)
            cells << cellText(v);
        if (blank(cells))
            continue;
        if (table.headerLine == 0) {
            table.headerLine = r.line;
            for (const QString& h : cells)
                table.header << h.trimmed();
        } else {
            table.rows.append({r.line, std::move(cells)});
        }
    }
    return table;
}

} // namespace

ImportSource::Format ImportReader::formatOf(const ImportSource& source) {
    if (source.format != ImportSource::Format::Auto)
        return source.format;
    return source.path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? ImportSource::Format::Xlsx
                                                                 : ImportSource::Format::Csv;
}

Result<ImportTable> ImportReader::read(const ImportSource& source) {
    Result<ImportTable> table = formatOf(source) == ImportSource::Format::Xlsx ? readXlsx(source) : readCsv(source);
    if (table && table->header.isEmpty())
        return fail(QCoreApplication::translate("ImportReader", "%1 is empty: the first row must name the columns")
                        .arg(source.path));
    return table;
}

Result<QStringList> ImportReader::sheetNames(const QString& path) {
    return XlsxReader::sheetNames(path);
}

} // namespace Stride
