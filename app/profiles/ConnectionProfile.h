#pragma once

#include "actions/ActionSettings.h"
#include "sources/icinga2/Icinga2Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace ocd {

// One saved connection: where the desk connects and how it trusts the server. The password is
// not part of it: it lives in the OS keyring under the profile's id (SecretStore).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    enum class Type { Icinga2, Demo };

    QString id;   // stable (a uuid without braces), also the keyring key
    QString name; // shown to the user
    Type type = Type::Icinga2;
    QList<QUrl> urls; // one or more API URLs of the same cluster (an HA master pair)
    QString user;     // ApiUser
    QString caFile;   // PEM CA; empty: the system store
    // A trusted self-signed or otherwise unknown server certificate: SHA-256, lower-case hex,
    // no colons (CertificateProbe::normalizedFingerprint turns what a user pastes into this).
    QString pinnedSha256;
    QString tlsName;        // name the certificate must carry when it differs from the URL host
    ActionSettings actions; // how VMs are restarted and failed over with this profile

    // The first problem that keeps this profile from being used, as a plain translated sentence;
    // empty when it is fine. Also checks that a CA file given is readable and holds a certificate.
    QString problem() const;

    // For the Icinga 2 source: urls.first() becomes url, the rest fallbackUrls.
    Icinga2Settings toIcinga2Settings(const QString &password) const;

    static QString newId();
    static QString typeKey(Type type); // "icinga2" / "demo", as stored in the file
    static bool typeFromKey(const QString &key, Type *type);

    bool operator==(const ConnectionProfile &o) const
    {
        return id == o.id && name == o.name && type == o.type && urls == o.urls && user == o.user &&
               caFile == o.caFile && pinnedSha256 == o.pinnedSha256 && tlsName == o.tlsName &&
               actions == o.actions;
    }
    bool operator!=(const ConnectionProfile &o) const { return !(*this == o); }
};

} // namespace ocd
