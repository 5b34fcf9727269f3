#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <unzip.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// The workbook's parts that a sheet's cells need: which styles are dates, the shared strings, the date system.
struct Workbook {
    QStringList sheetNames;
    QStringList sheetPaths; // zip entry of each sheet, in tab order
    QString sharedStringsPath;
    QString stylesPath;
    bool date1904 = false;
};

struct ZipCloser {
    void operator()(void* zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

Result<Zip> openZip(const QString& path) {
    if (!QFile::exists(path))
        return fail(ErrorCode::Io, QCoreApplication::translate("XlsxReader", "%1: no such file").arg(path));
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip)
        return fail(
            QCoreApplication::translate("XlsxReader", "%1 is not an .xlsx workbook (not a zip package)").arg(path));
    return zip;
}

// One entry of the package, whole; NotFound when absent.
Result<QByteArray> readEntry(void* zip, const QString& name) {
    const QByteArray entry = name.toUtf8();
    if (unzLocateFile(zip, entry.constData(), 1) != UNZ_OK)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("XlsxReader", "the package has no part %1").arg(name));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(zip) != UNZ_OK)
        return fail(QCoreApplication::translate("XlsxReader", "cannot open the part %1").arg(name));
    QByteArray data;
    data.reserve(qsizetype(qMin<quint64>(info.uncompressed_size, 1u << 30)));
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        data.append(buffer, n);
    const int closed = unzCloseCurrentFile(zip);
    if (n < 0 || closed != UNZ_OK)
        return fail(QCoreApplication::translate("XlsxReader", "the part %1 is damaged (zip error %2)")
                        .arg(name)
                        .arg(n < 0 ? n : closed));
    return data;
}

// A relationship target relative to xl/ (or absolute from the package root) as a zip entry name: "." and empty
// segments dropped, ".." taking off the segment before it (none above the root). Segment by segment: removing
// "name/../" until none was left looped for ever on "a//../b".
QString partPath(const QString& target) {
    const QString path = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
    QStringList segments;
    for (const QString& segment : path.split(u'/')) {
        if (segment == u".."_s) {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (!segment.isEmpty() && segment != u"."_s) {
            segments << segment;
        }
    }
    return segments.join(u'/');
}

Status xmlError(const QXmlStreamReader& xml, const QString& part) {
    return fail(
        u"the part %1 is not well-formed XML: %2 (line %3)"_s.arg(part, xml.errorString()).arg(xml.lineNumber()));
}

Result<QHash<QString, QString>> readRelationships(void* zip, QHash<QString, QString>* typeTargets) {
    QHash<QString, QString> targets;
    Result<QByteArray> rels = readEntry(zip, u"xl/_rels/workbook.xml.rels"_s);
    if (!rels)
        return rels.code() == ErrorCode::NotFound ? targets : Result<QHash<QString, QString>>(fail(rels.error()));
    QXmlStreamReader xml(*rels);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship"_s)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QString target = partPath(a.value(u"Target"_s).toString());
        targets.insert(a.value(u"Id"_s).toString(), target);
        const QString type = a.value(u"Type"_s).toString();
        typeTargets->insert(type.mid(type.lastIndexOf(u'/') + 1), target);
    }
    if (xml.hasError())
        return fail(xmlError(xml, u"xl/_rels/workbook.xml.rels"_s).error());
    return targets;
}

Result<Workbook> readWorkbook(void* zip, const QString& path) {
    Result<QByteArray> bytes = readEntry(zip, u"xl/workbook.xml"_s);
    if (!bytes)
        return fail(
            QCoreApplication::translate("XlsxReader", "%1 is not an .xlsx workbook: %2").arg(path, bytes.error()));
    QHash<QString, QString> byType;
    Result<QHash<QString, QString>> rels = readRelationships(zip, &byType);
    if (!rels)
        return fail(u"%1: %2"_s.arg(path, rels.error()));
    Workbook book;
    book.sharedStringsPath = byType.value(u"sharedStrings"_s, u"xl/sharedStrings.xml"_s);
    book.stylesPath = byType.value(u"styles"_s, u"xl/styles.xml"_s);
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"workbookPr"_s) {
            const QString v = a.value(u"date1904"_s).toString();
            book.date1904 = v == u"1"_s || v == u"true"_s;
        } else if (xml.name() == u"sheet"_s) {
            QString rid;
            for (const QXmlStreamAttribute& attr : a) {
                if (attr.name() == u"id"_s && !attr.namespaceUri().isEmpty())
                    rid = attr.value().toString();
            }
            book.sheetNames << a.value(u"name"_s).toString();
            const int number = int(book.sheetNames.size());
            book.sheetPaths << rels->value(rid, u"xl/worksheets/sheet%1.xml"_s.arg(number));
        }
    }
    if (xml.hasError())
        return fail(u"%1: %2"_s.arg(path, xmlError(xml, u"xl/workbook.xml"_s).error()));
    if (book.sheetNames.isEmpty())
        return fail(QCoreApplication::translate("XlsxReader", "%1: the workbook has no sheets").arg(path));
    return book;
}

// The text of an <si> or <is> element: its <t>, or its rich text runs' <t>s joined; phonetic guides (<rPh>) are
// not part of the text.
QString readStringItem(QXmlStreamReader& xml) {
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh"_s)
                ++phonetic;
            else if (xml.name() == u"t"_s && phonetic == 0)
                text += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh"_s)
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(void* zip, const QString& part) {
    Result<QByteArray> bytes = readEntry(zip, part);
    if (!bytes)
        return bytes.code() == ErrorCode::NotFound ? QStringList() : Result<QStringList>(fail(bytes.error()));
    QStringList strings;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si"_s)
            strings << readStringItem(xml);
    }
    if (xml.hasError())
        return fail(xmlError(xml, part).error());
    return strings;
}

// A number format shows a date or a time: its code has date or time letters outside quoted text, escapes and
// [colour]/[$-locale] sections.
bool isDateFormat(QString code) {
    static const QRegularExpression literal(u"\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]|_.|\\*."_s);
    code.remove(literal);
    code = code.toLower();
    if (code == u"general"_s)
        return false;
    return code.contains(u'y') || code.contains(u'd') || code.contains(u'h') ||
           (code.contains(u'm') && code.contains(u's'));
}

bool isBuiltinDateFormat(int id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// Which cell styles (the index s of a cell) show a date.
Result<QList<bool>> readDateStyles(void* zip, const QString& part) {
    Result<QByteArray> bytes = readEntry(zip, part);
    if (!bytes)
        return bytes.code() == ErrorCode::NotFound ? QList<bool>() : Result<QList<bool>>(fail(bytes.error()));
    QSet<int> customDates;
    QList<bool> styles;
    bool inCellXfs = false;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs"_s)
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmt"_s && isDateFormat(a.value(u"formatCode"_s).toString()))
            customDates.insert(a.value(u"numFmtId"_s).toInt());
        else if (xml.name() == u"cellXfs"_s)
            inCellXfs = true;
        else if (inCellXfs && xml.name() == u"xf"_s) {
            const int id = a.value(u"numFmtId"_s).toInt();
            styles << (customDates.contains(id) || isBuiltinDateFormat(id));
        }
    }
    if (xml.hasError())
        return fail(xmlError(xml, part).error());
    return styles;
}

// Reads the cells of one sheet's XML.
class SheetParser final {
public:
    SheetParser(const Workbook& book, const QStringList& strings, const QList<bool>& dateStyles)
        : m_book(book)
        , m_strings(strings)
        , m_dateStyles(dateStyles) {}

    Result<QList<XlsxReader::Row>> parse(const QByteArray& bytes, const QString& part) {
        QList<XlsxReader::Row> rows;
        QXmlStreamReader xml(bytes);
        int line = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"row"_s)
                continue;
            const int r = xml.attributes().value(u"r"_s).toInt();
            line = r > 0 ? r : line + 1;
            XlsxReader::Row row{line, readRow(xml)};
            while (!row.cells.isEmpty() && !row.cells.constLast().isValid())
                row.cells.removeLast();
            if (!row.cells.isEmpty())
                rows.append(std::move(row));
        }
        if (xml.hasError())
            return fail(xmlError(xml, part).error());
        return rows;
    }

private:
    QVariantList readRow(QXmlStreamReader& xml) {
        QVariantList cells;
        int column = -1;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c"_s) {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            const QStringView ref = a.value(u"r"_s);
            qsizetype letters = 0;
            while (letters < ref.size() && ref.at(letters).isLetter())
                ++letters;
            const int index = letters > 0 ? XlsxReader::columnIndex(ref.left(letters)) : -1;
            column = index >= 0 ? index : column + 1;
            const QVariant value = readCell(xml, a.value(u"t"_s).toString(), a.value(u"s"_s).toInt());
            if (column >= cells.size())
                cells.resize(column + 1);
            cells[column] = value;
        }
        return cells;
    }

    QVariant readCell(QXmlStreamReader& xml, const QString& type, int style) {
        QString v;
        QString inline_;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v"_s)
                v = xml.readElementText();
            else if (xml.name() == u"is"_s)
                inline_ = readStringItem(xml);
            else
                xml.skipCurrentElement();
        }
        if (type == u"inlineStr"_s)
            return inline_.isEmpty() ? QVariant() : QVariant(inline_);
        if (v.isEmpty())
            return {};
        if (type == u"s"_s)
            return m_strings.value(v.toInt());
        if (type == u"b"_s)
            return v == u"1"_s || v == u"true"_s;
        if (type == u"str"_s || type == u"e"_s)
            return v;
        if (type == u"d"_s)
            return isoDate(v);
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok)
            return v;
        if (m_dateStyles.value(style))
            return dateValue(d);
        return d;
    }

    QVariant dateValue(double serial) const {
        const QDateTime dt = XlsxReader::fromSerial(serial, m_book.date1904);
        if (!dt.isValid())
            return serial;
        if (dt.time() == QTime(0, 0))
            return dt.date();
        return dt;
    }

    static QVariant isoDate(const QString& text) {
        if (text.size() <= 10)
            return QDate::fromString(text, Qt::ISODate);
        QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }

    const Workbook& m_book;
    const QStringList& m_strings;
    const QList<bool>& m_dateStyles;
};

int pickSheet(const QStringList& names, const QString& wanted) {
    if (wanted.isEmpty())
        return 0;
    if (const qsizetype exact = names.indexOf(wanted); exact >= 0)
        return int(exact);
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString& path) {
    Result<Zip> zip = openZip(path);
    if (!zip)
        return fail(zip.code(), zip.error());
    Result<Workbook> book = readWorkbook(zip->get(), path);
    if (!book)
        return fail(book.error());
    return book->sheetNames;
}

Result<XlsxReader::Sheet> XlsxReader::read(const QString& path, const QString& sheet) {
    Result<Zip> zip = openZip(path);
    if (!zip)
        return fail(zip.code(), zip.error());
    Result<Workbook> book = readWorkbook(zip->get(), path);
    if (!book)
        return fail(book.error());
    const int index = pickSheet(book->sheetNames, sheet);
    if (index < 0)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("XlsxReader", "%1 has no sheet '%2' (sheets: %3)")
                                             .arg(path, sheet, book->sheetNames.join(u", "_s)));
    Result<QStringList> strings = readSharedStrings(zip->get(), book->sharedStringsPath);
    if (!strings)
        return fail(u"%1: %2"_s.arg(path, strings.error()));
    Result<QList<bool>> dateStyles = readDateStyles(zip->get(), book->stylesPath);
    if (!dateStyles)
        return fail(u"%1: %2"_s.arg(path, dateStyles.error()));
    const QString part = book->sheetPaths.at(index);
    Result<QByteArray> bytes = readEntry(zip->get(), part);
    if (!bytes)
        return fail(QCoreApplication::translate("XlsxReader", "%1: sheet '%2': %3")
                        .arg(path, book->sheetNames.at(index), bytes.error()));
    Result<QList<Row>> rows = SheetParser(*book, *strings, *dateStyles).parse(*bytes, part);
    if (!rows)
        return fail(u"%1: %2"_s.arg(path, rows.error()));
    return Sheet{book->sheetNames.at(index), std::move(*rows)};
}

int XlsxReader::columnIndex(QStringView letters) {
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int index = 0;
    for (QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        index = index * 26 + (u - u'A' + 1);
    }
    return index - 1;
}

QDateTime XlsxReader::fromSerial(double serial, bool date1904) {
    if (!(serial >= 0) || serial > 2958466)
        return {};
    const qint64 days = qint64(serial);
    const qint64 secs = qRound64((serial - double(days)) * 86400.0);
    QDate base;
    if (date1904) {
        base = QDate(1904, 1, 1);
    } else if (serial >= 61) {
        base = QDate(1899, 12, 30); // past Excel's 29 February 1900, which never was
    } else {
        base = QDate(1899, 12, 31); // serial 1 is 1 January 1900; 60, the missing leap day, reads as 1 March
    }
    return QDateTime(base.addDays(days), QTime(0, 0), Qt::UTC).addSecs(secs);
}

} // namespace Stride
