#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Stride {

// How an import reads the text of a cell as a number or a date, and compares text for duplicates.
class ImportValues final {
public:
    // "1234.5", "1,234.50", "¥1,234.50", "￥1234", "1234元", "RMB 1234", " 85 ", "85%": the number (85 for "85%":
    // satisfaction is a score out of 100); nullopt when not a number.
    static std::optional<double> number(const QString& text);
    // 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301, each optionally followed by a time ("09:30",
    // "9:30:15", or "T09:30:00"), or an Excel serial day (45000, 45000.5): the moment in `zone`; nullopt when not a
    // date.
    static std::optional<QDateTime> dateTime(const QString& text, const QTimeZone& zone);
    // Text as keys compare it: spaces collapsed, case folded (full-width and half-width forms are not unified).
    static QString keyText(const QString& text);
};

} // namespace Stride
