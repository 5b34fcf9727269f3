#include "csvwriter.h"

#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

CsvWriter::CsvWriter()
    : CsvWriter(Options{}) {}

CsvWriter::CsvWriter(Options options)
    : m_options(options) {}

bool CsvWriter::isNumber(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QString CsvWriter::neutralised(const QString& text) {
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

QString CsvWriter::quoted(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString escaped = text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString CsvWriter::line(const QStringList& cells) {
    if (cells.size() == 1 && cells.front().isEmpty())
        return u"\"\""_s;
    return cells.join(u',');
}

QString CsvWriter::field(const QVariant& value) const {
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return {};
        QString s = QString::number(d, 'f', m_options.maxDecimals);
        if (s.contains(u'.')) {
            while (s.endsWith(u'0'))
                s.chop(1);
            if (s.endsWith(u'.'))
                s.chop(1);
        }
        return s == u"-0"_s ? u"0"_s : s;
    }
    if (isNumber(value))
        return value.toString();
    return quoted(neutralised(value.toString()));
}

QString CsvWriter::text(const QStringList& header, const QList<QVariantList>& rows) const {
    QString text;
    auto writeLine = [&](const QVariantList& cells) {
        QStringList written;
        written.reserve(cells.size());
        for (const QVariant& cell : cells)
            written << field(cell);
        text += line(written) + u"\r\n"_s;
    };
    QVariantList head;
    for (const QString& h : header)
        head << h;
    writeLine(head);
    for (const QVariantList& row : rows) {
        QVariantList cells = row;
        while (cells.size() < header.size())
            cells << QVariant();
        writeLine(cells);
    }
    return text;
}

QByteArray CsvWriter::table(const QStringList& header, const QList<QVariantList>& rows) const {
    QByteArray bytes = m_options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += text(header, rows).toUtf8();
    return bytes;
}

Status CsvWriter::writeFile(const QString& path, const QStringList& header, const QList<QVariantList>& rows) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = table(header, rows);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace Stride
