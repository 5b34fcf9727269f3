#include "appearance.h"
#include "appoptions.h"
#include "languagemanager.h"
#include "launcher.h"
#include "processmemory.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    Stride::ProcessMemory::tune();
    Stride::ProcessMemory::hugePageCacheForSqlite(Stride::ProcessMemory::kAppPageCacheMegabytes);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Stride"_s);
    QApplication::setOrganizationName(u"Stride"_s);
    QApplication::setApplicationVersion(QStringLiteral(STRIDE_VERSION));
    QApplication::setDesktopFileName(u"stride"_s);

    Stride::Result<Stride::AppOptions> options = Stride::AppOptions::parse(QApplication::arguments());
    if (!options) {
        const bool info = options.code() == Stride::ErrorCode::Help;
        std::fputs(qPrintable(options.error() + u'\n'), info ? stdout : stderr);
        return info ? 0 : 1;
    }
    Stride::Appearance::applyFonts();
    Stride::Appearance::applyPalette(options->dark || Stride::Appearance::savedDark());
    Stride::LanguageManager language;
    language.setLanguage(options->language.isEmpty() ? Stride::LanguageManager::preferred() : options->language);

    Stride::Launcher launcher(options.value(), language);
    if (!launcher.start())
        return launcher.failed() ? 2 : 0;
    return QApplication::exec();
}
