#include "xlsxdescription.h"

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

} // namespace Stride::Test
