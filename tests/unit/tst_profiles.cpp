// Connection profiles: validation in words, the INI file round trip (two URLs, a pinned
// certificate, the current profile), a damaged file that loses only its damaged sections, and
// no password ever in the file. The keyring and the connection test run against real services in
// tests/integration/tst_profiles_live.cpp.
#include "profiles/CertificateProbe.h"
#include "profiles/ConnectionProfile.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using ocd::CertificateProbe;
using ocd::ConnectionProfile;
using ocd::ProfileStore;

namespace {

// A self-signed certificate (openssl req -x509, EC P-256, CN icinga.example.org, valid to 2126).
const char kCertificatePem[] = R"(-----BEGIN CERTIFICATE-----
MIIB0zCCAXqgAwIBAgIUKDhueTDc4UaqhVu81vOPBz2bdGMwCgYIKoZIzj0EAwIw
LzEbMBkGA1UEAwwSaWNpbmdhLmV4YW1wbGUub3JnMRAwDgYDVQQKDAdFeGFtcGxl
MCAXDTI2MTEyNTE5NTQzNFoYDzIxMjYxMTAxMTk1NDM0WjAvMRswGQYDVQQDDBJp
Y2luZ2EuZXhhbXBsZS5vcmcxEDAOBgNVBAoMB0V4YW1wbGUwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAASkVdekeVIHL5GjElbGpGKze2LcSlHIF88oZAgZN+JxiEK+
ZIKInvHgWaFZXCRVfzSAUTI7pHchcB+3NtLsIPJGo3IwcDAdBgNVHQ4EFgQUHIqb
7qhY1HN/+sTnk1vpCC7ixtMwHwYDVR0jBBgwFoAUHIqb7qhY1HN/+sTnk1vpCC7i
xtMwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHREEFjAUghJpY2luZ2EuZXhhbXBsZS5v
cmcwCgYIKoZIzj0EAwIDRwAwRAIgCIsCZGV/92Sh4nGEkoLapEJ7X0HiWINPWw+M
a17BUXwCIHYMwntzf+AqkNFAuDF19i7gyEOq7fwFMadGyNlgEkNy
-----END CERTIFICATE-----
)";
// openssl x509 -noout -fingerprint -sha256
const char kCertificateSha256Display[] =
    "8D:86:3A:DA:4F:97:EC:E6:9C:3F:E8:2C:B8:7E:D2:BD:58:E1:3F:D9:B1:7A:83:E5:31:8C:D3:CC:16:11:EC:CD";
const char kCertificateSha256Hex[] = "8d863ada4f97ece69c3fe82cb87ed2bd58e13fd9b17a83e5318cd3cc1611eccd";

ConnectionProfile icinga(const QString &name = QStringLiteral("Production"))
{
    ConnectionProfile p;
    p.name = name;
    p.type = ConnectionProfile::Type::Icinga2;
    p.urls = {QUrl(QStringLiteral("https://master1.example.org:5665"))};
    p.user = QStringLiteral("oncall-desk");
    return p;
}

} // namespace

class TstProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileNo = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("case%1/oncall-desk/profiles.conf").arg(++m_fileNo));
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool writeFile(const QString &path, const QByteArray &contents)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return f.write(contents) == contents.size();
    }
    // Every key of the file, through QSettings as the application reads it.
    static QStringList allKeys(const QString &path)
    {
        QSettings s(path, QSettings::IniFormat);
        return s.allKeys();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- ConnectionProfile::problem -----------------------------------------------------

    void validProfileHasNoProblem()
    {
        QCOMPARE(icinga().problem(), QString());
        ConnectionProfile pair = icinga();
        pair.urls.append(QUrl(QStringLiteral("https://master2.example.org:5665")));
        pair.pinnedSha256 = QString::fromLatin1(kCertificateSha256Hex);
        QCOMPARE(pair.problem(), QString());
    }

    void problems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << "name"
                                 << "  "
                                 << "The connection needs a name.";
        QTest::newRow("no url")
            << "urls"
            << ""
            << "Enter the address of the Icinga 2 API, e.g. https://icinga.example.org:5665.";
        QTest::newRow("http") << "urls"
                              << "http://icinga.example.org:5665"
                              << "The address http://icinga.example.org:5665 must start with https:// (the "
                                 "Icinga 2 API only speaks TLS).";
        QTest::newRow("no scheme") << "urls"
                                   << "icinga.example.org"
                                   << "\"icinga.example.org\" is not a valid address: use e.g. "
                                      "https://icinga.example.org:5665.";
        QTest::newRow("no host")
            << "urls"
            << "https://"
            << "\"https://\" is not a valid address: use e.g. https://icinga.example.org:5665.";
        QTest::newRow("credentials in url")
            << "urls"
            << "https://root:secret@icinga.example.org:5665"
            << "The address https://root@icinga.example.org:5665 must not contain a user name or password: "
               "enter them in their own fields.";
        QTest::newRow("url twice") << "urls"
                                   << "https://a.example.org:5665 https://a.example.org:5665"
                                   << "The address https://a.example.org:5665 is listed twice.";
        QTest::newRow("no user") << "user"
                                 << ""
                                 << "Enter the name of the Icinga 2 API user.";
        QTest::newRow("short pin")
            << "pin"
            << "ab:cd"
            << "The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256).";
        QTest::newRow("pin with colons")
            << "pin" << kCertificateSha256Display
            << "The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256).";
        QTest::newRow("missing CA file")
            << "ca"
            << "/nonexistent/ca.crt"
            << "The CA file /nonexistent/ca.crt does not exist or cannot be read.";
    }

    void problems()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        ConnectionProfile p = icinga();
        if (field == QLatin1String("name")) {
            p.name = value;
        } else if (field == QLatin1String("urls")) {
            p.urls.clear();
            for (const QString &u : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                p.urls.append(QUrl(u));
        } else if (field == QLatin1String("user")) {
            p.user = value;
        } else if (field == QLatin1String("pin")) {
            p.pinnedSha256 = value;
        } else if (field == QLatin1String("ca")) {
            p.caFile = value;
        }
        QCOMPARE(p.problem(), expected);
    }

    void caFileWithoutCertificate()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-ca.crt"));
        QVERIFY(writeFile(path, "this is not PEM\n"));
        ConnectionProfile p = icinga();
        p.caFile = path;
        QCOMPARE(p.problem(), QStringLiteral("The CA file %1 holds no PEM certificate.").arg(path));
        QVERIFY(writeFile(path, kCertificatePem));
        QCOMPARE(p.problem(), QString());
    }

    void demoNeedsOnlyAName()
    {
        ConnectionProfile demo;
        demo.type = ConnectionProfile::Type::Demo;
        QCOMPARE(demo.problem(), QStringLiteral("The connection needs a name."));
        demo.name = QStringLiteral("Demo");
        QCOMPARE(demo.problem(), QString());
    }

    void toIcinga2Settings()
    {
        ConnectionProfile p = icinga();
        p.urls.append(QUrl(QStringLiteral("https://master2.example.org:5665")));
        p.caFile = QStringLiteral("/etc/ssl/icinga-ca.crt");
        p.tlsName = QStringLiteral("icinga.example.org");
        p.pinnedSha256 = QString::fromLatin1(kCertificateSha256Hex);
        const ocd::Icinga2Settings s = p.toIcinga2Settings(QStringLiteral("s3cret"));
        QCOMPARE(s.url, QUrl(QStringLiteral("https://master1.example.org:5665")));
        QCOMPARE(s.fallbackUrls, QList<QUrl>{QUrl(QStringLiteral("https://master2.example.org:5665"))});
        QCOMPARE(s.user, QStringLiteral("oncall-desk"));
        QCOMPARE(s.password, QStringLiteral("s3cret"));
        QCOMPARE(s.caFile, p.caFile);
        QCOMPARE(s.tlsServerName, p.tlsName);
        QCOMPARE(s.pinnedSha256, p.pinnedSha256);
    }

    // --- fingerprints ----------------------------------------------------------------------

    void fingerprints()
    {
        const QList<QSslCertificate> certs = QSslCertificate::fromData(kCertificatePem, QSsl::Pem);
        QCOMPARE(certs.size(), 1);
        const QSslCertificate &cert = certs.first();
        QCOMPARE(CertificateProbe::sha256Hex(cert), QString::fromLatin1(kCertificateSha256Hex));
        QCOMPARE(CertificateProbe::displayFingerprint(CertificateProbe::sha256Hex(cert)),
                 QString::fromLatin1(kCertificateSha256Display));
        QCOMPARE(CertificateProbe::normalizedFingerprint(QString::fromLatin1(kCertificateSha256Display)),
                 QString::fromLatin1(kCertificateSha256Hex));
        QCOMPARE(
            CertificateProbe::normalizedFingerprint(QStringLiteral(" 8d 86 3a da 4f 97 ec e6 9c 3f e8 2c b8 "
                                                                   "7e d2 bd 58 e1 3f d9 b1 7a 83 e5 31 8c "
                                                                   "d3 cc 16 11 ec cd\n")),
            QString::fromLatin1(kCertificateSha256Hex));
        QCOMPARE(CertificateProbe::normalizedFingerprint(QStringLiteral("8d86")), QString());
        QCOMPARE(CertificateProbe::normalizedFingerprint(QString::fromLatin1(kCertificateSha256Hex) + "00"),
                 QString());
        QCOMPARE(CertificateProbe::normalizedFingerprint(QString(64, QLatin1Char('g'))), QString());

        QVERIFY(CertificateProbe::matchesPin(cert, QString::fromLatin1(kCertificateSha256Hex)));
        QVERIFY(CertificateProbe::matchesPin(cert, QString::fromLatin1(kCertificateSha256Display)));
        QString other = QString::fromLatin1(kCertificateSha256Hex);
        other[63] = QLatin1Char('e');
        QVERIFY(!CertificateProbe::matchesPin(cert, other));
        QVERIFY(!CertificateProbe::matchesPin(cert, QString()));
        QVERIFY(!CertificateProbe::matchesPin(QSslCertificate(), QString::fromLatin1(kCertificateSha256Hex)));

        const ocd::CertificateInfo info = ocd::CertificateInfo::from(cert);
        QCOMPARE(info.subjectCommonName, QStringLiteral("icinga.example.org"));
        QCOMPARE(info.issuer, QStringLiteral("icinga.example.org, Example"));
        QCOMPARE(info.subjectAltNames, QStringList{QStringLiteral("icinga.example.org")});
        QCOMPARE(info.notAfter.date().year(), 2126);
    }

    // --- ProfileStore ----------------------------------------------------------------------

    void missingFileIsEmpty()
    {
        ProfileStore store(freshPath());
        QVERIFY(store.load());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.currentProfileId().isEmpty());
        QCOMPARE(store.skippedEntries(), 0);
        QVERIFY(!QFile::exists(store.filePath())); // reading never creates the file
    }

    void defaultPathIsInTheXdgConfigDir()
    {
        QVERIFY(ProfileStore::defaultFilePath().endsWith(QLatin1String("/oncall-desk/profiles.conf")));
    }

    void roundTrip()
    {
        const QString path = freshPath();
        ConnectionProfile pair = icinga(QStringLiteral("Production (HA)"));
        pair.urls.append(QUrl(QStringLiteral("https://master2.example.org:5665")));
        pair.caFile = QStringLiteral("/etc/ssl/icinga ca, production.crt"); // a comma and a space
        pair.tlsName = QStringLiteral("icinga.example.org");
        pair.pinnedSha256 = QString::fromLatin1(kCertificateSha256Hex);
        ConnectionProfile lab = icinga(QStringLiteral("Lab = \"test\"; ümlaut"));
        lab.urls = {QUrl(QStringLiteral("https://[::1]:15665/"))};
        ConnectionProfile demo;
        demo.name = QStringLiteral("Demo");
        demo.type = ConnectionProfile::Type::Demo;

        {
            ProfileStore store(path);
            QVERIFY(store.load());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QSignalSpy current(&store, &ProfileStore::currentProfileIdChanged);
            pair.id = store.add(pair);
            QVERIFY2(!pair.id.isEmpty(), qPrintable(store.lastError()));
            lab.id = store.add(lab);
            demo.id = store.add(demo);
            QVERIFY(!lab.id.isEmpty() && !demo.id.isEmpty() && lab.id != pair.id);
            QCOMPARE(changed.count(), 3);
            QVERIFY(store.setCurrentProfileId(lab.id));
            QCOMPARE(current.count(), 1);
            QCOMPARE(current.first().first().toString(), lab.id);
            QVERIFY(store.setCurrentProfileId(lab.id)); // unchanged: no signal
            QCOMPARE(current.count(), 1);
            QVERIFY(!store.setCurrentProfileId(QStringLiteral("no-such-id")));
            QCOMPARE(store.currentProfileId(), lab.id);
            QVERIFY(store.add(lab).isEmpty()); // the same id twice
        }

        ProfileStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.skippedEntries(), 0);
        const QList<ConnectionProfile> expected{pair, lab, demo};
        const QList<ConnectionProfile> loaded = again.profiles(); // a copy: profiles() returns by value
        QCOMPARE(loaded.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const ConnectionProfile &got = loaded.at(i);
            QCOMPARE(got.id, expected.at(i).id);
            QCOMPARE(got.name, expected.at(i).name);
            QCOMPARE(got.type, expected.at(i).type);
            QCOMPARE(got.urls, expected.at(i).urls);
            QCOMPARE(got.user, expected.at(i).user);
            QCOMPARE(got.caFile, expected.at(i).caFile);
            QCOMPARE(got.tlsName, expected.at(i).tlsName);
            QCOMPARE(got.pinnedSha256, expected.at(i).pinnedSha256);
            QVERIFY(got == expected.at(i));
        }
        QCOMPARE(again.currentProfileId(), lab.id);
        QCOMPARE(again.profile(pair.id)->urls.size(), 2);
        QVERIFY(!again.profile(QStringLiteral("no-such-id")).has_value());
    }

    void updateAndRemove()
    {
        const QString path = freshPath();
        ProfileStore store(path);
        QVERIFY(store.load());
        const QString a = store.add(icinga(QStringLiteral("A")));
        const QString b = store.add(icinga(QStringLiteral("B")));
        QVERIFY(store.setCurrentProfileId(a));

        ConnectionProfile changed = *store.profile(b);
        changed.urls.append(QUrl(QStringLiteral("https://master2.example.org:5665")));
        changed.pinnedSha256 = QString::fromLatin1(kCertificateSha256Hex);
        QSignalSpy spy(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.update(changed));
        QCOMPARE(spy.count(), 1);
        ConnectionProfile unknown = changed;
        unknown.id = QStringLiteral("no-such-id");
        QVERIFY(!store.update(unknown));
        QVERIFY(!store.lastError().isEmpty());

        QSignalSpy current(&store, &ProfileStore::currentProfileIdChanged);
        QVERIFY(store.remove(a));
        QCOMPARE(current.count(), 1); // the current profile went away
        QVERIFY(store.currentProfileId().isEmpty());
        QVERIFY(!store.remove(a));

        ProfileStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 1);
        QVERIFY(again.profiles().first() == changed);
        QVERIFY(again.currentProfileId().isEmpty());
        QVERIFY(!readAll(path).contains(a.toLatin1())); // the removed section is gone
    }

    void neverAPasswordInTheFile()
    {
        const QString path = freshPath();
        ProfileStore store(path);
        QVERIFY(store.load());
        ConnectionProfile p = icinga();
        p.pinnedSha256 = QString::fromLatin1(kCertificateSha256Hex);
        QVERIFY(store.setCurrentProfileId(store.add(p)));
        const QStringList keys = allKeys(path);
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY(!readAll(path).toLower().contains("password"));
    }

    void damagedFileKeepsTheGoodEntries()
    {
        const QString path = freshPath();
        const QByteArray pin = kCertificateSha256Display;
        QVERIFY(writeFile(path, "[General]\n"
                                "current=good2\n"
                                "\x01\x02\xff\xfe garbage without equals sign\n"
                                "[profile-good1]\n"
                                "name=Good one\n"
                                "type=icinga2\n"
                                "urls=https://a.example.org:5665, https://b.example.org:5665\n"
                                "user=viewer\n"
                                "password=hunter2\n" // hand-written: ignored, dropped on save
                                "pinnedSha256=" +
                                    pin +
                                    "\n" // pasted with colons: normalized
                                    "position=1\n"
                                    "[profile-notype]\n"
                                    "name=No type\n"
                                    "urls=https://c.example.org:5665\n"
                                    "[profile-badtype]\n"
                                    "name=Bad type\n"
                                    "type=nagios\n"
                                    "[profile-noname]\n"
                                    "type=icinga2\n"
                                    "[profile-badpin]\n"
                                    "name=Bad pin\n"
                                    "type=icinga2\n"
                                    "pinnedSha256=xyz\n"
                                    "[profile-good2]\n"
                                    "name=Good two\n"
                                    "type=demo\n"
                                    "position=0\n"
                                    "[broken section\n"
                                    "[unrelated]\n"
                                    "keep=me\n"));
        ProfileStore store(path);
        QVERIFY(store.load());
        QCOMPARE(store.skippedEntries(), 4);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().at(0).id, QStringLiteral("good2")); // position order
        const ConnectionProfile good = store.profiles().at(1);
        QCOMPARE(good.id, QStringLiteral("good1"));
        QCOMPARE(good.urls, (QList<QUrl>{QUrl(QStringLiteral("https://a.example.org:5665")),
                                         QUrl(QStringLiteral("https://b.example.org:5665"))}));
        QCOMPARE(good.pinnedSha256, QString::fromLatin1(kCertificateSha256Hex));
        QCOMPARE(good.problem(), QString());
        QCOMPARE(store.currentProfileId(), QStringLiteral("good2"));

        // Saving drops the password but keeps the damaged sections for the user to repair.
        ConnectionProfile renamed = good;
        renamed.name = QStringLiteral("Good one, renamed");
        QVERIFY2(store.update(renamed), qPrintable(store.lastError()));
        const QStringList keys = allKeys(path);
        for (const QString &key : keys)
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY(keys.contains(QStringLiteral("profile-badtype/type")));
        QVERIFY(keys.contains(QStringLiteral("profile-notype/name")));
        QVERIFY(keys.contains(QStringLiteral("unrelated/keep")));

        ProfileStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.skippedEntries(), 4);
        QCOMPARE(again.profiles().size(), 2);
        QVERIFY(again.profiles().at(1) == renamed);
        QVERIFY(again.add(icinga(QStringLiteral("x"))).size() > 0);
        ConnectionProfile clash = icinga(QStringLiteral("Clash"));
        clash.id = QStringLiteral("badtype"); // the id of a damaged section: not overwritten
        QVERIFY(again.add(clash).isEmpty());
    }

    void currentPointingNowhereIsCleared()
    {
        const QString path = freshPath();
        QVERIFY(writeFile(path, "[General]\ncurrent=gone\n[profile-a]\nname=A\ntype=demo\n"));
        ProfileStore store(path);
        QVERIFY(store.load());
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.currentProfileId().isEmpty());
    }

    void binaryGarbage()
    {
        const QString path = freshPath();
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919) % 256));
        QVERIFY(writeFile(path, junk));
        ProfileStore store(path);
        store.load(); // whatever it makes of it: no crash, nothing usable
        QVERIFY(store.profiles().isEmpty());
    }

    void unreadableFileIsNotOverwritten()
    {
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(path)); // a directory where the file should be
        ProfileStore store(path);
        QVERIFY(!store.load());
        QVERIFY(store.lastError().contains(path));
        QVERIFY(store.add(icinga()).isEmpty());
        QVERIFY(store.lastError().contains(QLatin1String("not overwritten")));
    }

    // --- SecretStore without a keyring ------------------------------------------------------

    void keyringUnavailableIsASentence()
    {
        // No session bus at all (the first D-Bus use of this process, so libsecret and QtDBus
        // both see it). The real keyring round trip is in tests/integration/tst_profiles_live.cpp.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/oncall-desk-test-bus");
        ocd::SecretStore store;
        QSignalSpy failed(&store, &ocd::SecretStore::failed);
        std::optional<ocd::SecretResult> read;
        std::optional<ocd::SecretResult> written;
        store.readPassword(QStringLiteral("some-id"), [&read](const ocd::SecretResult &r) { read = r; });
        QVERIFY(!read); // never inside the call
        store.writePassword(QStringLiteral("some-id"), QStringLiteral("secret"),
                            [&written](const ocd::SecretResult &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read && written, 20000);
        QCOMPARE(read->status, ocd::SecretResult::Status::Failed);
        QVERIFY(read->password.isEmpty());
        QVERIFY2(read->message.startsWith(QLatin1String("The keyring is locked or not available: ")) &&
                     read->message.endsWith(QLatin1Char('.')),
                 qPrintable(read->message));
        QVERIFY2(written->message.endsWith(QLatin1String(" The password was not saved.")),
                 qPrintable(written->message));
        QCOMPARE(failed.count(), 2);
        QVERIFY(!written->message.contains(QLatin1String("secret")));
        std::optional<ocd::SecretResult> noId;
        store.readPassword(QString(), [&noId](const ocd::SecretResult &r) { noId = r; });
        QTRY_VERIFY(noId);
        QCOMPARE(noId->status, ocd::SecretResult::Status::Failed);
    }

    void unwritablePathReportsTheError()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(blocker, "x"));
        ProfileStore store(blocker + QStringLiteral("/oncall-desk/profiles.conf"));
        QVERIFY(store.load());
        QVERIFY(store.add(icinga()).isEmpty());
        QCOMPARE(store.lastError(),
                 QStringLiteral("The connection profiles could not be saved to %1.").arg(store.filePath()));
        QCOMPARE(store.profiles().size(), 1); // kept in memory
    }
};

QTEST_GUILESS_MAIN(TstProfiles)
#include "tst_profiles.moc"
