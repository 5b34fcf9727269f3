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
    if (language == u"en"_s)
        return {};
    // Lives as long as the process: an installed translator must outlive every tr() call.
    static QTranslator* translator = nullptr;
    if (!translator)
        translator = new QTranslator(QCoreApplication::instance());
    else
        QCoreApplication::removeTranslator(translator);
    if (!translator->load(u":/i18n/stride_"_s + language))
        return fail(u"the %1 catalogue is not built into this program"_s.arg(language));
    QCoreApplication::installTranslator(translator);
    return {};
}

} // namespace Stride
