#include "importreport.h"

#include "io/csvwriter.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Stride {

QString ImportReport::text() const {
    QString out;
    const QString kindName = importKindName(kind);
    switch (outcome) {
    case Outcome::Committed:
        out += u"Imported %1 from %2: %3 created, %4 updated, %5 unchanged, %6 rejected (of %7 rows).\n"_s.arg(
            kindName, source, QString::number(created), QString::number(updated), QString::number(unchanged),
            QString::number(rejected), QString::number(rows));
        break;
    case Outcome::DryRun:
        out += u"Dry run, nothing written. %1 from %2 would be: %3 created, %4 updated, %5 unchanged, %6 rejected "
               "(of %7 rows).\n"_s.arg(kindName, source, QString::number(created), QString::number(updated),
                                       QString::number(unchanged), QString::number(rejected), QString::number(rows));
        break;
    case Outcome::RefusedInvalidRows:
        out += u"Nothing imported: %1 of %2 rows of %3 are invalid, and every row must be valid "
               "(--all-or-nothing).\n"_s.arg(QString::number(rejected), QString::number(rows), source);
        break;
    }
    for (const ImportIssue& issue : issues) {
        QString where = u"line %1"_s.arg(issue.line);
        if (!issue.column.isEmpty())
            where += u", "_s + issue.column;
        out += where + u": "_s + issue.reason;
        if (!issue.value.isEmpty())
            out += u" ('%1')"_s.arg(issue.value);
        out += u'\n';
    }
    return out;
}

QByteArray ImportReport::csv() const {
    QList<QVariantList> table;
    table.reserve(issues.size());
    for (const ImportIssue& issue : issues)
        table << QVariantList{issue.line, issue.column, issue.value, issue.reason};
    return CsvWriter().table({u"line"_s, u"column"_s, u"value"_s, u"reason"_s}, table);
}

Status ImportReport::writeCsv(const QString& path) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, f.errorString()));
    f.write(csv());
    if (!f.commit())
        return fail(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, f.errorString()));
    return {};
}

} // namespace Stride
