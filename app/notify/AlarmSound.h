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
    bool canPlay() const; // false when built without Qt Multimedia
    void play();
    int playCount() const { return m_plays; }

signals:
    void enabledChanged();

private:
    bool m_enabled = true;
    int m_plays = 0;
    QObject *m_effect = nullptr; // QSoundEffect when available
};

} // namespace ocd
