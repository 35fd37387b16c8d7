// Conference providers: no real Jitsi or BigBlueButton server can run here, so these are contract
// tests. Jitsi: the room link's form (unguessable name, subject in the fragment as the Jitsi web
// app parses it). BigBlueButton: the checksum against the API documentation's worked example, and
// the whole create/join flow against a local server that checks every request's checksum on its
// own (QCryptographicHash, not the provider's function) and answers as the API documents.
#include "conference/BigBlueButtonProvider.h"
#include "conference/JitsiProvider.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <tuple>

using ocd::BigBlueButtonProvider;
using ocd::ConferenceJob;
using ocd::ConferenceRequest;
using ocd::ConferenceRoom;
using ocd::JitsiProvider;

namespace {

// The worked example of the API documentation, "API Security Model" → "Usage"
// (https://docs.bigbluebutton.org/development/api, source: bigbluebutton/bigbluebutton,
// docs/docs/development/api.md). Also reproducible in a shell: printf '%s' with the call name,
// the query and the secret concatenated, piped to sha1sum.
const QString kDocSecret = QStringLiteral("639259d4-9dd8-4b25-bf01-95f9567eaf4b");
const QString kDocQuery =
    QStringLiteral("name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444");
const QString kDocSha1 = QStringLiteral("1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17");
// Not in the documentation: the same input piped to sha256sum instead.
const QString kDocSha256 = QStringLiteral("da9185f7f333cfdfcd6eeac32dca3777510c4c436020d8b887ba5515bd1d189e");

const QString kSecret = QStringLiteral("s3cr3t-for-the-fake-server");

// application/x-www-form-urlencoded, decoded as the server (a Java servlet) does.
QHash<QString, QString> formDecode(const QString &query)
{
    QHash<QString, QString> params;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        auto decode = [](QString s) {
            return QUrl::fromPercentEncoding(s.replace(QLatin1Char('+'), QLatin1Char(' ')).toLatin1());
        };
        params.insert(decode(pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)));
    }
    return params;
}

// The server's side of the security model, written out independently of the provider:
// the checksum is the last parameter; the hash covers call name, the raw query before it, secret.
// The hash length tells the algorithm, as BigBlueButton does.
bool checksumValid(const QString &call, const QString &rawQuery, const QString &secret)
{
    const qsizetype at = rawQuery.lastIndexOf(QLatin1String("&checksum="));
    if (at < 0)
        return false;
    const QByteArray given = rawQuery.mid(at + 10).toLatin1();
    const QByteArray input = (call + rawQuery.left(at) + secret).toUtf8();
    const auto algorithm = given.size() == 64 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return QCryptographicHash::hash(input, algorithm).toHex() == given;
}

// A minimal BigBlueButton API on 127.0.0.1 (one request per connection).
class FakeBbbServer : public QObject
{
public:
    enum class Mode { Api, ApiFailed, Http500, Garbage, Close, Silent };

    explicit FakeBbbServer(Mode mode = Mode::Api) : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl apiUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/bigbluebutton/api").arg(m_server.serverPort()));
    }

    int requests = 0;
    QString lastMethod;
    QString lastPath;
    QHash<QString, QString> lastCreate; // the decoded parameters of the last accepted create

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        ++requests;
        QVERIFY(requestLine.size() == 3);
        lastMethod = QString::fromLatin1(requestLine[0]);
        const QString target = QString::fromLatin1(requestLine[1]);
        const qsizetype q = target.indexOf(QLatin1Char('?'));
        lastPath = target.left(q);
        const QString rawQuery = q < 0 ? QString() : target.mid(q + 1);

        switch (m_mode) {
        case Mode::Silent:
            return; // keeps the connection open and never answers
        case Mode::Close:
            socket->abort();
            return;
        case Mode::Http500:
            reply(socket, "500 Internal Server Error", "text/html", "<h1>Internal Server Error</h1>");
            return;
        case Mode::Garbage:
            reply(socket, "200 OK", "text/plain", "Welcome to nginx! {\x01\xff not xml");
            return;
        case Mode::Api:
        case Mode::ApiFailed:
            break;
        }

        const QString call = lastPath.section(QLatin1Char('/'), -1);
        if (!lastPath.startsWith(QLatin1String("/bigbluebutton/api/")) ||
            !checksumValid(call, rawQuery, kSecret)) {
            reply(socket, "200 OK", "text/xml",
                  "<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>"
                  "<message>Checksums do not match</message></response>");
            return;
        }
        if (m_mode == Mode::ApiFailed) {
            reply(
                socket, "200 OK", "text/xml",
                "<response><returncode>FAILED</returncode><messageKey>maxConcurrentMeetings</messageKey>"
                "<message>The maximum number of concurrent meetings has been reached.</message></response>");
            return;
        }
        if (call != QLatin1String("create")) {
            reply(socket, "200 OK", "text/xml",
                  "<response><returncode>FAILED</returncode><messageKey>unsupported</messageKey>"
                  "<message>Not in this fake</message></response>");
            return;
        }
        lastCreate = formDecode(rawQuery);
        auto xml = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
        // The documented create response; the API generates passwords only when none were given.
        const QString attendeePw = lastCreate.value(QStringLiteral("attendeePW"), QStringLiteral("ap"));
        const QString moderatorPw = lastCreate.value(QStringLiteral("moderatorPW"), QStringLiteral("mp"));
        reply(socket, "200 OK", "text/xml;charset=utf-8",
              "<response>\n  <returncode>SUCCESS</returncode>\n  <meetingID>" +
                  xml(lastCreate.value(QStringLiteral("meetingID"))) +
                  "</meetingID>\n  <internalMeetingID>640ab2bae07bedc4c163f679a746f7ab7fb5d1fa-1531155809613"
                  "</internalMeetingID>\n  <parentMeetingID>bbb-none</parentMeetingID>\n  <attendeePW>" +
                  xml(attendeePw) + "</attendeePW>\n  <moderatorPW>" + xml(moderatorPw) +
                  "</moderatorPW>\n  <createTime>1531155809613</createTime>\n  "
                  "<voiceBridge>70757</voiceBridge>\n"
                  "  <dialNumber>613-555-1234</dialNumber>\n  <createDate>Mon Jul 09 17:03:29 UTC "
                  "2018</createDate>\n"
                  "  <hasUserJoined>false</hasUserJoined>\n  <duration>0</duration>\n"
                  "  <hasBeenForciblyEnded>false</hasBeenForciblyEnded>\n  <messageKey></messageKey>\n"
                  "  <message></message>\n</response>\n");
    }

    static void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &type,
                      const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// finished() of a job, connected only after create() returned (as the contract promises).
bool waitForRoom(ConferenceJob *job, ConferenceRoom *room, int timeoutMs = 5000)
{
    QSignalSpy spy(job, &ConferenceJob::finished);
    if (!spy.wait(timeoutMs) || spy.count() != 1)
        return false;
    *room = spy.first().first().value<ConferenceRoom>();
    return true;
}

// The parameters of a Jitsi fragment, decoded as the Jitsi web app's parseURLParams does:
// split at '&' and '=', percent-decode the value, parse it as JSON.
QHash<QString, QJsonValue> jitsiFragment(const QUrl &url)
{
    QHash<QString, QJsonValue> params;
    for (const QString &part : url.fragment(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        const QByteArray json = "[" + QByteArray::fromPercentEncoding(kv.value(1).toLatin1()) + "]";
        params.insert(kv.value(0), QJsonDocument::fromJson(json).array().at(0));
    }
    return params;
}

} // namespace

class TstConference : public QObject
{
    Q_OBJECT
private slots:
    // ---- BigBlueButton checksum ----

    void checksumMatchesDocumentedExample()
    {
        QCOMPARE(BigBlueButtonProvider::checksum(QStringLiteral("create"), kDocQuery, kDocSecret), kDocSha1);
        QCOMPARE(BigBlueButtonProvider::checksum(QStringLiteral("create"), kDocQuery, kDocSecret,
                                                 BigBlueButtonProvider::Sha1),
                 kDocSha1);
    }

    void checksumSha256()
    {
        QCOMPARE(BigBlueButtonProvider::checksum(QStringLiteral("create"), kDocQuery, kDocSecret,
                                                 BigBlueButtonProvider::Sha256),
                 kDocSha256);
    }

    void queryEncodingMatchesDocumentedExample()
    {
        // The provider's encoder produces the documentation's query from plain values.
        const QString query =
            BigBlueButtonProvider::encodeQuery({{QStringLiteral("name"), QStringLiteral("Test Meeting")},
                                                {QStringLiteral("meetingID"), QStringLiteral("abc123")},
                                                {QStringLiteral("attendeePW"), QStringLiteral("111222")},
                                                {QStringLiteral("moderatorPW"), QStringLiteral("333444")}});
        QCOMPARE(query, kDocQuery);
        BigBlueButtonProvider provider(QUrl(QStringLiteral("https://bbb.example.org/bigbluebutton/api/")),
                                       kDocSecret);
        const QUrl url = provider.signedUrl(QStringLiteral("create"),
                                            {{QStringLiteral("name"), QStringLiteral("Test Meeting")},
                                             {QStringLiteral("meetingID"), QStringLiteral("abc123")},
                                             {QStringLiteral("attendeePW"), QStringLiteral("111222")},
                                             {QStringLiteral("moderatorPW"), QStringLiteral("333444")}});
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://bbb.example.org/bigbluebutton/api/create?") + kDocQuery +
                     QStringLiteral("&checksum=") + kDocSha1);
    }

    // ---- BigBlueButton against the local API ----

    void createSucceedsAndJoinLinksAreSigned_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("sha1") << int(BigBlueButtonProvider::Sha1);
        QTest::newRow("sha256") << int(BigBlueButtonProvider::Sha256);
    }

    void createSucceedsAndJoinLinksAreSigned()
    {
        QFETCH(int, algorithm);
        FakeBbbServer server;
        BigBlueButtonProvider provider(server.apiUrl(), kSecret);
        provider.setAlgorithm(BigBlueButtonProvider::Algorithm(algorithm));
        QCOMPARE(provider.name(), QStringLiteral("BigBlueButton"));

        // Characters that must survive form encoding and the checksum unchanged.
        const QString subject = QStringLiteral("Störung host1 — 07:05 (DB & web) 100%+ a=b \"x\" ~*'!");
        const QString user = QStringLiteral("Jürgen Maier");
        ConferenceRoom room;
        QVERIFY(waitForRoom(provider.create({QStringLiteral("INC-42"), subject, user}), &room));
        QVERIFY2(room.ok, qPrintable(room.message));
        QCOMPARE(server.requests, 1);
        QCOMPARE(server.lastMethod, QStringLiteral("GET"));
        QCOMPARE(server.lastPath, QStringLiteral("/bigbluebutton/api/create"));

        // What create carried.
        const QHash<QString, QString> created = server.lastCreate;
        QCOMPARE(created.value(QStringLiteral("name")), subject);
        QCOMPARE(created.value(QStringLiteral("record")), QStringLiteral("false"));
        const QString meetingId = created.value(QStringLiteral("meetingID"));
        const QRegularExpression token(QStringLiteral("^[a-z2-7]{26}$")); // 130 random bits
        QVERIFY(meetingId.startsWith(QLatin1String("ocd-")));
        QVERIFY2(token.match(meetingId.mid(4)).hasMatch(), qPrintable(meetingId));
        const QString attendeePw = created.value(QStringLiteral("attendeePW"));
        const QString moderatorPw = created.value(QStringLiteral("moderatorPW"));
        QVERIFY(token.match(attendeePw).hasMatch());
        QVERIFY(token.match(moderatorPw).hasMatch());
        QVERIFY(attendeePw != moderatorPw);
        QCOMPARE(room.roomName, meetingId);

        // Both links: apiUrl/join, signed so that the server accepts them, with the right password.
        const int checksumLength = algorithm == BigBlueButtonProvider::Sha256 ? 64 : 40;
        for (const auto &[url, password, name] : {std::tuple{room.moderatorUrl, moderatorPw, user},
                                                  std::tuple{room.joinUrl, attendeePw, QString()}}) {
            QCOMPARE(url.adjusted(QUrl::RemoveQuery),
                     QUrl(server.apiUrl().toString() + QStringLiteral("/join")));
            const QString rawQuery = url.query(QUrl::FullyEncoded);
            QVERIFY2(checksumValid(QStringLiteral("join"), rawQuery, kSecret), qPrintable(rawQuery));
            const QHash<QString, QString> params = formDecode(rawQuery);
            QCOMPARE(params.value(QStringLiteral("checksum")).size(), checksumLength);
            QCOMPARE(params.value(QStringLiteral("meetingID")), meetingId);
            QCOMPARE(params.value(QStringLiteral("password")), password);
            QCOMPARE(params.value(QStringLiteral("redirect")), QStringLiteral("true"));
            QVERIFY(!params.value(QStringLiteral("fullName")).isEmpty());
            if (!name.isEmpty())
                QCOMPARE(params.value(QStringLiteral("fullName")), name);
        }
        QVERIFY(room.joinUrl != room.moderatorUrl);

        // A second room is a different meeting with different passwords.
        ConferenceRoom second;
        QVERIFY(waitForRoom(provider.create({QStringLiteral("INC-42"), subject, user}), &second));
        QVERIFY(second.ok);
        QVERIFY(second.roomName != room.roomName);
        QVERIFY(server.lastCreate.value(QStringLiteral("moderatorPW")) != moderatorPw);
        QVERIFY(server.lastCreate.value(QStringLiteral("attendeePW")) != attendeePw);
    }

    void jobFinishesThroughEventLoopAndDeletesItself()
    {
        FakeBbbServer server;
        BigBlueButtonProvider provider(server.apiUrl(), kSecret);
        QPointer<ConferenceJob> job =
            provider.create({QStringLiteral("INC-1"), QStringLiteral("x"), QString()});
        QSignalSpy spy(job.data(), &ConferenceJob::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(job.isNull());
        QCOMPARE(spy.count(), 1);
    }

    void wrongSecretIsReportedAsChecksumError()
    {
        FakeBbbServer server;
        BigBlueButtonProvider provider(server.apiUrl(), QStringLiteral("not-the-secret"));
        ConferenceRoom room;
        QVERIFY(waitForRoom(
            provider.create({QStringLiteral("INC-1"), QStringLiteral("x"), QStringLiteral("me")}), &room));
        QVERIFY(!room.ok);
        QVERIFY2(room.message.contains(QLatin1String("checksum"), Qt::CaseInsensitive),
                 qPrintable(room.message));
        QVERIFY2(room.message.contains(QLatin1String("shared secret")), qPrintable(room.message));
        QVERIFY(room.joinUrl.isEmpty());
        QVERIFY(room.moderatorUrl.isEmpty());
    }

    void serverFailures_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("FAILED with messageKey")
            << int(FakeBbbServer::Mode::ApiFailed)
            << QStringLiteral(
                   "did not create the room: The maximum number of concurrent meetings has been reached. "
                   "(maxConcurrentMeetings)");
        QTest::newRow("HTTP 500") << int(FakeBbbServer::Mode::Http500)
                                  << QStringLiteral("answered with HTTP status 500 (Internal Server Error)");
        QTest::newRow("not XML") << int(FakeBbbServer::Mode::Garbage)
                                 << QStringLiteral("is not a BigBlueButton API response");
        QTest::newRow("connection closed")
            << int(FakeBbbServer::Mode::Close) << QStringLiteral("closed the connection without answering");
    }

    void serverFailures()
    {
        QFETCH(int, mode);
        QFETCH(QString, expected);
        FakeBbbServer server{FakeBbbServer::Mode(mode)};
        BigBlueButtonProvider provider(server.apiUrl(), kSecret);
        ConferenceRoom room;
        QVERIFY(waitForRoom(
            provider.create({QStringLiteral("INC-1"), QStringLiteral("x"), QStringLiteral("me")}), &room));
        QVERIFY(!room.ok);
        QVERIFY2(room.message.contains(expected), qPrintable(room.message));
        QVERIFY2(room.message.contains(QLatin1String("127.0.0.1")), qPrintable(room.message));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        BigBlueButtonProvider provider(
            QUrl(QStringLiteral("http://127.0.0.1:%1/bigbluebutton/api").arg(port)), kSecret);
        ConferenceRoom room;
        QVERIFY(waitForRoom(
            provider.create({QStringLiteral("INC-1"), QStringLiteral("x"), QStringLiteral("me")}), &room));
        QVERIFY(!room.ok);
        QVERIFY2(room.message.contains(QLatin1String("refused the connection")), qPrintable(room.message));
    }

    void timeout()
    {
        FakeBbbServer server(FakeBbbServer::Mode::Silent);
        BigBlueButtonProvider provider(server.apiUrl(), kSecret);
        QCOMPARE(provider.timeout(), 10'000); // the default; shortened here to keep the test fast
        provider.setTimeout(300);
        QElapsedTimer clock;
        clock.start();
        ConferenceRoom room;
        QVERIFY(waitForRoom(
            provider.create({QStringLiteral("INC-1"), QStringLiteral("x"), QStringLiteral("me")}), &room));
        QVERIFY(clock.elapsed() >= 250);
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(server.requests, 1);
        QVERIFY(!room.ok);
        QVERIFY2(room.message.contains(QLatin1String("did not answer within 1 second")),
                 qPrintable(room.message));
    }

    void unusableSettingsAreRefusedWithoutNetwork_data()
    {
        QTest::addColumn<QUrl>("apiUrl");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://bbb.example.org/bigbluebutton/api")) << kSecret
                             << QStringLiteral("is not a web address");
        QTest::newRow("no scheme") << QUrl(QStringLiteral("bbb.example.org/bigbluebutton/api")) << kSecret
                                   << QStringLiteral("is not a web address");
        QTest::newRow("empty") << QUrl() << kSecret << QStringLiteral("is not a web address");
        QTest::newRow("no secret") << QUrl(QStringLiteral("https://bbb.example.org/bigbluebutton/api"))
                                   << QString() << QStringLiteral("shared secret is missing");
    }

    void unusableSettingsAreRefusedWithoutNetwork()
    {
        QFETCH(QUrl, apiUrl);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        BigBlueButtonProvider provider(apiUrl, secret);
        ConferenceRoom room;
        QVERIFY(waitForRoom(
            provider.create({QStringLiteral("INC-1"), QStringLiteral("x"), QStringLiteral("me")}), &room));
        QVERIFY(!room.ok);
        QVERIFY2(room.message.contains(expected), qPrintable(room.message));
    }

    // ---- Jitsi Meet ----

    void jitsiRoomUrl_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QString>("expectedPrefix");
        QTest::newRow("meet.jit.si") << QUrl() << QStringLiteral("https://meet.jit.si/");
        QTest::newRow("sub-path") << QUrl(QStringLiteral("https://meet.example.org/jitsi/"))
                                  << QStringLiteral("https://meet.example.org/jitsi/");
        QTest::newRow("no slash") << QUrl(QStringLiteral("http://meet.example.org:8443"))
                                  << QStringLiteral("http://meet.example.org:8443/");
    }

    void jitsiRoomUrl()
    {
        QFETCH(QUrl, base);
        QFETCH(QString, expectedPrefix);
        JitsiProvider provider(base.isEmpty() ? QUrl(QStringLiteral("https://meet.jit.si")) : base);
        QCOMPARE(JitsiProvider().baseUrl(), QUrl(QStringLiteral("https://meet.jit.si"))); // the default
        QCOMPARE(provider.name(), QStringLiteral("Jitsi Meet"));
        ConferenceRoom room;
        QVERIFY(waitForRoom(provider.create({QStringLiteral("INC-7"), QStringLiteral("Störung host1 — 07:05"),
                                             QStringLiteral("Jürgen")}),
                            &room));
        QVERIFY2(room.ok, qPrintable(room.message));
        QVERIFY(room.message.isEmpty());
        QCOMPARE(room.joinUrl.adjusted(QUrl::RemoveFragment), QUrl(expectedPrefix + room.roomName));
        QCOMPARE(room.moderatorUrl.adjusted(QUrl::RemoveFragment), QUrl(expectedPrefix + room.roomName));
        // Readable prefix, then 26 base32 characters = 130 random bits (at least 96 required).
        QVERIFY2(room.roomName.startsWith(QLatin1String("StoerungHost1")), qPrintable(room.roomName));
        const QString random = room.roomName.mid(13);
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z2-7]{26}$")).match(random).hasMatch(),
                 qPrintable(random));
    }

    void jitsiRoomsDiffer()
    {
        JitsiProvider provider;
        QSet<QString> names;
        for (int i = 0; i < 50; ++i) {
            ConferenceRoom room;
            QVERIFY(waitForRoom(
                provider.create({QStringLiteral("INC-7"), QStringLiteral("same subject"), {}}), &room));
            QVERIFY(room.ok);
            QVERIFY(room.roomName.startsWith(QLatin1String("SameSubject")));
            names.insert(room.roomName);
        }
        QCOMPARE(names.size(), 50);
    }

    void jitsiSubjectInFragment()
    {
        JitsiProvider provider;
        // Umlauts, and the characters that separate fragment parameters or end a JSON string.
        const QString subject = QStringLiteral("Störung host1 — 07:05 & \"DB\" = 100% #2 \\ ü");
        ConferenceRoom room;
        QVERIFY(waitForRoom(
            provider.create({QStringLiteral("INC-7"), subject, QStringLiteral("Jürgen Maier")}), &room));
        QVERIFY(room.ok);

        QVERIFY2(room.joinUrl.toString(QUrl::FullyEncoded).contains(QLatin1String("#config.subject=%22")),
                 qPrintable(room.joinUrl.toString(QUrl::FullyEncoded)));
        const QHash<QString, QJsonValue> join = jitsiFragment(room.joinUrl);
        QCOMPARE(join.value(QStringLiteral("config.subject")).toString(), subject);
        // The shared link does not name everyone after the starter.
        QVERIFY(!join.contains(QStringLiteral("userInfo.displayName")));
        QCOMPARE(join.size(), 1);

        const QHash<QString, QJsonValue> moderator = jitsiFragment(room.moderatorUrl);
        QCOMPARE(moderator.value(QStringLiteral("config.subject")).toString(), subject);
        QCOMPARE(moderator.value(QStringLiteral("userInfo.displayName")).toString(),
                 QStringLiteral("Jürgen Maier"));

        // The links survive a round trip through their text (the journal stores text).
        QCOMPARE(QUrl(room.joinUrl.toString(QUrl::FullyEncoded)), room.joinUrl);
        QCOMPARE(jitsiFragment(QUrl(room.moderatorUrl.toString()))
                     .value(QStringLiteral("config.subject"))
                     .toString(),
                 subject);
    }

    void jitsiRoomPrefix_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("brief") << QStringLiteral("Störung host1 — 07:05") << QStringLiteral("StoerungHost1");
        QTest::newRow("German") << QStringLiteral("Ärger über Straße")
                                << QStringLiteral("AergerUeberStrasse");
        QTest::newRow("accents") << QStringLiteral("crème brûlée, naïve")
                                 << QStringLiteral("CremeBruleeNaive");
        QTest::newRow("empty") << QString() << QStringLiteral("Incident");
        QTest::newRow("only numbers") << QStringLiteral("07:05 2024-01-02") << QStringLiteral("Incident");
        QTest::newRow("non-Latin") << QStringLiteral("故障") << QStringLiteral("Incident");
        QTest::newRow("long") << QStringLiteral(
                                     "database cluster replication lag critical on primary and replica")
                              << QStringLiteral("DatabaseClusterReplicationLagCriticalOn");
    }

    void jitsiRoomPrefix()
    {
        QFETCH(QString, subject);
        QFETCH(QString, prefix);
        QCOMPARE(JitsiProvider::roomPrefix(subject), prefix);
        QVERIFY(prefix.size() <= 40);
    }

    void jitsiBadBaseUrlIsRefused_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://meet.example.org"));
        QTest::newRow("no scheme") << QUrl(QStringLiteral("meet.example.org"));
        QTest::newRow("empty") << QUrl();
        QTest::newRow("no host") << QUrl(QStringLiteral("https://"));
        QTest::newRow("file") << QUrl(QStringLiteral("file:///tmp/meet"));
    }

    void jitsiBadBaseUrlIsRefused()
    {
        QFETCH(QUrl, base);
        JitsiProvider provider(base);
        ConferenceRoom room;
        QVERIFY(waitForRoom(
            provider.create({QStringLiteral("INC-7"), QStringLiteral("x"), QStringLiteral("me")}), &room));
        QVERIFY(!room.ok);
        QVERIFY2(room.message.contains(QLatin1String("Jitsi Meet address")), qPrintable(room.message));
        QVERIFY2(room.message.contains(QLatin1String("not a web address")), qPrintable(room.message));
        QVERIFY(room.joinUrl.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstConference)
#include "tst_conference.moc"
