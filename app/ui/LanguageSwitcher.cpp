#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>

namespace ocd {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent)
{}

QString LanguageSwitcher::systemLanguage()
{
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

QString LanguageSwitcher::apply(const QString &requested)
{
    const QString code =
        requested == QLatin1String("de") || requested == QLatin1String("en") ? requested : systemLanguage();
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // English is the source language, but plural forms ("%n alarm(s)") still come from a .qm.
    if (m_app.load(QStringLiteral(":/i18n/oncall-desk_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(
        QLocale(code == QLatin1String("de") ? QStringLiteral("de_DE") : QStringLiteral("en_GB")));
    m_code = code;
    if (m_engine)
        m_engine->retranslate();
    emit changed();
    return code;
}

} // namespace ocd
