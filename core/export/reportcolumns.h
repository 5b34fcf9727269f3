#pragma once

#include "export/reporttable.h"
#include "io/xlsxbook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stride {

// How the columns of a report table (ReportFigures: owner_id, owner_name, win_rate_pct, amount, stage_entered_at,
// light …) appear in a workbook: the kind of their cells, a header in the installed language, and ids and codes
// (owner_id, stage beside stage_name) as hidden columns moved to the end. Also the translated names of the
// figures (sheet names) and of their tables (captions), and of the codes a cell may hold (green, overdue, rep …).
class ReportColumns final {
    Q_DECLARE_TR_FUNCTIONS(ReportColumns)
public:
    // *_pct → Percent, amounts → Amount, *_at / expected_close / due → DateTime, counts → Integer, means →
    // Number, light → Light; anything unknown is Text.
    static XlsxCell kind(const QString& column);
    // "Win rate", "Owner", "Stage entered" …; an unknown column as it is named.
    static QString header(const QString& column);
    // An id ("id", "*_id") or a code with its label beside it ("stage" next to "stage_name").
    static bool hidden(const QString& column, const QStringList& columns);

    // The order in which a table's columns are written: the shown columns as they are, then the hidden ones.
    // order[i] is the index in table.columns of the i-th written column.
    static QList<int> order(const QStringList& columns);
    // The written columns of a table, in order(): the kind refined by the cells (a "due" that holds counts is an
    // Integer column, a flag column of booleans is Boolean).
    static QList<XlsxColumn> columns(const ReportTable& table, const QList<int>& order);
    // One row as written: permuted by order and with codes translated (lights, levels, statuses).
    static QVariantList row(const ReportTable& table, const QList<int>& order, const QVariantList& cells);
    // A code in a cell, translated where it is one of the report's own words (green, yellow, red, no data; org,
    // team, rep; lost, churned; overdue, reminder, upcoming); anything else unchanged.
    static QVariant value(const QString& column, const QVariant& cell);
    // The translated light words (what value() writes for "green", "yellow", "red"): the colours' triggers.
    static QString light(const QString& code);

    // "Funnel", "Stage dwell" … for a figure of ReportFigures::names(): its sheet's name.
    static QString figureTitle(const QString& figure);
    // The caption of one of a figure's tables ("Stages", "Lost reasons" …).
    static QString tableCaption(const QString& figure, const QString& table);
};

} // namespace Stride
