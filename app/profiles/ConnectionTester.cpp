#include "ConnectionTester.h"

#include "sources/icinga2/Icinga2ErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTester, "oncalldesk.profiles.tester")

namespace ocd {

using PerUrl = ConnectionTestResult::PerUrl;
using Outcome = ConnectionTestResult::Outcome;

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent)
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::cancel()
{
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_reply = nullptr;
    if (m_nam)
        m_nam.release()->deleteLater(); // takes its replies along; we may be inside one's signal
    m_password.clear();
}

void ConnectionTester::test(const ConnectionProfile &profile, const QString &password)
{
    cancel();
    m_running = true;
    m_profile = profile;
    m_password = password;
    m_result = ConnectionTestResult{};
    m_index = 0;

    QString immediate;
    Outcome immediateOutcome = Outcome::Failed;
    if (const QString problem = profile.problem(); !problem.isEmpty()) {
        immediate = problem;
    } else if (profile.type == ConnectionProfile::Type::Demo) {
        immediate = tr("The demo data center needs no connection.");
        immediateOutcome = Outcome::Connected;
    }
    if (!immediate.isEmpty()) {
        m_result.outcome = immediateOutcome;
        m_result.message = immediate;
        QTimer::singleShot(0, this, [this] {
            if (m_running)
                finishAll();
        });
        return;
    }
    m_caCertificates.clear();
    if (!profile.caFile.isEmpty())
        m_caCertificates = QSslCertificate::fromPath(profile.caFile, QSsl::Pem);
    testUrl(0);
}

QNetworkReply *ConnectionTester::send(const QString &path, const QByteArray &body)
{
    QUrl url = m_profile.urls.at(m_index);
    url.setPath(path);
    QNetworkRequest req(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // verified always; a pin only adds one certificate
    if (!m_caCertificates.isEmpty())
        ssl.setCaCertificates(m_caCertificates);
    req.setSslConfiguration(ssl);
    if (!m_profile.tlsName.isEmpty())
        req.setPeerVerifyName(m_profile.tlsName);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Authorization",
                     "Basic " + (m_profile.user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = nullptr;
    if (body.isNull()) {
        reply = m_nam->get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("X-HTTP-Method-Override", "GET");
        reply = m_nam->post(req, body);
    }
    watchSsl(reply);
    m_reply = reply;
    return reply;
}

void ConnectionTester::watchSsl(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (peer.isNull() && !reply->sslConfiguration().peerCertificateChain().isEmpty())
            peer = reply->sslConfiguration().peerCertificateChain().first();
        m_sslErrors = errors;
        m_peer = peer;
        // The pin vouches for exactly one certificate: only when the server presents it are
        // exactly the errors reported for this handshake ignored. Everything else fails as usual.
        m_pinned = CertificateProbe::matchesPin(peer, m_profile.pinnedSha256);
        if (m_pinned)
            reply->ignoreSslErrors(errors);
    });
}

void ConnectionTester::testUrl(int index)
{
    m_index = index;
    if (m_nam)
        m_nam.release()->deleteLater();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setAutoDeleteReplies(false);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // never send credentials elsewhere
    m_sslErrors.clear();
    m_peer = QSslCertificate();
    m_pinned = false;

    QNetworkReply *info = send(QStringLiteral("/v1"), QByteArray());
    connect(info, &QNetworkReply::finished, this, [this, info] {
        info->deleteLater();
        const int status = info->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (info->error() != QNetworkReply::NoError || status != 200) {
            urlDone(failure(info));
            return;
        }
        const QJsonObject first = QJsonDocument::fromJson(info->readAll())
                                      .object()
                                      .value(QLatin1String("results"))
                                      .toArray()
                                      .first()
                                      .toObject();
        const QString version = first.value(QLatin1String("version")).toString();
        if (version.isEmpty()) {
            PerUrl r;
            r.url = m_profile.urls.at(m_index);
            r.message = tr("The server at %1 answered, but not like the Icinga 2 API.")
                            .arg(r.url.toDisplayString(QUrl::RemovePath));
            urlDone(r);
            return;
        }
        const QString user = first.value(QLatin1String("user")).toString(m_profile.user);
        // The host names only: proves the user may read objects and tells how many it sees.
        const QJsonObject query{{QStringLiteral("attrs"), QJsonArray{QStringLiteral("name")}}};
        QNetworkReply *hosts =
            send(QStringLiteral("/v1/objects/hosts"), QJsonDocument(query).toJson(QJsonDocument::Compact));
        connect(hosts, &QNetworkReply::finished, this, [this, hosts, version, user] {
            hosts->deleteLater();
            const int status = hosts->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (hosts->error() != QNetworkReply::NoError || status != 200) {
                urlDone(failure(hosts));
                return;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(hosts->readAll());
            PerUrl r;
            r.url = m_profile.urls.at(m_index);
            if (!doc.object().value(QLatin1String("results")).isArray()) {
                r.message = tr("The server at %1 answered the host query with something that is not a "
                               "list of hosts.")
                                .arg(r.url.toDisplayString(QUrl::RemovePath));
                urlDone(r);
                return;
            }
            r.outcome = Outcome::Connected;
            r.version = version;
            r.user = user;
            r.hostCount = int(doc.object().value(QLatin1String("results")).toArray().size());
            r.pinned = m_pinned;
            r.certificate =
                CertificateInfo::from(m_peer.isNull() ? hosts->sslConfiguration().peerCertificate() : m_peer);
            r.sslErrors = m_pinned ? CertificateProbe::errorSentences(m_sslErrors) : QStringList();
            r.message = tr("Connected to Icinga 2 %1 as %2: %n host(s) visible.", nullptr, r.hostCount)
                            .arg(version, user);
            urlDone(r);
        });
    });
}

PerUrl ConnectionTester::failure(QNetworkReply *reply) const
{
    PerUrl r;
    r.url = m_profile.urls.at(m_index);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_sslErrors.isEmpty() && !m_pinned) {
        r.outcome = Outcome::Untrusted;
        r.certificate = CertificateInfo::from(m_peer);
        r.sslErrors = CertificateProbe::errorSentences(m_sslErrors);
        r.message = CertificateProbe::asSentence(Icinga2ErrorText::forSslErrors(m_sslErrors));
        if (!r.certificate.isNull())
            r.message +=
                QLatin1Char(' ') + tr("Its SHA-256 fingerprint is %1.").arg(r.certificate.sha256Display);
        if (!m_profile.pinnedSha256.isEmpty())
            r.message += QLatin1Char(' ') + tr("It is not the certificate trusted for this connection.");
        return r;
    }
    r.outcome = status == 401 ? Outcome::AuthRejected : Outcome::Failed;
    r.message = Icinga2ErrorText::forReply(reply, {}, Icinga2ErrorText::Context::Query);
    if (r.message.isEmpty())
        r.message = tr("The server answered with an unexpected status (HTTP %1).").arg(status);
    return r;
}

void ConnectionTester::urlDone(PerUrl result)
{
    m_reply = nullptr;
    qCInfo(lcTester).noquote() << "test of" << result.url.toDisplayString() << "->" << int(result.outcome)
                               << result.message;
    m_result.urls.append(result);
    if (m_index + 1 < m_profile.urls.size()) {
        testUrl(m_index + 1);
        return;
    }
    finishAll();
}

void ConnectionTester::finishAll()
{
    ConnectionTestResult &r = m_result;
    if (!r.urls.isEmpty()) {
        const PerUrl *chosen = &r.urls.first();
        for (const PerUrl &u : std::as_const(r.urls)) {
            if (u.outcome == Outcome::Connected) {
                chosen = &u;
                break;
            }
        }
        r.outcome = chosen->outcome;
        if (r.urls.size() == 1) {
            r.message = chosen->message;
        } else {
            QStringList lines;
            for (const PerUrl &u : std::as_const(r.urls))
                lines.append(tr("%1: %2").arg(u.url.toDisplayString(QUrl::RemovePath), u.message));
            r.message = lines.join(QLatin1Char('\n'));
        }
    }
    const ConnectionTestResult result = r;
    cancel();
    emit finished(result);
}

} // namespace ocd
