#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Stride {

// How many columns text takes in a terminal: East Asian Wide and Fullwidth characters (Chinese, Japanese and
// Korean characters, fullwidth punctuation, most emoji) take two, combining marks and format characters none,
// everything else one. Used to align plain-text tables that mix Chinese and Latin text (stride-cli report
// --format table), where QString::size() would count 客户 as two columns instead of four.
class DisplayWidth final {
public:
    static int of(char32_t codePoint);
    static int of(QStringView text);
    // text followed by spaces up to `width` columns (unchanged when it is already as wide or wider).
    static QString padded(const QString& text, int width);
    // Lines of at most `width` columns. Lines break at spaces and between wide characters, never inside a word,
    // unless one word alone is wider than the line; a line break in the text starts a new line. Empty text is one
    // empty line.
    static QStringList wrap(const QString& text, int width);
};

} // namespace Stride
