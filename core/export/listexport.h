#pragma once

#include "analytics/analyticsfilter.h"
#include "clock.h"
#include "progress.h"
#include "result.h"
#include "storage/customerquery.h"

#include <QString>

namespace Stride {

class Database;

// The Customers, Visits and Pipeline lists to a file, every column and every row the filter selects, with no
// cap: .xlsx streamed in constant memory (past Excel's row limit a sheet continues on "Visits (2)"), or one CSV
// file (CsvWriter's rules: UTF-8 with a byte-order mark by default, formula-like text neutralised).
// People, teams and customers appear by name, their ids in last, hidden columns.
class ListExport final {
public:
    enum class List { Customers, Visits, Opportunities };
    enum class Format { Xlsx, Csv };

    struct Request {
        List list = List::Customers;
        Format format = Format::Xlsx;
        CustomerQuery::Filter customers; // Customers: the page's search and filters
        AnalyticsFilter scope;           // team or rep; period: visited_at (visits), created_at (opportunities)
        QString language;                // "en" or "zh_CN"; the caller has installed that catalogue
        QString author;
        QString company;
        qint64 maxRowsPerSheet = 1048576; // lowered by tests
        bool byteOrderMark = true;        // CSV
    };
    struct Summary {
        qint64 rows = 0;
        int sheets = 0;
    };

    static Result<Summary> write(const QString& path, const Database& db, const Clock& clock, const Request& request,
                                 const Progress& progress = {});
    // "customers", "visits", "opportunities"
    static QString name(List list);
    static std::optional<List> fromName(const QString& name);
};

} // namespace Stride
