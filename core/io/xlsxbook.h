#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;

namespace Stride {

// How a column's cells are written: numbers stay numbers, amounts get a ¥ format, instants and days are Excel
// dates, shares are percentages, lights (green/yellow/red text) are coloured by conditional formatting so a
// filter on them still works. Text is always written as a string, never as a formula: a customer named
// "=HYPERLINK(…)" or "+cmd" stays text.
enum class XlsxCell {
    Text,
    Integer,
    Number,   // up to two decimals shown
    Amount,   // ¥ #,##0.00
    Percent,  // the value is a percentage 0–100 (report tables' *_pct columns); stored as the share 0–1, shown as %
    DateTime, // ISO 8601 text or epoch seconds → an Excel date-time
    Date,     // ISO 8601 day ("2026-11-20") → an Excel date
    Boolean,
    Light, // "green", "yellow", "red" (or their translation): coloured cell
};

// One cell of a streamed row as the database holds it, for XlsxBook::addRow(const XlsxValue*, int): no QVariant
// and no UTF-16 between SQLite and the file. The column's XlsxCell decides how it is written, as for a QVariant.
struct XlsxValue {
    enum class Type : quint8 { Null, Integer, Real, Text, Boolean };
    qint64 integer = 0;         // Integer; Boolean: 0 or 1
    double real = 0;            // Real
    const char* text = nullptr; // Text: UTF-8 of `size` bytes followed by a NUL
    int size = 0;
    Type type = Type::Null; // last: 32 bytes a cell
};

struct XlsxColumn {
    QString header;
    XlsxCell kind = XlsxCell::Text;
    bool hidden = false; // ids, kept in last columns for lookups
};

// One .xlsx workbook written with libxlsxwriter, sheet by sheet and table by table, so a report and a streamed
// list of a million rows are written the same way. The file appears at its path only on commit(): until then it
// is written under a temporary name beside it, and a failure or a destroyed, uncommitted book leaves nothing.
//
// Every sheet begins with a scope line (organisation, team or rep; period; generated at; by whom), then its
// tables: an optional caption row, a bold header row and the rows. The first table's header is frozen and
// repeated on printed pages; sheets print landscape, one page wide, with page numbers in the footer. Column
// widths fit their content (CJK characters count double).
//
// constantMemory streams rows to disk (libxlsxwriter's constant-memory mode, the whole workbook): rows must be
// written in order, tables become an autofilter, and charts are not possible. A table longer than
// maxRowsPerSheet rows continues on a new sheet "Name (2)" with the same scope line and header.
class XlsxBook final {
public:
    struct Options {
        bool constantMemory = false;
        qint64 maxRowsPerSheet = 1048576; // rows of a sheet in all, scope and header lines included (Excel's limit)
        QString title, subject, author, company; // document properties
        qint64 createdAt = 0;                    // document creation time (epoch seconds); 0: now
        // DateTime cells show the wall-clock time of this zone (the organisation's), Excel having no zones.
        QTimeZone timeZone = QTimeZone::utc();
        // The words a Light cell holds, as the caller writes them (translated or not): green, yellow, red.
        QString green = QStringLiteral("green"), yellow = QStringLiteral("yellow"), red = QStringLiteral("red");
    };
    // A table's cells on its sheet, 0-based and inclusive, header row included; for charts.
    struct TableRange {
        QString sheet;
        int headerRow = 0, firstCol = 0, lastRow = 0, lastCol = 0;
        int rows() const { return lastRow - headerRow; }
    };

    static Result<std::unique_ptr<XlsxBook>> create(const QString& path, const Options& options);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    // Starts a sheet; its name is made valid and unique (sheetName()). Returns the name used.
    Result<QString> beginSheet(const QString& name, const QString& scope);
    // Starts a table on the current sheet, below what is there (one blank row between tables).
    // excelTable: an Excel table with its own filter buttons (normal mode only); otherwise an autofilter.
    Status beginTable(const QString& caption, const QList<XlsxColumn>& columns, bool excelTable = true);
    Status addRow(const QVariantList& cells);
    // The same from values as read (list exports): cells the same as addRow() of their QVariants writes.
    Status addRow(const XlsxValue* cells, int count);
    Result<TableRange> endTable();
    // Rows of the current table so far, in all its sheets.
    qint64 tableRows() const;
    // Writes and renames the file into place. Nothing may be added afterwards.
    Status commit();

    // For charts (FigureWorkbook): the libxlsxwriter handles of the book and of the current sheet.
    lxw_workbook* workbook() const;
    lxw_worksheet* worksheet() const;

    // A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not blank, not starting or ending
    // with an apostrophe, and unlike any of `taken` (case-insensitively) — a suffix " (2)", " (3)" … otherwise.
    static QString sheetName(const QString& wanted, const QStringList& taken);

private:
    struct State;
    explicit XlsxBook(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace Stride
