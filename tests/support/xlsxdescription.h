#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace Stride::Test {

// What tests/support/xlsxcheck.py, an independent reader (openpyxl and the package's XML read with zipfile),
// finds in a workbook: sheets, cells with value, type and number format, freeze panes, filters and tables,
// column widths, charts and their series ranges, document properties. Run with Debian's /usr/bin/python3.
class XlsxDescription final {
public:
    // Empty when the reader can run; otherwise why not (a test QSKIPs with it).
    static QString unavailable();
    static Result<QJsonObject> read(const QString& xlsxPath);
    // The sheet called `name` in a description (empty when there is none).
    static QJsonObject sheet(const QJsonObject& book, const QString& name);
    // A cell of a sheet by its reference ("B4"); empty when the cell is blank.
    static QJsonObject cell(const QJsonObject& sheet, const QString& ref);
    // "B4" for a 0-based row and column.
    static QString ref(int row, int col);
    // The description reshaped as a grid: {"sheets": [{name, rows: [[type, value, number format] or null per
    // cell], hidden: 0-based hidden columns, freeze, filter}], "properties": …}; empty (with a warning) when the
    // reader fails. A cell stored as a formula is warned about: exported text never is one.
    static QJsonObject grid(const QString& xlsxPath);
};

} // namespace Stride::Test
