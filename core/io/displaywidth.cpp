#include "displaywidth.h"

#include <QChar>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// East Asian Width W and F ranges of Unicode 15 (EastAsianWidth.txt), merged where adjacent and sorted.
constexpr std::array<std::pair<char32_t, char32_t>, 40> kWide{{
    {0x1100, 0x115F}, {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0}, {0x23F3, 0x23F3},
    {0x25FD, 0x25FE}, {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693}, {0x26A1, 0x26A1},
    {0x26AA, 0x26AB}, {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},   {0x26D4, 0x26D4}, {0x26EA, 0x26EA},
    {0x26F2, 0x26F5}, {0x26FA, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728}, {0x274C, 0x274C},
    {0x2753, 0x2757}, {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
    {0xA960, 0xA97F}, {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F}, {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x16FE0, 0x1B2FF}, {0x1F300, 0x1F64F}, {0x1F900, 0x3FFFD},
}};

bool isSpace(char32_t c) {
    return c == u' ' || c == u'\t';
}

} // namespace

int DisplayWidth::of(char32_t c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0;
    for (const auto& [first, last] : kWide) {
        if (c < first)
            break;
        if (c <= last)
            return 2;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        return 1;
    }
}

int DisplayWidth::of(QStringView text) {
    int width = 0;
    for (const uint c : text.toUcs4())
        width += of(char32_t(c));
    return width;
}

QString DisplayWidth::padded(const QString& text, int width) {
    const int w = of(text);
    return w >= width ? text : text + QString(width - w, u' ');
}

QStringList DisplayWidth::wrap(const QString& text, int width) {
    width = std::max(width, 2);
    QStringList lines;
    for (const QString& paragraph : text.split(u'\n')) {
        if (of(paragraph) <= width) {
            lines << paragraph;
            continue;
        }
        // Words: runs of narrow characters without spaces; each wide character is a word of its own, so that
        // Chinese text breaks between characters. spaceBefore: the word followed a space.
        struct Word {
            QString text;
            int width = 0;
            bool spaceBefore = false;
        };
        QList<Word> words;
        Word current;
        bool space = false;
        auto flush = [&] {
            if (!current.text.isEmpty())
                words << current;
            current = Word{};
        };
        for (const uint u : paragraph.toUcs4()) {
            const char32_t c = u;
            if (isSpace(c)) {
                flush();
                space = true;
                continue;
            }
            const int w = of(c);
            if (w == 2) {
                flush();
                words << Word{QString::fromUcs4(&c, 1), 2, space};
            } else {
                if (current.text.isEmpty())
                    current.spaceBefore = space;
                current.text += QString::fromUcs4(&c, 1);
                current.width += w;
            }
            space = false;
        }
        flush();

        QString line;
        int used = 0;
        for (Word& word : words) {
            const int gap = (!line.isEmpty() && word.spaceBefore) ? 1 : 0;
            if (used + gap + word.width <= width) {
                if (gap)
                    line += u' ';
                line += word.text;
                used += gap + word.width;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            line.clear();
            used = 0;
            // A word wider than a whole line is the one case that is cut.
            for (const uint u : word.text.toUcs4()) {
                const char32_t c = u;
                const int w = of(c);
                if (used + w > width && !line.isEmpty()) {
                    lines << line;
                    line.clear();
                    used = 0;
                }
                line += QString::fromUcs4(&c, 1);
                used += w;
            }
        }
        lines << line;
    }
    return lines;
}

} // namespace Stride
