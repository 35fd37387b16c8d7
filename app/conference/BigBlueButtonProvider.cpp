#include "conference/BigBlueButtonProvider.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QXmlStreamReader>

Q_LOGGING_CATEGORY(lcBbb, "oncalldesk.conference.bbb")

namespace ocd {

namespace {

using Parameters = QList<std::pair<QString, QString>>;

// The part of the API's <response> that matters here; isResponse is false for anything else
// (an HTML login page of a proxy, a JSON error, a truncated document).
struct ApiResponse
{
    bool isResponse = false;
    QString returncode;
    QString meetingID;
    QString attendeePW;
    QString moderatorPW;
    QString messageKey;
    QString message;
};

ApiResponse parseResponse(const QByteArray &body)
{
    ApiResponse r;
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("response"))
        return r;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        QString *field = name == QLatin1String("returncode")    ? &r.returncode
                         : name == QLatin1String("meetingID")   ? &r.meetingID
                         : name == QLatin1String("attendeePW")  ? &r.attendeePW
                         : name == QLatin1String("moderatorPW") ? &r.moderatorPW
                         : name == QLatin1String("messageKey")  ? &r.messageKey
                         : name == QLatin1String("message")     ? &r.message
                                                                : nullptr;
        if (field)
            *field = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        else
            xml.skipCurrentElement();
    }
    r.isResponse = !xml.hasError() && !r.returncode.isEmpty();
    return r;
}

class BigBlueButtonJob : public ConferenceJob
{
public:
    BigBlueButtonJob(BigBlueButtonProvider *provider, QNetworkAccessManager *nam,
                     const ConferenceRequest &request)
        : ConferenceJob(provider), m_provider(provider), m_request(request)
    {
        m_meetingId = QStringLiteral("ocd-") + randomToken(128);
        m_attendeePw = randomToken(128);
        m_moderatorPw = randomToken(128);
        // Fallback title: the API would otherwise show the meetingID, which is only noise.
        const QString title = request.subject.trimmed().isEmpty()
                                  ? BigBlueButtonProvider::tr("Incident %1").arg(request.incidentId)
                                  : request.subject.trimmed();
        const QUrl url = provider->signedUrl(QStringLiteral("create"),
                                             {{QStringLiteral("name"), title},
                                              {QStringLiteral("meetingID"), m_meetingId},
                                              {QStringLiteral("attendeePW"), m_attendeePw},
                                              {QStringLiteral("moderatorPW"), m_moderatorPw},
                                              {QStringLiteral("record"), QStringLiteral("false")}});
        QNetworkRequest http(url);
        http.setRawHeader("Accept", "application/xml, text/xml");
        m_reply = nam->get(http);
        connect(m_reply, &QNetworkReply::finished, this, [this] { replyFinished(); });
        // Our own timer rather than a transfer timeout: it also bounds DNS and connecting, and it
        // tells a timeout apart from other cancellations.
        QTimer::singleShot(provider->timeout(), this, [this] {
            if (m_reply && !isFinished()) {
                m_timedOut = true;
                m_reply->abort();
            }
        });
    }

    ~BigBlueButtonJob() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

    using ConferenceJob::finish;

private:
    QString host() const { return m_provider->apiUrl().host(); }

    void fail(const QString &message)
    {
        qCInfo(lcBbb) << "create failed:" << message;
        ConferenceRoom room;
        room.message = message;
        finish(room);
    }

    void replyFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        if (!reply)
            return;
        reply->deleteLater();
        if (m_timedOut) {
            const int seconds = (m_provider->timeout() + 999) / 1000;
            fail(BigBlueButtonProvider::tr("The BigBlueButton server %1 did not answer within %n second(s).",
                                           nullptr, seconds)
                     .arg(host()));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const ApiResponse response = parseResponse(reply->readAll());
        // The API reports its own errors as FAILED documents (usually with HTTP 200): they say
        // more than the status code, so they come first.
        if (response.isResponse) {
            handleResponse(response);
            return;
        }
        if (status == 0) {
            fail(networkError(reply));
            return;
        }
        if (status < 200 || status > 299) {
            const QString reason =
                QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
            fail(BigBlueButtonProvider::tr(
                     "The BigBlueButton server %1 answered with HTTP status %2%3 instead of "
                     "creating the room.")
                     .arg(host())
                     .arg(status)
                     .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
            return;
        }
        fail(
            BigBlueButtonProvider::tr("The answer from %1 is not a BigBlueButton API response. Check the API "
                                      "address; it usually ends in /bigbluebutton/api.")
                .arg(host()));
    }

    QString networkError(QNetworkReply *reply) const
    {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            return BigBlueButtonProvider::tr(
                       "The BigBlueButton server %1 refused the connection. Check the API "
                       "address and whether the server is running.")
                .arg(host());
        case QNetworkReply::HostNotFoundError:
            return BigBlueButtonProvider::tr(
                       "The BigBlueButton server %1 was not found. Check the API address.")
                .arg(host());
        case QNetworkReply::RemoteHostClosedError:
            return BigBlueButtonProvider::tr(
                       "The BigBlueButton server %1 closed the connection without answering.")
                .arg(host());
        case QNetworkReply::TimeoutError:
            return BigBlueButtonProvider::tr("The connection to the BigBlueButton server %1 timed out.")
                .arg(host());
        case QNetworkReply::SslHandshakeFailedError:
            return BigBlueButtonProvider::tr("No secure connection to the BigBlueButton server %1: %2")
                .arg(host(), reply->errorString());
        default:
            return BigBlueButtonProvider::tr("The BigBlueButton server %1 could not be reached: %2")
                .arg(host(), reply->errorString());
        }
    }

    void handleResponse(const ApiResponse &response)
    {
        if (response.returncode != QLatin1String("SUCCESS")) {
            if (response.messageKey == QLatin1String("checksumError")) {
                fail(BigBlueButtonProvider::tr(
                         "The BigBlueButton server %1 rejected the request's checksum: the "
                         "shared secret (or the checksum algorithm) does not match the "
                         "server's. Compare it with `bbb-conf --secret` on the server.")
                         .arg(host()));
                return;
            }
            const QString detail = response.message.isEmpty() ? response.messageKey
                                   : response.messageKey.isEmpty()
                                       ? response.message
                                       : QStringLiteral("%1 (%2)").arg(response.message, response.messageKey);
            fail(detail.isEmpty()
                     ? BigBlueButtonProvider::tr("The BigBlueButton server %1 did not create the room.")
                           .arg(host())
                     : BigBlueButtonProvider::tr("The BigBlueButton server %1 did not create the room: %2")
                           .arg(host(), detail));
            return;
        }

        // The server echoes what it stored; prefer that in case it changed anything.
        const QString meetingId = response.meetingID.isEmpty() ? m_meetingId : response.meetingID;
        const QString moderatorPw = response.moderatorPW.isEmpty() ? m_moderatorPw : response.moderatorPW;
        const QString attendeePw = response.attendeePW.isEmpty() ? m_attendeePw : response.attendeePW;
        const QString starter = m_request.userName.trimmed().isEmpty()
                                    ? BigBlueButtonProvider::tr("Moderator")
                                    : m_request.userName.trimmed();
        ConferenceRoom room;
        room.ok = true;
        room.roomName = meetingId;
        // No createTime in the links: it would tie them to this instance of the meeting, and the
        // journal link should keep working if the meeting has to be created again (the server
        // drops meetings nobody joined within minutes; create is idempotent).
        room.moderatorUrl = m_provider->signedUrl(QStringLiteral("join"),
                                                  {{QStringLiteral("fullName"), starter},
                                                   {QStringLiteral("meetingID"), meetingId},
                                                   {QStringLiteral("password"), moderatorPw},
                                                   {QStringLiteral("redirect"), QStringLiteral("true")}});
        // The journal link is shared, yet the API wants a name in it; BigBlueButton lets each
        // person rename themselves in the meeting.
        room.joinUrl = m_provider->signedUrl(
            QStringLiteral("join"), {{QStringLiteral("fullName"), BigBlueButtonProvider::tr("Colleague")},
                                     {QStringLiteral("meetingID"), meetingId},
                                     {QStringLiteral("password"), attendeePw},
                                     {QStringLiteral("redirect"), QStringLiteral("true")}});
        finish(room);
    }

    BigBlueButtonProvider *m_provider;
    ConferenceRequest m_request;
    QPointer<QNetworkReply> m_reply;
    bool m_timedOut = false;
    QString m_meetingId;
    QString m_attendeePw;
    QString m_moderatorPw;
};

// A job that fails before any network traffic, e.g. for an unusable setting.
class FailedJob : public ConferenceJob
{
public:
    FailedJob(QObject *parent, const QString &message) : ConferenceJob(parent)
    {
        ConferenceRoom room;
        room.message = message;
        finish(room);
    }
};

} // namespace

BigBlueButtonProvider::BigBlueButtonProvider(const QUrl &apiUrl, const QString &sharedSecret, QObject *parent)
    : ConferenceProvider(parent), m_apiUrl(apiUrl), m_secret(sharedSecret),
      m_nam(new QNetworkAccessManager(this))
{}

BigBlueButtonProvider::~BigBlueButtonProvider()
{
    // Jobs first: they abort their replies, which must not outlive the access manager silently.
    qDeleteAll(findChildren<ConferenceJob *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_nam;
}

QString BigBlueButtonProvider::name() const
{
    return QStringLiteral("BigBlueButton");
}

QString BigBlueButtonProvider::checksum(const QString &callName, const QString &query, const QString &secret,
                                        Algorithm a)
{
    const QByteArray input = (callName + query + secret).toUtf8();
    const auto method = a == Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return QString::fromLatin1(QCryptographicHash::hash(input, method).toHex());
}

QString BigBlueButtonProvider::encodeQuery(const QList<std::pair<QString, QString>> &parameters)
{
    // Only unreserved characters stay literal: QUrl keeps every %XX of a reserved character as it
    // is, so the query the server hashes is byte for byte the one hashed here.
    QStringList parts;
    for (const auto &[key, value] : parameters) {
        const QByteArray k = QUrl::toPercentEncoding(key).replace("%20", "+");
        const QByteArray v = QUrl::toPercentEncoding(value).replace("%20", "+");
        parts << QString::fromLatin1(k + '=' + v);
    }
    return parts.join(QLatin1Char('&'));
}

QUrl BigBlueButtonProvider::signedUrl(const QString &callName,
                                      const QList<std::pair<QString, QString>> &parameters) const
{
    const QString query = encodeQuery(parameters);
    QUrl url = m_apiUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + callName);
    url.setQuery(query + QLatin1String("&checksum=") + checksum(callName, query, m_secret, m_algorithm),
                 QUrl::StrictMode);
    url.setFragment(QString());
    return url;
}

ConferenceJob *BigBlueButtonProvider::create(const ConferenceRequest &request)
{
    const QString scheme = m_apiUrl.scheme().toLower();
    if (!m_apiUrl.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        m_apiUrl.host().isEmpty()) {
        return new FailedJob(this, tr("The BigBlueButton API address “%1” is not a web address (http:// or "
                                      "https://). Check the conference settings.")
                                       .arg(m_apiUrl.toDisplayString()));
    }
    if (m_secret.isEmpty()) {
        return new FailedJob(this, tr("The BigBlueButton shared secret is missing. It is shown by "
                                      "`bbb-conf --secret` on the server."));
    }
    return new BigBlueButtonJob(this, m_nam, request);
}

} // namespace ocd
