#pragma once

#include "sources/icinga2/Icinga2Settings.h"

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
};

} // namespace ocd
