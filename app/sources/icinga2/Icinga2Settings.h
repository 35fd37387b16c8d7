#pragma once

#include <QString>
#include <QUrl>

namespace ocd {

struct Icinga2Settings
{
    QUrl url;              // https://icinga.example.org:5665
    QString user;          // ApiUser name
    QString password;      // never written to disk or logs
    QString caFile;        // PEM CA to verify the server against; empty: the system store
    QString tlsServerName; // name the certificate must carry when it differs from the URL host
};

} // namespace ocd
