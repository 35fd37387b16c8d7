#pragma once

#include <QObject>

namespace ocd {

// The sound for critical alarms. Plays the bundled alarm through Qt Multimedia when the app was
// built with it; the notification's sound hint covers desktops that play it themselves.
// Switchable off (View menu, [notifications] sound=false).
class AlarmSound : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
public:
    explicit AlarmSound(QObject *parent = nullptr);
    ~AlarmSound() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    void play();

signals:
    void enabledChanged();

private:
    bool m_enabled = true;
    QObject *m_effect = nullptr; // QSoundEffect when available
};

} // namespace ocd
