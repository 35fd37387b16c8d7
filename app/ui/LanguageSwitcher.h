#pragma once

#include <QObject>
#include <QPointer>
#include <QTranslator>

class QQmlEngine;

namespace ocd {

// Loads the app's and Qt's translations for "de" or "en" and switches at run time: QML text is
// re-evaluated through QQmlEngine::retranslate(), C++ text on the next read.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // "de", "en", or empty for the system locale. Returns the code that is now active.
    QString apply(const QString &code);
    QString code() const { return m_code; }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    static QString systemLanguage();

signals:
    void changed();

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_code;
    QPointer<QQmlEngine> m_engine;
};

} // namespace ocd
