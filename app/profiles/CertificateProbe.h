#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace ocd {

// What a person needs to decide whether to trust a server certificate.
struct CertificateInfo
{
    QString sha256Hex;     // lower-case, no colons: what a profile pins
    QString sha256Display; // "AC:7E:FF:…", for reading aloud and comparing by eye
    QString subjectCommonName;
    QStringList subjectAltNames;
    QString issuer; // issuer's common name and organisation
    QDateTime notBefore;
    QDateTime notAfter;

    bool isNull() const { return sha256Hex.isEmpty(); }
    static CertificateInfo from(const QSslCertificate &certificate);
};

struct CertificateProbeResult
{
    enum class Status {
        Trusted,   // verified against the CA file or the system store
        Pinned,    // not verifiable, but it is exactly the pinned certificate
        Untrusted, // the certificate was presented, verification failed: see errors and certificate
        Failed     // no certificate seen: connection refused, timeout, no TLS …
    };
    Status status = Status::Failed;
    QUrl url;
    CertificateInfo certificate; // the server's own certificate (Trusted, Pinned, Untrusted)
    QList<QSslError> sslErrors;  // Untrusted and Pinned: what verification found
    QStringList errorSentences;  // sslErrors in words, duplicates removed
    QString message;             // one plain sentence (or two) for the dialog
};

// Connects to a server with TLS verification (CA file or system store, TLS name) and reports the
// certificate it presents, so that an unknown certificate can be shown with its fingerprint and
// trusted explicitly. Nothing is sent over the connection; it is closed after the handshake.
class CertificateProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10'000;

    explicit CertificateProbe(QObject *parent = nullptr);
    ~CertificateProbe() override;

    // Starts a probe (a running one is cancelled). finished() follows through the event loop.
    void probe(const QUrl &url, const QString &caFile = {}, const QString &tlsName = {},
               const QString &pinnedSha256 = {});
    void cancel();
    bool isRunning() const { return m_socket != nullptr; }
    void setTimeout(int ms) { m_timer.setInterval(ms); }

    // Fingerprint helpers. sha256Hex: lower-case, no colons. displayFingerprint: "AB:CD:…".
    static QString sha256Hex(const QSslCertificate &certificate);
    static QString displayFingerprint(const QString &sha256Hex);
    // Accepts what a user pastes ("AB:CD:…", spaces, any case); returns the pin form or empty
    // when it is not 64 hexadecimal digits.
    static QString normalizedFingerprint(const QString &text);
    // True when the certificate is not null and its SHA-256 equals the pin (any notation).
    static bool matchesPin(const QSslCertificate &certificate, const QString &pinnedSha256);
    // Ends the text with a full stop unless it ends with one (Qt's and OpenSSL's texts do not).
    static QString asSentence(const QString &text);
    // The errors, each once, as sentences.
    static QStringList errorSentences(const QList<QSslError> &errors);

signals:
    void finished(const ocd::CertificateProbeResult &result);

private:
    void finish(CertificateProbeResult result);
    void onEncrypted();
    void onSocketError();

    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    CertificateProbeResult m_result;
    QString m_pin;
};

} // namespace ocd
