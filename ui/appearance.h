#pragma once

namespace Stride {

// Fonts and palette: a font list that falls back to Noto Sans CJK SC so Chinese never shows as boxes, and
// a dark palette readable with every page's colours. Both apply to the running QApplication (its font, style
// and palette are application-wide).
class Appearance final {
public:
    static void applyFonts();
    static void applyPalette(bool dark);
    static bool savedDark();
    static void saveDark(bool dark);
};

} // namespace Stride
