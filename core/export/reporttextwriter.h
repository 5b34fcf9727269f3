#pragma once

#include "export/reporttable.h"

#include <QString>
#include <QVariant>

namespace Stride {

// A report table as aligned plain text for a terminal (stride-cli report --format table). Columns are aligned by
// display width (DisplayWidth: a Chinese character takes two columns); a cell wider than maxWidth wraps onto
// more lines at word boundaries instead of being cut, so "Customised quote (3)" never loses its count.
class ReportTextWriter final {
public:
    static constexpr int maxWidth = 40;

    // "== figure / table ==", the header, the rows ("(none)" without any), and a blank line.
    static QString write(const QString& figure, const ReportTable& table);
    // One cell as text: null is "no data", booleans yes/no, numbers with at most 4 decimals.
    static QString cell(const QVariant& value);
};

} // namespace Stride
