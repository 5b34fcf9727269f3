#include "reporttextwriter.h"

#include "io/displaywidth.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

QString ReportTextWriter::cell(const QVariant& v) {
    if (v.isNull() || !v.isValid())
        return u"no data"_s;
    if (v.typeId() == QMetaType::Double) {
        QString s = QString::number(v.toDouble(), 'f', 4);
        while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
            s.chop(1);
        return s == u"-0"_s ? u"0"_s : s;
    }
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? u"yes"_s : u"no"_s;
    return v.toString();
}

QString ReportTextWriter::write(const QString& figure, const ReportTable& t) {
    QString out = u"== "_s + figure + u" / "_s + t.name + u" ==\n"_s;
    QList<int> width;
    for (const QString& c : t.columns)
        width << DisplayWidth::of(c);
    QList<QStringList> text;
    for (const QVariantList& row : t.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            cells << cell(row.value(i));
            width[i] = std::max(width.at(i), std::min(maxWidth, DisplayWidth::of(cells.last())));
        }
        text << cells;
    }
    auto line = [&](const QStringList& cells) {
        QList<QStringList> wrapped;
        qsizetype height = 1;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            wrapped << DisplayWidth::wrap(cells.at(i), width.at(i));
            height = std::max(height, wrapped.last().size());
        }
        for (qsizetype l = 0; l < height; ++l) {
            QString s;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                if (i > 0)
                    s += u"  "_s;
                s += DisplayWidth::padded(wrapped.at(i).value(l), width.at(i));
            }
            while (s.endsWith(u' '))
                s.chop(1);
            out += s + u'\n';
        }
    };
    line(t.columns);
    for (const QStringList& cells : text)
        line(cells);
    if (t.rows.isEmpty())
        out += u"(none)\n"_s;
    out += u'\n';
    return out;
}

} // namespace Stride
