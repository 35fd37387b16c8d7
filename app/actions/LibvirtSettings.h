#pragma once

#include <QHash>
#include <QStandardPaths>
#include <QString>

namespace ocd {

// Where the libvirt backend reaches each physical host, and where it keeps the domain
// definitions it needs for a failover when the failed host can no longer be asked.
struct LibvirtSettings
{
    // Physical host name (as monitoring knows it) -> libvirt URI, e.g.
    // "qemu+ssh://root@host1/system" or "test:///default". Authentication must not prompt
    // (ssh keys or an agent): the backend runs without a terminal.
    QHash<QString, QString> uris;
    // Domain XML as <dir>/<host>/<vm>.xml; empty means defaultDefinitionCacheDir().
    QString definitionCacheDir;

    QString uriFor(const QString &host) const { return uris.value(host).trimmed(); }

    QString effectiveDefinitionCacheDir() const
    {
        return definitionCacheDir.isEmpty() ? defaultDefinitionCacheDir() : definitionCacheDir;
    }

    static QString defaultDefinitionCacheDir()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/libvirt-definitions");
    }
};

} // namespace ocd
