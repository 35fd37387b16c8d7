#include "CertificateProbe.h"

#include "sources/icinga2/Icinga2ErrorText.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcProbe, "oncalldesk.profiles.probe")

namespace ocd {

namespace {

QString joinNames(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            nonEmpty.append(p.trimmed());
    }
    return nonEmpty.join(QStringLiteral(", "));
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.sha256Hex = CertificateProbe::sha256Hex(certificate);
    info.sha256Display = CertificateProbe::displayFingerprint(info.sha256Hex);
    info.subjectCommonName = joinNames(certificate.subjectInfo(QSslCertificate::CommonName));
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        info.subjectAltNames.append(it.value());
    info.issuer = joinNames(certificate.issuerInfo(QSslCertificate::CommonName) +
                            certificate.issuerInfo(QSslCertificate::Organization));
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    return info;
}

CertificateProbe::CertificateProbe(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        CertificateProbeResult r = m_result;
        r.status = CertificateProbeResult::Status::Failed;
        r.message = tr("The server did not answer within %1 s.").arg(m_timer.interval() / 1000);
        finish(r);
    });
}

CertificateProbe::~CertificateProbe()
{
    cancel();
}

QString CertificateProbe::sha256Hex(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString CertificateProbe::displayFingerprint(const QString &sha256Hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256Hex.size(); i += 2)
        pairs.append(sha256Hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

QString CertificateProbe::normalizedFingerprint(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

bool CertificateProbe::matchesPin(const QSslCertificate &certificate, const QString &pinnedSha256)
{
    const QString pin = normalizedFingerprint(pinnedSha256);
    return !pin.isEmpty() && !certificate.isNull() && sha256Hex(certificate) == pin;
}

QString CertificateProbe::asSentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('!')) ||
        t.endsWith(QLatin1Char('?')))
        return t;
    return t + QLatin1Char('.');
}

QStringList CertificateProbe::errorSentences(const QList<QSslError> &errors)
{
    QStringList sentences;
    for (const QSslError &e : errors)
        sentences.append(asSentence(e.errorString()));
    sentences.removeDuplicates();
    return sentences;
}

void CertificateProbe::probe(const QUrl &url, const QString &caFile, const QString &tlsName,
                             const QString &pinnedSha256)
{
    cancel();
    m_result = CertificateProbeResult{};
    m_result.url = url;
    m_pin = normalizedFingerprint(pinnedSha256);

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            m_result.message = tr("The CA file %1 cannot be read or holds no PEM certificate.").arg(caFile);
            QTimer::singleShot(0, this, [this] { finish(m_result); });
            return;
        }
        ssl.setCaCertificates(cas);
    }

    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(ssl);
    if (!tlsName.isEmpty())
        m_socket->setPeerVerifyName(tlsName);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_result.sslErrors = errors;
        QSslCertificate peer = m_socket->peerCertificate();
        if (peer.isNull() && !m_socket->peerCertificateChain().isEmpty())
            peer = m_socket->peerCertificateChain().first();
        m_result.certificate = CertificateInfo::from(peer);
        // Only the very certificate that was pinned is accepted, and only with the errors that
        // were reported for this handshake.
        if (matchesPin(peer, m_pin))
            m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket, &QSslSocket::encrypted, this, &CertificateProbe::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, &CertificateProbe::onSocketError);
    m_timer.start();
    m_socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void CertificateProbe::onEncrypted()
{
    CertificateProbeResult r = m_result;
    r.certificate = CertificateInfo::from(m_socket->peerCertificate());
    const QString host = r.url.host();
    if (r.sslErrors.isEmpty()) {
        r.status = CertificateProbeResult::Status::Trusted;
        r.message = tr("The certificate of %1 is trusted.").arg(host);
    } else {
        r.status = CertificateProbeResult::Status::Pinned;
        r.errorSentences = errorSentences(r.sslErrors);
        r.message = tr("The certificate of %1 is not verifiable but it is the one trusted explicitly "
                       "(SHA-256 fingerprint %2).")
                        .arg(host, r.certificate.sha256Display);
    }
    finish(r);
}

void CertificateProbe::onSocketError()
{
    CertificateProbeResult r = m_result;
    const QString host = r.url.host();
    if (!r.sslErrors.isEmpty() && !r.certificate.isNull()) {
        r.status = CertificateProbeResult::Status::Untrusted;
        r.errorSentences = errorSentences(r.sslErrors);
        r.message = asSentence(Icinga2ErrorText::forSslErrors(r.sslErrors)) + QLatin1Char(' ') +
                    tr("Its SHA-256 fingerprint is %1.").arg(r.certificate.sha256Display);
    } else {
        r.status = CertificateProbeResult::Status::Failed;
        switch (m_socket->error()) {
        case QAbstractSocket::ConnectionRefusedError:
            r.message = tr("Connection refused by %1.").arg(host);
            break;
        case QAbstractSocket::HostNotFoundError:
            r.message = tr("The server name %1 could not be found.").arg(host);
            break;
        case QAbstractSocket::RemoteHostClosedError:
            r.message = tr("The server closed the connection.");
            break;
        case QAbstractSocket::SslHandshakeFailedError:
            r.message = tr("The secure connection could not be established: %1").arg(m_socket->errorString());
            break;
        default:
            r.message = tr("Connection problem: %1").arg(m_socket->errorString());
            break;
        }
    }
    finish(r);
}

void CertificateProbe::cancel()
{
    m_timer.stop();
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void CertificateProbe::finish(CertificateProbeResult result)
{
    cancel();
    qCInfo(lcProbe).noquote() << "probe of" << result.url.toDisplayString() << "->" << int(result.status)
                              << result.message;
    emit finished(result);
}

} // namespace ocd
