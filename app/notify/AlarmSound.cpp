#include "AlarmSound.h"

#include <QUrl>

#ifdef OCD_HAVE_MULTIMEDIA
#include <QSoundEffect>
#endif

namespace ocd {

AlarmSound::AlarmSound(QObject *parent) : QObject(parent)
{
#ifdef OCD_HAVE_MULTIMEDIA
    auto *effect = new QSoundEffect(this);
    effect->setSource(QUrl(QStringLiteral("qrc:/OnCallDesk/resources/sounds/alarm.wav")));
    effect->setVolume(0.8f);
    m_effect = effect;
#endif
}

AlarmSound::~AlarmSound() = default;

void AlarmSound::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    emit enabledChanged();
}

void AlarmSound::play()
{
    if (!m_enabled)
        return;
#ifdef OCD_HAVE_MULTIMEDIA
    static_cast<QSoundEffect *>(m_effect)->play();
#endif
}

} // namespace ocd
