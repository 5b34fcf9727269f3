#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Stride {

// Installs the application's catalogue (translations/stride_<lang>.ts, compiled into stride_core under
// :/i18n) on the QCoreApplication, so that Labels and every tr() speak that language in programs without
// Widgets: stride-cli's `--lang`, exports, the server. The desktop app switches languages with its own
// LanguageManager, which loads the same catalogues.
class TranslationLoader final {
public:
    // "en", "zh_CN".
    static QStringList available();
    // Sets the default QLocale and installs the catalogue for the rest of the process (replacing one installed
    // before); an unknown language or a missing catalogue is an error naming it.
    static Status install(const QString& language);
};

} // namespace Stride
