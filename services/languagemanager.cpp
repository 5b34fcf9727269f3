#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Stride {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent) {}

QString LanguageManager::preferred() {
    QString saved = QSettings().value(u"ui/language"_s).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

bool LanguageManager::setLanguage(const QString& code) {
    if (!available().contains(code))
        return false;
    // The locale first: widgets retranslating on LanguageChange format dates and numbers with it.
    QLocale::setDefault(QLocale(code));
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const bool ok = m_app.load(u":/i18n/stride_"_s + code);
    if (ok)
        QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (dialog buttons, context menus) come from Qt's catalogue.
    if (code != u"en"_s && m_qt.load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_current = code;
    QSettings().setValue(u"ui/language"_s, code);
    emit languageChanged(code);
    return ok;
}

} // namespace Stride
