#include "Icinga2Client.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslCertificate>

Q_DECLARE_LOGGING_CATEGORY(lcIcinga)

namespace ocd {

namespace {

const char *kSslErrorsProperty = "ocdSslErrors";

bool peerMatchesPin(QNetworkReply *reply, const QString &pinnedSha256)
{
    if (pinnedSha256.isEmpty())
        return false;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    return !peer.isNull() &&
           QString::fromLatin1(QCryptographicHash::hash(peer.toDer(), QCryptographicHash::Sha256).toHex()) ==
               pinnedSha256;
}

} // namespace

Icinga2Client::Icinga2Client(const Icinga2Settings &settings) : m_settings(settings)
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // TLS is always verified
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (cas.isEmpty())
            qCWarning(lcIcinga) << "CA file" << m_settings.caFile << "holds no PEM certificate";
        m_ssl.setCaCertificates(cas);
    }
    m_nam.setAutoDeleteReplies(false);
    // Icinga never redirects; following one could carry the Basic credentials elsewhere.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QList<QSslError> Icinga2Client::sslErrorsOf(QNetworkReply *reply)
{
    return reply->property(kSslErrorsProperty).value<QList<QSslError>>();
}

void Icinga2Client::watchTls(QNetworkReply *reply) const
{
    const QString pin = m_settings.pinnedSha256;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
        if (peerMatchesPin(reply, pin)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        reply->setProperty(kSslErrorsProperty, QVariant::fromValue(errors));
    });
}

QNetworkRequest Icinga2Client::request(const QUrl &base, const QString &path) const
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_ssl);
    if (!m_settings.tlsServerName.isEmpty())
        req.setPeerVerifyName(m_settings.tlsServerName);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Authorization",
                     "Basic " +
                         (m_settings.user + QLatin1Char(':') + m_settings.password).toUtf8().toBase64());
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return req;
}

QNetworkReply *Icinga2Client::get(const QUrl &base, const QString &path, int timeoutMs)
{
    QNetworkRequest req = request(base, path);
    if (timeoutMs > 0)
        req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_nam.get(req);
    watchTls(reply);
    return reply;
}

QNetworkReply *Icinga2Client::postJson(const QUrl &base, const QString &path, const QJsonObject &body,
                                       int timeoutMs)
{
    QNetworkRequest req = request(base, path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (timeoutMs > 0)
        req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    watchTls(reply);
    return reply;
}

} // namespace ocd
