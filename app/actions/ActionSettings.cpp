#include "ActionSettings.h"

#include <QSettings>
#include <QStringList>

namespace ocd {

void ActionSettings::read(const QSettings &s)
{
    const ActionSettings defaults;
    backend = s.value(QStringLiteral("actionBackend")).toString() == QLatin1String("libvirt")
                  ? Backend::Libvirt
                  : Backend::Icinga2;
    icinga.restartCommand =
        s.value(QStringLiteral("restartCommand"), defaults.icinga.restartCommand).toString();
    icinga.failoverCommand =
        s.value(QStringLiteral("failoverCommand"), defaults.icinga.failoverCommand).toString();
    icinga.endpoint = s.value(QStringLiteral("commandEndpoint")).toString();
    bool ok = false;
    const int deadline = s.value(QStringLiteral("commandDeadline")).toInt(&ok);
    icinga.deadlineSecs = ok && deadline > 0 ? deadline : defaults.icinga.deadlineSecs;
    const int n = s.value(QStringLiteral("actionConcurrency")).toInt(&ok);
    concurrency = ok && n > 0 ? n : defaults.concurrency;
    libvirtUris.clear();
    for (const QString &entry : s.value(QStringLiteral("libvirtUris")).toStringList()) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq > 0)
            libvirtUris.insert(entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed());
    }
}

void ActionSettings::write(QSettings &s) const
{
    const ActionSettings defaults;
    // Only what differs from the defaults, so the file stays readable and new defaults apply.
    auto put = [&s](const char *key, const QVariant &value, bool isDefault) {
        if (isDefault)
            s.remove(QLatin1String(key));
        else
            s.setValue(QLatin1String(key), value);
    };
    put("actionBackend", QStringLiteral("libvirt"), backend == Backend::Icinga2);
    put("restartCommand", icinga.restartCommand, icinga.restartCommand == defaults.icinga.restartCommand);
    put("failoverCommand", icinga.failoverCommand, icinga.failoverCommand == defaults.icinga.failoverCommand);
    put("commandEndpoint", icinga.endpoint, icinga.endpoint.isEmpty());
    put("commandDeadline", icinga.deadlineSecs, icinga.deadlineSecs == defaults.icinga.deadlineSecs);
    put("actionConcurrency", concurrency, concurrency == defaults.concurrency);
    QStringList uris;
    for (auto it = libvirtUris.cbegin(); it != libvirtUris.cend(); ++it)
        uris << it.key() + QLatin1Char('=') + it.value();
    uris.sort();
    put("libvirtUris", uris, uris.isEmpty());
}

} // namespace ocd
