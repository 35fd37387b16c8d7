#pragma once

#include "conference/ConferenceProvider.h"

class QNetworkAccessManager;

namespace ocd {

// BigBlueButton through its documented API (docs.bigbluebutton.org/development/api): one HTTP
// GET "create" with a random meetingID and random attendee and moderator passwords, recording
// off; then two signed "join" links that the browser opens (redirect=true), one with the
// moderator password for the starter and one with the attendee password for the journal.
// Every call is signed: checksum = hex(hash(callName + queryString + sharedSecret)).
class BigBlueButtonProvider : public ConferenceProvider
{
    Q_OBJECT
public:
    enum Algorithm { Sha1, Sha256 }; // SHA-1 is the API's default; servers since 2.5 accept both
    static constexpr int kDefaultTimeoutMs = 10'000;

    // apiUrl e.g. https://bbb.example.org/bigbluebutton/api (the "URL" of `bbb-conf --secret`
    // plus "api"); sharedSecret the "Secret" printed there.
    BigBlueButtonProvider(const QUrl &apiUrl, const QString &sharedSecret, QObject *parent = nullptr);
    ~BigBlueButtonProvider() override;

    QString name() const override;
    ConferenceJob *create(const ConferenceRequest &request) override;

    QUrl apiUrl() const { return m_apiUrl; }
    Algorithm algorithm() const { return m_algorithm; }
    void setAlgorithm(Algorithm algorithm) { m_algorithm = algorithm; }
    int timeout() const { return m_timeoutMs; } // for the create call, connecting included
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Lower-case hex of the hash of callName + query + secret, query exactly as sent (encoded).
    static QString checksum(const QString &callName, const QString &query, const QString &secret,
                            Algorithm a = Sha1);
    // application/x-www-form-urlencoded, as the API's own examples ("name=Test+Meeting").
    static QString encodeQuery(const QList<std::pair<QString, QString>> &parameters);
    // apiUrl/callName?query&checksum=…
    QUrl signedUrl(const QString &callName, const QList<std::pair<QString, QString>> &parameters) const;

private:
    QUrl m_apiUrl;
    QString m_secret;
    Algorithm m_algorithm = Sha1;
    int m_timeoutMs = kDefaultTimeoutMs;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace ocd
