#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace Stride {

// Swaps the app's translators at run time; Qt then sends QEvent::LanguageChange to every widget, whose
// changeEvent() retranslates it. The choice is remembered in QSettings.
class LanguageManager final : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
    QString current() const { return m_current; }
    // The saved choice, else zh_CN on a Chinese system, else English.
    static QString preferred();

    bool setLanguage(const QString& code); // false when the translation cannot be loaded

signals:
    void languageChanged(const QString& code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
};

} // namespace Stride
