#pragma once

#include <QObject>

namespace ocd {

class Desk;

// The running desk on the session bus (service org.oncalldesk.OnCallDesk, path /Desk): lets a
// second start raise the first, and `oncall-desk --status` read the summary.
class DeskBusService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.oncalldesk.Desk")
public:
    static const char *serviceName() { return "org.oncalldesk.OnCallDesk"; }
    static const char *objectPath() { return "/Desk"; }
    static const char *interfaceName() { return "org.oncalldesk.Desk"; }

    explicit DeskBusService(Desk *desk, QObject *parent = nullptr);
    // Claims the service name. False when another desk already runs on this session bus.
    bool registerOnSessionBus();

    // Asks a desk already running on the session bus to show its window. Returns false when none runs.
    static bool showRunningInstance();
    // The running desk's summary JSON, or an empty array when none answers.
    static QByteArray queryRunningInstance();

public slots:
    Q_SCRIPTABLE void Show();
    Q_SCRIPTABLE QString Summary();
    Q_SCRIPTABLE bool ActivateAlarm(const QString &key);

private:
    Desk *m_desk;
};

} // namespace ocd
