#pragma once

#include "actions/ActionSettings.h"
#include "core/NotificationPolicy.h"
#include "core/ServiceHours.h"
#include "sources/icinga2/Icinga2Settings.h"
#include "storage/DatabaseSettings.h"

#include <QCoreApplication>
#include <QStringList>

namespace ocd {

// What the user asked for on the command line and in the config file, resolved into one set
// of options. Precedence: command line, then config file, then the demo data center.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
public:
    bool demo = false;
    bool selfTest = false;
    bool status = false;      // --status: print the running desk's summary and exit like a plugin
    bool statusJson = false;  // --status --json
    bool startHidden = false; // --hidden: start in the tray (autostart)
    QString storeSecret;      // --store-secret NAME: keyring entry to fill from stdin, then exit
    NotificationSettings notifications;
    bool sound = true;
    ActionSettings actions; // [actions] in the config file, for --icinga-url
    // [team]: the team database (PostgreSQL); without it incidents live in a local SQLite file.
    // The password comes from the keyring (entry "team-database") or ONCALL_DESK_TEAM_PASSWORD.
    DatabaseSettings team;
    // [conference]: provider = jitsi (default, url = https://meet.jit.si) or bigbluebutton
    // (url = its API URL, secret from ONCALL_DESK_BBB_SECRET or the keyring entry "bigbluebutton").
    QString conferenceProvider = QStringLiteral("jitsi");
    QUrl conferenceUrl = QUrl(QStringLiteral("https://meet.jit.si"));
    // [serviceHours]: main/side hours and holiday regions (ServiceHours::fromSettings).
    ServiceHours serviceHours;
    QString language; // "de", "en" or empty (system)
    int demoMinuteMs = 4000;
    int demoStartMinute = 0;
    Icinga2Settings icinga;
    QString error; // non-empty: print it and exit 2

    bool useIcinga() const { return !demo && icinga.url.isValid() && !icinga.url.isEmpty(); }

    // env: the process environment's password variable, passed in so tests need no setenv.
    static AppOptions parse(const QStringList &arguments, const QString &configFile,
                            const QByteArray &passwordEnv);
    static QString defaultConfigFile();
    // Checks that the files named exist and are usable; returns the problem in words, or empty.
    QString checkFiles() const;
};

} // namespace ocd
