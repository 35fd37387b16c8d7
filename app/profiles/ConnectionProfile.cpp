#include "ConnectionProfile.h"

#include "CertificateProbe.h"

#include <QFileInfo>
#include <QSslCertificate>
#include <QUuid>

namespace ocd {

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ConnectionProfile::typeKey(Type type)
{
    return type == Type::Demo ? QStringLiteral("demo") : QStringLiteral("icinga2");
}

bool ConnectionProfile::typeFromKey(const QString &key, Type *type)
{
    if (key == QLatin1String("icinga2"))
        *type = Type::Icinga2;
    else if (key == QLatin1String("demo"))
        *type = Type::Demo;
    else
        return false;
    return true;
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("The connection needs a name.");
    if (type == Type::Demo)
        return {};
    if (urls.isEmpty())
        return tr("Enter the address of the Icinga 2 API, e.g. https://icinga.example.org:5665.");
    for (const QUrl &url : urls) {
        const QString shown = url.toDisplayString();
        if (!url.isValid() || url.host().isEmpty())
            return tr("\"%1\" is not a valid address: use e.g. https://icinga.example.org:5665.").arg(shown);
        if (url.scheme() != QLatin1String("https"))
            return tr("The address %1 must start with https:// (the Icinga 2 API only speaks TLS).")
                .arg(shown);
        if (!url.userInfo().isEmpty())
            return tr("The address %1 must not contain a user name or password: enter them in their own "
                      "fields.")
                .arg(shown);
    }
    for (qsizetype i = 0; i < urls.size(); ++i) {
        if (urls.indexOf(urls.at(i)) != i)
            return tr("The address %1 is listed twice.").arg(urls.at(i).toDisplayString());
    }
    if (user.trimmed().isEmpty())
        return tr("Enter the name of the Icinga 2 API user.");
    if (!pinnedSha256.isEmpty() && CertificateProbe::normalizedFingerprint(pinnedSha256) != pinnedSha256)
        return tr("The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256).");
    if (!caFile.isEmpty()) {
        if (!QFileInfo(caFile).isReadable())
            return tr("The CA file %1 does not exist or cannot be read.").arg(caFile);
        if (QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty())
            return tr("The CA file %1 holds no PEM certificate.").arg(caFile);
    }
    return {};
}

Icinga2Settings ConnectionProfile::toIcinga2Settings(const QString &password) const
{
    Icinga2Settings s;
    if (!urls.isEmpty()) {
        s.url = urls.first();
        s.fallbackUrls = urls.mid(1);
    }
    s.user = user;
    s.password = password;
    s.caFile = caFile;
    s.tlsServerName = tlsName;
    s.pinnedSha256 = pinnedSha256;
    return s;
}

} // namespace ocd
