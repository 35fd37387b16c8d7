#pragma once

#include "CertificateProbe.h"
#include "ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ocd {

struct ConnectionTestResult
{
    enum class Outcome {
        Connected,    // authenticated, objects readable
        Untrusted,    // the certificate was not trusted: see certificate (fingerprint) and sslErrors
        AuthRejected, // user name or password rejected (HTTP 401)
        Failed        // anything else: refused, timeout, not permitted, not Icinga …
    };
    struct PerUrl
    {
        QUrl url;
        Outcome outcome = Outcome::Failed;
        QString message;             // a plain sentence
        QString version;             // Connected: e.g. "r2.13.6-1"
        QString user;                // Connected: the ApiUser the server saw
        int hostCount = -1;          // Connected: hosts this user may see
        bool pinned = false;         // Connected only because the certificate is the pinned one
        CertificateInfo certificate; // the server's certificate, when one was seen with errors
        QStringList sslErrors;       // Untrusted (and pinned): verification errors as sentences
    };

    Outcome outcome = Outcome::Failed; // of the first URL that connected, else of the first URL
    QString message;                   // one sentence for one URL; "URL: sentence" lines for several
    QList<PerUrl> urls;                // in the profile's order

    bool ok() const { return outcome == Outcome::Connected; }
    const PerUrl *first() const { return urls.isEmpty() ? nullptr : &urls.first(); }
};

// "Test connection" for a profile and a password, for the profile dialog: per URL of the profile
// GET /v1 (version and user) and then a query of the host names (POST /v1/objects/hosts with
// X-HTTP-Method-Override: GET) to prove the user may read objects. The result comes in plain
// words (Icinga2ErrorText), with the certificate's fingerprint when it is not trusted.
//
// TLS is verified against the profile's CA file (or the system store) and TLS name. A pinned
// certificate (profile.pinnedSha256) is accepted despite verification errors only when the
// server presents exactly that certificate; then exactly the errors reported for it are ignored.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10'000; // per request

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test (a running one is cancelled). finished() follows through the event loop;
    // a profile with a problem() finishes with that problem as the message.
    void test(const ConnectionProfile &profile, const QString &password);
    void cancel();
    bool isRunning() const { return m_running; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

signals:
    void finished(const ocd::ConnectionTestResult &result);

private:
    void testUrl(int index);
    void urlDone(ConnectionTestResult::PerUrl result);
    QNetworkReply *send(const QString &path, const QByteArray &body);
    void watchSsl(QNetworkReply *reply);
    ConnectionTestResult::PerUrl failure(QNetworkReply *reply) const;
    void finishAll();

    ConnectionProfile m_profile;
    QString m_password;
    QList<QSslCertificate> m_caCertificates;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_running = false;
    int m_index = 0;
    ConnectionTestResult m_result;
    // A fresh manager per URL: connections whose errors were ignored for a pin are never reused
    // by a later test with other settings.
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QPointer<QNetworkReply> m_reply;
    // What the TLS handshake of the current URL showed.
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peer;
    bool m_pinned = false;
};

} // namespace ocd
