#include "xlsxbook.h"

#include "displaywidth.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr qint64 kExcelRows = 1048576;
constexpr int kMaxStringLength = 32767; // Excel's limit for a cell
constexpr int kMaxColumnWidth = 60;
constexpr double kUnixEpochSerial = 25569.0; // 1970-01-01 in Excel's 1900 date system

// UTF-8 for libxlsxwriter, into `out` (reused from cell to cell, so a cell costs no allocation): a lone surrogate
// (possible in a QString built from broken input) and NUL (which would end the C string) become U+FFFD, and text
// longer than a cell holds is cut. With `width`, also the text's display width (as DisplayWidth counts it).
void encodeUtf8(QStringView text, QByteArray& out, int* width = nullptr) {
    qsizetype n = text.size();
    if (n > kMaxStringLength) {
        n = kMaxStringLength;
        if (text[n - 1].isHighSurrogate())
            --n;
    }
    out.resize(n * 3 + 1);
    char* o = out.data();
    const char16_t* p = text.utf16();
    int w = 0;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80 && c != 0) {
            *o++ = char(c);
            w += c >= 0x20 && c != 0x7F ? 1 : 0;
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1]))
            c = QChar::surrogateToUcs4(char16_t(c), p[++i]);
        else if (c == 0 || QChar::isSurrogate(c))
            c = QChar::ReplacementCharacter;
        if (width)
            w += c >= 0x4E00 && c <= 0x9FFF ? 2 : DisplayWidth::of(c); // the common CJK block first
        if (c < 0x800) {
            *o++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *o++ = char(0xE0 | (c >> 12));
            *o++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *o++ = char(0xF0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3F));
            *o++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *o++ = char(0x80 | (c & 0x3F));
    }
    *o = '\0';
    out.resize(o - out.constData());
    if (width)
        *width = w;
}

QByteArray utf8(QStringView text) {
    QByteArray out;
    encodeUtf8(text, out);
    return out;
}

// Whether `size` bytes are UTF-8 as QString::fromUtf8 would keep them (no overlong form, no surrogate, nothing past
// U+10FFFF) and hold no NUL; with `width`, also their display width as encodeUtf8() counts it.
bool scanUtf8(const char* text, int size, int* width) {
    const auto* p = reinterpret_cast<const unsigned char*>(text);
    const unsigned char* end = p + size;
    int w = 0;
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            if (b == 0)
                return false;
            w += b >= 0x20 && b != 0x7F ? 1 : 0;
            ++p;
            continue;
        }
        char32_t c = 0;
        int more = 0;
        char32_t min = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            c = b & 0x1F;
            more = 1;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            c = b & 0x0F;
            more = 2;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            c = b & 0x07;
            more = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (p[i] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        if (width)
            w += c >= 0x4E00 && c <= 0x9FFF ? 2 : DisplayWidth::of(c);
        p += more + 1;
    }
    if (width)
        *width = w;
    return true;
}

QString lxwError(lxw_error e) {
    return QString::fromUtf8(lxw_strerror(e));
}

// Width in characters of a number as its format shows it: digits, thousands separators, decimals.
int numberWidth(double v, int decimals, bool separators) {
    const double a = std::fabs(v);
    int digits = a < 1 ? 1 : int(std::floor(std::log10(a))) + 1;
    if (separators)
        digits += (digits - 1) / 3;
    return digits + (decimals ? decimals + 1 : 0) + (v < 0 ? 1 : 0);
}

std::optional<double> number(const QVariant& v) {
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return v.toDouble();
    default:
        break;
    }
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

} // namespace

struct XlsxBook::State {
    struct Sheet {
        lxw_worksheet* ws = nullptr;
        QString name, baseName, scope;
        int part = 1;
        qint64 row = 1; // the next free row; row 0 holds the scope line
        int tables = 0;
        bool filtered = false;
        QList<int> widths, idWidths; // widest content where a column is shown, and where it is hidden (ids)
        QList<int> hidden;           // per column: -1 no table has it, 0 shown somewhere, 1 hidden everywhere
    };
    struct Table {
        bool open = false;
        QString caption;
        QList<XlsxColumn> columns;
        QList<QByteArray> headers;
        bool excel = true;
        qint64 headerRow = 0;
        qint64 rowsHere = 0; // data rows on the current sheet
        qint64 rowsAll = 0;  // data rows on every sheet
    };

    QString path, tmpPath;
    Options options;
    lxw_workbook* wb = nullptr;
    bool closed = false;
    QByteArray tmpPathUtf8, tmpDir;
    QList<QByteArray> keep; // strings libxlsxwriter may point at until the book is closed
    QStringList taken;
    Sheet sheet;
    Table table;
    lxw_format *scopeFmt = nullptr, *captionFmt = nullptr, *headerFmt = nullptr, *integerFmt = nullptr,
               *numberFmt = nullptr, *amountFmt = nullptr, *percentFmt = nullptr, *dateTimeFmt = nullptr,
               *dateFmt = nullptr;
    lxw_format* lightFmt[3] = {nullptr, nullptr, nullptr};

    QString cannot(const QString& why) const { return u"cannot write %1: %2"_s.arg(path, why); }
    const char* kept(const QByteArray& b) {
        keep.append(b);
        return keep.last().constData();
    }
    void makeFormats();
    Status startSheet(const QString& name, const QString& scope);
    void finishSheet();
    Status writeHeader();
    Status finishPart();
    Status writeCell(qint64 row, int col, XlsxCell kind, const QVariant& value);
    lxw_error writeText(qint64 row, int col, const QString& value);
    lxw_error writeNumber(qint64 row, int col, XlsxCell kind, const QVariant& value);
    lxw_error writeNumber(qint64 row, int col, XlsxCell kind, double value);
    lxw_error writeSerial(qint64 row, int col, XlsxCell kind, double serial);
    lxw_error writeUtf8(qint64 row, int col, const char* utf8Text, int size);
    Status writeValue(qint64 row, int col, XlsxCell kind, const XlsxValue& value);
    Status nextRow(); // continues the table on a new sheet when this one is full
    lxw_error writeDate(qint64 row, int col, XlsxCell kind, const QVariant& value);
    std::optional<double> dateSerial(XlsxCell kind, const QVariant& value) const;
    // The width a column's content needs so far; ids in a column another table shows do not widen it.
    int& width(int col) { return table.columns[col].hidden ? sheet.idWidths[col] : sheet.widths[col]; }
    void grow(int col, int w) {
        if (w > width(col))
            width(col) = w;
    }
    // The zone's offset holds between two of its transitions: one look-up serves every instant in that window
    // (a look-up per cell cost more than the rest of a dated row).
    mutable qint64 zoneFrom = 0, zoneTo = 0; // [zoneFrom, zoneTo): zoneOffset applies
    mutable int zoneOffset = 0;
    QByteArray text; // a text cell's UTF-8, reused
    void moveZoneWindow(qint64 secs) const;
    double serial(qint64 secs) const {
        if (secs < zoneFrom || secs >= zoneTo)
            moveZoneWindow(secs);
        return kUnixEpochSerial + double(secs + zoneOffset) / 86400.0;
    }
};

void XlsxBook::State::moveZoneWindow(qint64 secs) const {
    const QTimeZone& zone = options.timeZone;
    zoneFrom = std::numeric_limits<qint64>::min();
    zoneTo = std::numeric_limits<qint64>::max();
    if (zone == QTimeZone::utc()) {
        zoneOffset = 0;
        return;
    }
    const QDateTime at = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    zoneOffset = zone.offsetFromUtc(at);
    if (!zone.hasTransitions())
        return;
    const QTimeZone::OffsetData before = zone.previousTransition(at.addSecs(1)); // at or before the instant
    const QTimeZone::OffsetData after = zone.nextTransition(at);
    if (before.atUtc.isValid())
        zoneFrom = std::min(before.atUtc.toSecsSinceEpoch(), secs);
    if (after.atUtc.isValid())
        zoneTo = std::max(after.atUtc.toSecsSinceEpoch(), secs + 1);
}

void XlsxBook::State::makeFormats() {
    auto numFmt = [this](const char* f) {
        lxw_format* fmt = workbook_add_format(wb);
        format_set_num_format(fmt, f);
        return fmt;
    };
    scopeFmt = workbook_add_format(wb);
    format_set_italic(scopeFmt);
    captionFmt = workbook_add_format(wb);
    format_set_bold(captionFmt);
    format_set_font_size(captionFmt, 12);
    headerFmt = workbook_add_format(wb);
    format_set_bold(headerFmt);
    format_set_bottom(headerFmt, LXW_BORDER_THIN);
    integerFmt = numFmt("#,##0");
    numberFmt = numFmt("#,##0.00");
    amountFmt = numFmt("\"\xC2\xA5\"#,##0.00");
    percentFmt = numFmt("0.0%");
    dateTimeFmt = numFmt("yyyy-mm-dd hh:mm");
    dateFmt = numFmt("yyyy-mm-dd");
    const lxw_color_t fills[3] = {0xC6EFCE, 0xFFEB9C, 0xFFC7CE}, fonts[3] = {0x006100, 0x9C5700, 0x9C0006};
    for (int i = 0; i < 3; ++i) {
        lightFmt[i] = workbook_add_format(wb);
        format_set_bg_color(lightFmt[i], fills[i]);
        format_set_font_color(lightFmt[i], fonts[i]);
    }
}

Status XlsxBook::State::startSheet(const QString& name, const QString& scope) {
    finishSheet();
    sheet = Sheet{};
    sheet.name = XlsxBook::sheetName(name, taken);
    sheet.scope = scope;
    sheet.ws = workbook_add_worksheet(wb, kept(utf8(sheet.name)));
    if (!sheet.ws)
        return fail(ErrorCode::Io, cannot(u"the sheet name '%1' was refused"_s.arg(sheet.name)));
    taken.append(sheet.name);
    if (!scope.isEmpty()) {
        const lxw_error e = worksheet_write_string(sheet.ws, 0, 0, utf8(scope).constData(), scopeFmt);
        if (e != LXW_NO_ERROR)
            return fail(ErrorCode::Io, cannot(lxwError(e)));
    }
    worksheet_set_landscape(sheet.ws);
    worksheet_fit_to_pages(sheet.ws, 1, 0);
    worksheet_set_paper(sheet.ws, 9); // A4
    worksheet_set_footer(sheet.ws, "&C&P / &N");
    return {};
}

// Column widths and hidden columns, once the sheet's content is known (libxlsxwriter writes them at close,
// also in constant-memory mode).
void XlsxBook::State::finishSheet() {
    if (!sheet.ws)
        return;
    for (int c = 0; c < sheet.widths.size(); ++c) {
        lxw_row_col_options opt{};
        opt.hidden = sheet.hidden[c] == 1;
        const double chars = std::clamp((opt.hidden ? sheet.idWidths[c] : sheet.widths[c]) + 2, 6, kMaxColumnWidth);
        worksheet_set_column_opt(sheet.ws, lxw_col_t(c), lxw_col_t(c), chars, nullptr, &opt);
    }
    sheet.ws = nullptr;
}

Status XlsxBook::State::writeHeader() {
    if (!table.caption.isEmpty()) {
        const lxw_error e =
            worksheet_write_string(sheet.ws, lxw_row_t(sheet.row), 0, utf8(table.caption).constData(), captionFmt);
        if (e != LXW_NO_ERROR)
            return fail(ErrorCode::Io, cannot(lxwError(e)));
        ++sheet.row;
    }
    table.headerRow = sheet.row;
    table.rowsHere = 0;
    const int n = int(table.columns.size());
    while (sheet.widths.size() < n) {
        sheet.widths.append(0);
        sheet.idWidths.append(0);
        sheet.hidden.append(-1);
    }
    for (int c = 0; c < n; ++c) {
        const lxw_error e = worksheet_write_string(sheet.ws, lxw_row_t(sheet.row), lxw_col_t(c),
                                                   table.headers[c].constData(), headerFmt);
        if (e != LXW_NO_ERROR)
            return fail(ErrorCode::Io, cannot(lxwError(e)));
        grow(c, DisplayWidth::of(table.columns[c].header) + 3); // room for the filter button
        const bool hide = table.columns[c].hidden;
        sheet.hidden[c] = sheet.hidden[c] == 0 ? 0 : (hide ? 1 : 0);
    }
    if (sheet.tables++ == 0) {
        worksheet_freeze_panes(sheet.ws, lxw_row_t(sheet.row + 1), 0);
        worksheet_repeat_rows(sheet.ws, lxw_row_t(sheet.row), lxw_row_t(sheet.row));
    }
    ++sheet.row;
    return {};
}

// The filter (an Excel table, or the sheet's one autofilter) and the light colours of the current table's part
// on this sheet.
Status XlsxBook::State::finishPart() {
    const auto first = lxw_row_t(table.headerRow);
    const auto lastCol = lxw_col_t(table.columns.size() - 1);
    const auto lastRow = lxw_row_t(table.headerRow + std::max<qint64>(table.rowsHere, 1));
    lxw_error e = LXW_NO_ERROR;
    if (table.excel && !options.constantMemory) {
        QList<lxw_table_column> cols(table.columns.size());
        QList<lxw_table_column*> ptrs;
        for (int c = 0; c < cols.size(); ++c) {
            cols[c] = lxw_table_column{};
            cols[c].header = const_cast<char*>(table.headers[c].constData());
            cols[c].header_format = headerFmt;
            ptrs.append(&cols[c]);
        }
        ptrs.append(nullptr);
        lxw_table_options opt{};
        opt.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
        opt.style_type_number = 9;
        opt.columns = ptrs.data();
        e = worksheet_add_table(sheet.ws, first, 0, lastRow, lastCol, &opt);
    } else if (!sheet.filtered) {
        sheet.filtered = true;
        e = worksheet_autofilter(sheet.ws, first, 0, lastRow, lastCol);
    }
    if (e != LXW_NO_ERROR)
        return fail(ErrorCode::Io, cannot(lxwError(e)));
    if (table.rowsHere == 0)
        return {};
    const QString words[3] = {options.green, options.yellow, options.red};
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].kind != XlsxCell::Light)
            continue;
        for (int i = 0; i < 3; ++i) {
            lxw_conditional_format cf{};
            cf.type = LXW_CONDITIONAL_TYPE_CELL;
            cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
            QString quoted = words[i];
            quoted.replace(u'"', u"\"\""_s);
            cf.value_string = const_cast<char*>(kept(utf8(u'"' + quoted + u'"')));
            cf.format = lightFmt[i];
            e = worksheet_conditional_format_range(sheet.ws, first + 1, lxw_col_t(c), lastRow, lxw_col_t(c), &cf);
            if (e != LXW_NO_ERROR)
                return fail(ErrorCode::Io, cannot(lxwError(e)));
        }
    }
    return {};
}

// An Excel date (1900 system) for a QDate, a QDateTime, epoch seconds or ISO 8601 text; nullopt when it is none.
std::optional<double> XlsxBook::State::dateSerial(XlsxCell kind, const QVariant& value) const {
    switch (value.typeId()) {
    case QMetaType::QDate:
        return double(QDate(1899, 12, 30).daysTo(value.toDate()));
    case QMetaType::QDateTime:
        return serial(value.toDateTime().toSecsSinceEpoch());
    case QMetaType::QString:
        break;
    default:
        if (const std::optional<double> secs = number(value))
            return serial(qint64(*secs));
        return std::nullopt;
    }
    const QString s = value.toString();
    if (kind == XlsxCell::Date && s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        return d.isValid() ? std::optional<double>(double(QDate(1899, 12, 30).daysTo(d))) : std::nullopt;
    }
    const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) // no offset in the text: it is already wall-clock time
        return kUnixEpochSerial + double(QDateTime(t.date(), t.time(), Qt::UTC).toSecsSinceEpoch()) / 86400.0;
    return serial(t.toSecsSinceEpoch());
}

// Always a string cell, never a formula: text beginning with = + - @ stays text.
lxw_error XlsxBook::State::writeText(qint64 row, int col, const QString& value) {
    // No character is wider than two columns, and a column is no wider than kMaxColumnWidth: most cells need
    // no measuring.
    const int known = width(col);
    if (value.size() * 2 > known && known < kMaxColumnWidth) {
        int w = 0;
        encodeUtf8(value, text, &w);
        grow(col, w);
    } else {
        encodeUtf8(value, text);
    }
    return worksheet_write_string(sheet.ws, lxw_row_t(row), lxw_col_t(col), text.constData(), nullptr);
}

lxw_error XlsxBook::State::writeNumber(qint64 row, int col, XlsxCell kind, const QVariant& value) {
    const std::optional<double> v = number(value);
    if (!v)
        return writeText(row, col, value.toString());
    return writeNumber(row, col, kind, *v);
}

lxw_error XlsxBook::State::writeNumber(qint64 row, int col, XlsxCell kind, double v) {
    if (!std::isfinite(v)) // a spreadsheet has no infinity: "inf" as text, not a file Excel refuses
        return writeText(row, col, QString::number(v));
    const bool share = kind == XlsxCell::Percent;
    lxw_format* fmt = kind == XlsxCell::Integer  ? integerFmt
                      : kind == XlsxCell::Number ? numberFmt
                      : kind == XlsxCell::Amount ? amountFmt
                                                 : percentFmt;
    const int decimals = kind == XlsxCell::Integer ? 0 : share ? 1 : 2;
    const int sign = kind == XlsxCell::Amount || share ? 1 : 0; // ¥ or %
    grow(col, numberWidth(v, decimals, !share) + sign);
    return worksheet_write_number(sheet.ws, lxw_row_t(row), lxw_col_t(col), share ? v / 100.0 : v, fmt);
}

lxw_error XlsxBook::State::writeDate(qint64 row, int col, XlsxCell kind, const QVariant& value) {
    std::optional<double> serialValue;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) { // epoch seconds, as stored
        const qint64 secs = value.toLongLong();
        if (secs == 0)
            return LXW_NO_ERROR; // no time
        serialValue = serial(secs);
    } else {
        if (value.typeId() != QMetaType::QString && number(value) == 0.0)
            return LXW_NO_ERROR; // epoch seconds 0: no time
        serialValue = dateSerial(kind, value);
    }
    // Before March 1900 Excel's calendar is off by a day (its 29 February 1900): such a date stays text.
    if (!serialValue || *serialValue < 61)
        return writeText(row, col, value.toString());
    return writeSerial(row, col, kind, *serialValue);
}

lxw_error XlsxBook::State::writeSerial(qint64 row, int col, XlsxCell kind, double serialValue) {
    const bool day = kind == XlsxCell::Date;
    grow(col, day ? 10 : 16);
    return worksheet_write_number(sheet.ws, lxw_row_t(row), lxw_col_t(col), day ? std::floor(serialValue) : serialValue,
                                  day ? dateFmt : dateTimeFmt);
}

// UTF-8 as read goes to the file as it is when it is valid, holds no NUL and fits a cell; the rest takes the way of a
// QString (writeText), which repairs it. Widths are measured as writeText measures them.
lxw_error XlsxBook::State::writeUtf8(qint64 row, int col, const char* utf8Text, int size) {
    const int known = width(col);
    const bool measure = qint64(size) * 2 > known && known < kMaxColumnWidth; // bytes >= UTF-16 units
    int w = 0;
    if (size > kMaxStringLength || !scanUtf8(utf8Text, size, measure ? &w : nullptr))
        return writeText(row, col, QString::fromUtf8(utf8Text, size));
    if (measure)
        grow(col, w);
    return worksheet_write_string(sheet.ws, lxw_row_t(row), lxw_col_t(col), utf8Text, nullptr);
}

// The common pairs of a column's kind and a value's type directly; any other the way of its QVariant (writeCell),
// so both addRow()s write the same cells.
Status XlsxBook::State::writeValue(qint64 row, int col, XlsxCell kind, const XlsxValue& v) {
    lxw_error e = LXW_NO_ERROR;
    const bool numeric =
        kind == XlsxCell::Integer || kind == XlsxCell::Number || kind == XlsxCell::Amount || kind == XlsxCell::Percent;
    const bool dated = kind == XlsxCell::DateTime || kind == XlsxCell::Date;
    switch (v.type) {
    case XlsxValue::Type::Null:
        return {};
    case XlsxValue::Type::Boolean:
        return writeCell(row, col, kind, QVariant(v.integer != 0));
    case XlsxValue::Type::Text:
        if (kind != XlsxCell::Text && kind != XlsxCell::Light)
            return writeCell(row, col, kind, QString::fromUtf8(v.text, v.size));
        e = writeUtf8(row, col, v.text, v.size);
        break;
    case XlsxValue::Type::Integer:
        if (numeric) {
            e = writeNumber(row, col, kind, double(v.integer));
        } else if (dated && v.integer != 0 && serial(v.integer) >= 61) {
            e = writeSerial(row, col, kind, serial(v.integer)); // epoch seconds, as stored
        } else {
            return writeCell(row, col, kind, QVariant(v.integer));
        }
        break;
    case XlsxValue::Type::Real:
        if (!numeric || !std::isfinite(v.real))
            return writeCell(row, col, kind, QVariant(v.real));
        e = writeNumber(row, col, kind, v.real);
        break;
    }
    if (e != LXW_NO_ERROR)
        return fail(ErrorCode::Io, cannot(lxwError(e)));
    return {};
}

Status XlsxBook::State::writeCell(qint64 row, int col, XlsxCell kind, const QVariant& value) {
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::Bool)
        kind = XlsxCell::Boolean; // a flag stays a flag whatever its column
    lxw_error e = LXW_NO_ERROR;
    switch (kind) {
    case XlsxCell::Text:
    case XlsxCell::Light:
        e = writeText(row, col, value.toString());
        break;
    case XlsxCell::Integer:
    case XlsxCell::Number:
    case XlsxCell::Amount:
    case XlsxCell::Percent:
        e = writeNumber(row, col, kind, value);
        break;
    case XlsxCell::DateTime:
    case XlsxCell::Date:
        e = writeDate(row, col, kind, value);
        break;
    case XlsxCell::Boolean:
        grow(col, 5);
        e = worksheet_write_boolean(sheet.ws, lxw_row_t(row), lxw_col_t(col), value.toBool() ? 1 : 0, nullptr);
        break;
    }
    if (e != LXW_NO_ERROR)
        return fail(ErrorCode::Io, cannot(lxwError(e)));
    return {};
}

XlsxBook::XlsxBook(std::unique_ptr<State> state)
    : m_state(std::move(state)) {}

XlsxBook::~XlsxBook() {
    if (!m_state)
        return;
    if (m_state->wb && !m_state->closed)
        lxw_workbook_free(m_state->wb);
    if (!m_state->tmpPath.isEmpty())
        QFile::remove(m_state->tmpPath);
}

Result<std::unique_ptr<XlsxBook>> XlsxBook::create(const QString& path, const Options& options) {
    auto s = std::make_unique<State>();
    s->path = path;
    s->options = options;
    s->options.maxRowsPerSheet = std::clamp<qint64>(options.maxRowsPerSheet, 8, kExcelRows);
    const QFileInfo target(path);
    if (target.isDir())
        return fail(ErrorCode::Io, s->cannot(u"it is a directory"_s));
    // Reserve a temporary name beside the target: it proves the folder is writable, and the rename on commit
    // stays on one file system. A plain new file (not QTemporaryFile, whose files are private to the owner), so
    // the workbook gets the permissions any new file of the user gets.
    QFile tmp;
    for (int attempt = 0; attempt < 16; ++attempt) {
        tmp.setFileName(u"%1/.%2.%3.tmp"_s.arg(target.absolutePath(), target.fileName())
                            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (tmp.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !tmp.exists())
            break; // opened, or failed for another reason than a name taken
    }
    if (!tmp.isOpen())
        return fail(ErrorCode::Io, s->cannot(tmp.errorString()));
    s->tmpPath = tmp.fileName();
    tmp.close();
    s->tmpPathUtf8 = QFile::encodeName(s->tmpPath);
    s->tmpDir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = options.constantMemory ? 1 : 0;
    wbOptions.tmpdir = s->tmpDir.data();
    wbOptions.use_zip64 = 1;
    s->wb = workbook_new_opt(s->tmpPathUtf8.constData(), &wbOptions);
    std::unique_ptr<XlsxBook> book(new XlsxBook(std::move(s)));
    State& st = *book->m_state;
    if (!st.wb)
        return fail(ErrorCode::Io, st.cannot(u"the workbook could not be created"_s));
    st.makeFormats();
    lxw_doc_properties props{};
    props.title = const_cast<char*>(st.kept(utf8(options.title)));
    props.subject = const_cast<char*>(st.kept(utf8(options.subject)));
    props.author = const_cast<char*>(st.kept(utf8(options.author)));
    props.company = const_cast<char*>(st.kept(utf8(options.company)));
    props.created = time_t(options.createdAt ? options.createdAt : QDateTime::currentSecsSinceEpoch());
    if (const lxw_error e = workbook_set_properties(st.wb, &props); e != LXW_NO_ERROR)
        return fail(ErrorCode::Io, st.cannot(lxwError(e)));
    return book;
}

Result<QString> XlsxBook::beginSheet(const QString& name, const QString& scope) {
    State& s = *m_state;
    if (s.closed)
        return fail(s.cannot(u"the workbook is already written"_s));
    if (s.table.open)
        return fail(s.cannot(u"a table is still open"_s));
    const QString base = name.trimmed().isEmpty() ? u"Sheet"_s : name;
    if (Status st = s.startSheet(base, scope); !st)
        return fail(st.code(), st.error());
    s.sheet.baseName = s.sheet.name;
    return s.sheet.name;
}

Status XlsxBook::beginTable(const QString& caption, const QList<XlsxColumn>& columns, bool excelTable) {
    State& s = *m_state;
    if (!s.sheet.ws)
        return fail(s.cannot(u"a table needs a sheet (beginSheet)"_s));
    if (s.table.open)
        return fail(s.cannot(u"the previous table is still open"_s));
    if (columns.isEmpty() || columns.size() > 16384)
        return fail(s.cannot(u"a table needs 1 to 16384 columns"_s));
    s.table = State::Table{};
    s.table.open = true;
    s.table.caption = caption;
    s.table.columns = columns;
    s.table.excel = excelTable;
    // An Excel table needs distinct, non-empty column names (compared case-insensitively).
    QStringList seen;
    for (int c = 0; c < columns.size(); ++c) {
        QString h = columns[c].header.trimmed().isEmpty() ? u"Column %1"_s.arg(c + 1) : columns[c].header;
        const QString base = h;
        for (int n = 2; seen.contains(h, Qt::CaseInsensitive); ++n)
            h = u"%1 (%2)"_s.arg(base).arg(n);
        seen.append(h);
        s.table.headers.append(utf8(h));
    }
    if (s.sheet.tables > 0)
        ++s.sheet.row; // a blank row between tables
    if (s.sheet.row + (caption.isEmpty() ? 1 : 2) >= s.options.maxRowsPerSheet)
        return fail(s.cannot(u"the sheet '%1' is full"_s.arg(s.sheet.name)));
    return s.writeHeader();
}

Status XlsxBook::State::nextRow() {
    if (!table.open)
        return fail(cannot(u"no table is open"_s));
    if (sheet.row < options.maxRowsPerSheet)
        return {};
    // Continue on "Name (2)" with the same scope line, caption and header.
    if (Status st = finishPart(); !st)
        return st;
    const QString base = sheet.baseName, scope = sheet.scope; // copies: startSheet() resets the sheet
    const int part = sheet.part + 1;
    if (Status st = startSheet(u"%1 (%2)"_s.arg(base).arg(part), scope); !st)
        return st;
    sheet.baseName = base;
    sheet.part = part;
    return writeHeader();
}

Status XlsxBook::addRow(const QVariantList& cells) {
    State& s = *m_state;
    if (Status st = s.nextRow(); !st)
        return st;
    const int n = int(std::min(cells.size(), s.table.columns.size()));
    for (int c = 0; c < n; ++c) {
        if (Status st = s.writeCell(s.sheet.row, c, s.table.columns[c].kind, cells[c]); !st)
            return st;
    }
    ++s.sheet.row;
    ++s.table.rowsHere;
    ++s.table.rowsAll;
    return {};
}

Status XlsxBook::addRow(const XlsxValue* cells, int count) {
    State& s = *m_state;
    if (Status st = s.nextRow(); !st)
        return st;
    const int n = int(std::min<qsizetype>(count, s.table.columns.size()));
    const XlsxColumn* columns = s.table.columns.constData();
    for (int c = 0; c < n; ++c) {
        if (Status st = s.writeValue(s.sheet.row, c, columns[c].kind, cells[c]); !st)
            return st;
    }
    ++s.sheet.row;
    ++s.table.rowsHere;
    ++s.table.rowsAll;
    return {};
}

qint64 XlsxBook::tableRows() const {
    return m_state->table.rowsAll;
}

Result<XlsxBook::TableRange> XlsxBook::endTable() {
    State& s = *m_state;
    if (!s.table.open)
        return fail(s.cannot(u"no table is open"_s));
    if (Status st = s.finishPart(); !st)
        return fail(st.code(), st.error());
    s.table.open = false;
    TableRange range;
    range.sheet = s.sheet.name;
    range.headerRow = int(s.table.headerRow);
    range.firstCol = 0;
    range.lastCol = int(s.table.columns.size() - 1);
    range.lastRow = int(s.table.headerRow + s.table.rowsHere);
    // An Excel table holds at least one (blank) data row: keep the next table below it.
    if (s.table.rowsHere == 0)
        ++s.sheet.row;
    return range;
}

Status XlsxBook::commit() {
    State& s = *m_state;
    if (s.closed)
        return fail(s.cannot(u"the workbook is already written"_s));
    if (s.table.open)
        return fail(s.cannot(u"a table is still open"_s));
    if (s.taken.isEmpty()) {
        if (Status st = s.startSheet(u"Sheet"_s, {}); !st)
            return st;
    }
    s.finishSheet();
    s.closed = true;
    errno = 0;
    const lxw_error e = workbook_close(s.wb);
    s.wb = nullptr;
    if (e != LXW_NO_ERROR) {
        const QString why = errno ? qt_error_string(errno) : QString();
        return fail(ErrorCode::Io, s.cannot(why.isEmpty() ? lxwError(e) : lxwError(e) + u": "_s + why));
    }
    const QByteArray target = QFile::encodeName(s.path);
    // POSIX replaces an existing file in one step; where rename refuses to (Windows), the old file goes first.
    if (std::rename(s.tmpPathUtf8.constData(), target.constData()) != 0 &&
        (!QFile::exists(s.path) || !QFile::remove(s.path) ||
         std::rename(s.tmpPathUtf8.constData(), target.constData()) != 0))
        return fail(ErrorCode::Io, s.cannot(qt_error_string(errno)));
    s.tmpPath.clear();
    return {};
}

lxw_workbook* XlsxBook::workbook() const {
    return m_state->closed ? nullptr : m_state->wb;
}

lxw_worksheet* XlsxBook::worksheet() const {
    return m_state->sheet.ws;
}

QString XlsxBook::sheetName(const QString& wanted, const QStringList& taken) {
    QString name;
    for (const QChar c : wanted) {
        const bool forbidden = c == u':' || c == u'\\' || c == u'/' || c == u'?' || c == u'*' || c == u'[' ||
                               c == u']' || c.unicode() < 0x20;
        name += forbidden ? u'_' : c;
    }
    name = name.simplified();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        name = u"Sheet"_s;
    // At most 31 characters (code points), never cutting a surrogate pair.
    auto cut = [](QString s, int max) {
        const QList<uint> points = s.toUcs4();
        if (points.size() <= max)
            return s;
        s = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), max).trimmed();
        while (s.endsWith(u'\''))
            s.chop(1);
        return s;
    };
    name = cut(name, 31);
    // "History" is reserved by Excel for its change tracking.
    auto isTaken = [&taken](const QString& n) {
        return taken.contains(n, Qt::CaseInsensitive) || n.compare(u"History"_s, Qt::CaseInsensitive) == 0;
    };
    if (!isTaken(name))
        return name;
    // A suffix " (2)" unless the name already ends in " (n)": then the count goes on from n.
    QString base = name;
    int n = 2;
    static const QRegularExpression numbered(u"^(.*) \\((\\d+)\\)$"_s);
    if (const QRegularExpressionMatch m = numbered.match(name); m.hasMatch()) {
        base = m.captured(1);
        n = std::max(2, m.captured(2).toInt() + 1);
    }
    for (;; ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        QString candidate = cut(base, 31 - int(suffix.size())) + suffix;
        if (!isTaken(candidate))
            return candidate;
    }
}

} // namespace Stride
