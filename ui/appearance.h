#pragma once

class QApplication;

namespace Stride {

// Fonts and palette: a font list that falls back to Noto Sans CJK SC so Chinese never shows as boxes, and
// a dark palette readable with every page's colours.
class Appearance final {
public:
    static void applyFonts(QApplication& app);
    static void applyPalette(QApplication& app, bool dark);
    static bool savedDark();
    static void saveDark(bool dark);
};

} // namespace Stride
