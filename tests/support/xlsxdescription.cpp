#include "xlsxdescription.h"

#include <QDebug>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Stride::Test {

namespace {

const QString kPython = u"/usr/bin/python3"_s;

QString script() {
    const QString source = qEnvironmentVariable("STRIDE_SOURCE_DIR");
    return source.isEmpty() ? QString() : source + u"/tests/support/xlsxcheck.py"_s;
}

} // namespace

QString XlsxDescription::unavailable() {
    if (!QFileInfo::exists(kPython))
        return u"no %1"_s.arg(kPython);
    if (script().isEmpty() || !QFileInfo::exists(script()))
        return u"STRIDE_SOURCE_DIR is not set (run the test through ctest)"_s;
    QProcess p;
    p.start(kPython, {u"-c"_s, u"import openpyxl"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"python3-openpyxl is not installed"_s;
    return {};
}

Result<QJsonObject> XlsxDescription::read(const QString& xlsxPath) {
    QProcess p;
    p.start(kPython, {script(), xlsxPath});
    if (!p.waitForFinished(120000))
        return fail(u"xlsxcheck.py did not finish: %1"_s.arg(p.errorString()));
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(u"xlsxcheck.py failed on %1: %2"_s.arg(xlsxPath, QString::fromUtf8(p.readAllStandardError())));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    if (!doc.isObject())
        return fail(u"xlsxcheck.py printed no JSON object: %1"_s.arg(error.errorString()));
    return doc.object();
}

QJsonObject XlsxDescription::sheet(const QJsonObject& book, const QString& name) {
    for (const QJsonValue& s : book[u"sheets"_s].toArray()) {
        if (s[u"name"_s].toString() == name)
            return s.toObject();
    }
    return {};
}

QJsonObject XlsxDescription::cell(const QJsonObject& sheet, const QString& ref) {
    return sheet[u"cells"_s][ref].toObject();
}

QString XlsxDescription::ref(int row, int col) {
    QString letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

QJsonObject XlsxDescription::grid(const QString& xlsxPath) {
    Result<QJsonObject> book = read(xlsxPath);
    if (!book) {
        qWarning() << book.error();
        return {};
    }
    QJsonArray sheets;
    for (const QJsonValue& s : (*book)[u"sheets"_s].toArray()) {
        const QJsonObject sheet = s.toObject();
        QJsonArray rows;
        for (int r = 0; r < sheet[u"max_row"_s].toInt(); ++r) {
            QJsonArray cells;
            for (int c = 0; c < sheet[u"max_column"_s].toInt(); ++c) {
                const QJsonObject one = cell(sheet, ref(r, c));
                cells.append(one.isEmpty() ? QJsonValue()
                                           : QJsonValue(QJsonArray{one[u"t"_s], one[u"v"_s], one[u"fmt"_s]}));
                // Text a spreadsheet would run is never stored as a formula.
                if (one[u"formula"_s].toBool())
                    qWarning() << "a formula in" << ref(r, c);
            }
            rows.append(cells);
        }
        QJsonArray hidden;
        for (const QJsonValue& col : sheet[u"cols"_s].toArray()) {
            for (int i = col[u"min"_s].toInt(); col[u"hidden"_s].toBool() && i <= col[u"max"_s].toInt(); ++i)
                hidden.append(i - 1);
        }
        sheets.append(QJsonObject{{u"name"_s, sheet[u"name"_s]},
                                  {u"rows"_s, rows},
                                  {u"hidden"_s, hidden},
                                  {u"freeze"_s, sheet[u"freeze"_s]},
                                  {u"filter"_s, sheet[u"autofilter"_s]}});
    }
    return QJsonObject{{u"sheets"_s, sheets}, {u"properties"_s, (*book)[u"properties"_s]}};
}

} // namespace Stride::Test
