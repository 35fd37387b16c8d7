#pragma once

#include <QList>
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

    // Further API URLs of the same cluster (an HA master pair), tried in order after url.
    QList<QUrl> fallbackUrls;
    // An explicitly trusted server certificate: its SHA-256, lower-case hex without colons. A peer
    // whose certificate matches it is accepted despite verification errors (ConnectionTester and
    // CertificateProbe::matchesPin in app/profiles show the rule); empty: verification only.
    QString pinnedSha256;
};

} // namespace ocd
