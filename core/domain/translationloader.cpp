#include "translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Stride {

QStringList TranslationLoader::available() {
    return {u"en"_s, u"zh_CN"_s};
}

Status TranslationLoader::install(const QString& language) {
    if (!available().contains(language))
        return fail(u"unknown language '%1' (one of %2)"_s.arg(language, available().join(u", "_s)));
    QLocale::setDefault(QLocale(language));
    // Lives as long as the process: an installed translator must outlive every tr() call.
    static QTranslator* translator = nullptr;
    if (translator)
        QCoreApplication::removeTranslator(translator);
    // English has a catalogue too: it holds the plural forms of the English sources ("%n day(s)").
    if (!translator)
        translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(u":/i18n/stride_"_s + language))
        return fail(u"the %1 catalogue is not built into this program"_s.arg(language));
    QCoreApplication::installTranslator(translator);
    return {};
}

} // namespace Stride
