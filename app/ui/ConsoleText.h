#pragma once

#include <QCoreApplication>

namespace ocd {

// The sentences the executable prints on the terminal (--status, --store-secret, a second
// start). They live in the library so that lupdate, which scans the library, translates them.
class ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleText)
public:
    static QString notRunning() { return tr("On-Call Desk is not running on this desktop."); }
    static QString alreadyRunning(bool raised)
    {
        return raised ? tr("On-Call Desk is already running: its window was raised.")
                      : tr("On-Call Desk is already running.");
    }
    static QString noSecretOnStdin() { return tr("No secret on standard input."); }
    static QString storedInKeyring(const QString &name)
    {
        return tr("Stored in the keyring as %1.").arg(name);
    }
};

} // namespace ocd
