#pragma once

#include "importkind.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// Why one row of an import file was rejected.
struct ImportIssue {
    int line = 0;   // the row's line in the file (ImportRow::line)
    QString column; // the header name of the column at fault (empty: the row as a whole, e.g. a duplicate)
    QString value;  // the cell's text
    QString reason; // English, names the problem: "satisfaction must be between 0 and 100"

    bool operator==(const ImportIssue& o) const {
        return line == o.line && column == o.column && value == o.value && reason == o.reason;
    }
};

// What an import did (or, for a dry run or a refused all-or-nothing import, would have done).
struct ImportReport {
    enum class Outcome {
        Committed,          // the valid rows were written (in one transaction)
        DryRun,             // nothing written, as asked
        RefusedInvalidRows, // all-or-nothing and some rows were invalid: nothing written
    };
    ImportKind kind = ImportKind::Customers;
    QString source;
    Outcome outcome = Outcome::DryRun;
    qint64 rows = 0;           // data rows read
    qint64 created = 0;        // new rows (would be, for a dry run)
    qint64 updated = 0;        // existing rows changed
    qint64 unchanged = 0;      // existing rows that already held these values
    qint64 rejected = 0;       // rows with at least one issue
    QList<ImportIssue> issues; // every issue, by line

    bool written() const { return outcome == Outcome::Committed; }
    // Lines of text for a terminal or a log: the counts, then one line per issue ("line 7, 满意度: …").
    QString text() const;
    // The issues as CSV (UTF-8 with a byte-order mark, for Excel): line,column,value,reason.
    QByteArray csv() const;
    // csv() to a file, written whole or not at all.
    Status writeCsv(const QString& path) const;
};

} // namespace Stride
