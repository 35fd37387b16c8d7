// Connection profiles against real services: the password round trip through the real
// gnome-keyring (run inside tests/lab/keyring-session.sh, which gives the test its own session bus,
// HOME and unlocked keyring), and "test connection" and the certificate probe against the Icinga 2
// lab (tests/lab/icinga2-lab.sh, started by the ctest fixture): good and wrong credentials, a
// wrong CA with the server certificate's fingerprint, that fingerprint pinned, an HA pair with one
// dead master. Never skipped: without the keyring session or the lab these tests fail.
#include "LabIcinga2.h"

#include "profiles/CertificateProbe.h"
#include "profiles/ConnectionProfile.h"
#include "profiles/ConnectionTester.h"
#include "profiles/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

#include <optional>

using ocd::CertificateProbe;
using ocd::CertificateProbeResult;
using ocd::ConnectionProfile;
using ocd::ConnectionTester;
using ocd::ConnectionTestResult;
using ocd::SecretResult;
using ocd::SecretStore;

namespace {

constexpr int kWaitMs = 20000;

// Runs one SecretStore operation and waits for its callback.
template <typename Start> std::optional<SecretResult> await(Start start)
{
    std::optional<SecretResult> result;
    start([&result](const SecretResult &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs);
    return result;
}

// A port on which nothing listens (bound and released again).
quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TstProfilesLive : public QObject
{
    Q_OBJECT

    LabIcinga2 lab;

    QString serverFingerprint() const
    {
        // The lab's server certificate, as the daemon loads it (tests/lab/icinga2-lab.sh make_pki).
        const QString dir = qEnvironmentVariable("ONCALL_LAB_DIR");
        const QList<QSslCertificate> certs =
            QSslCertificate::fromPath(dir + QStringLiteral("/lib/certs/localhost.crt"), QSsl::Pem);
        return certs.isEmpty() ? QString() : CertificateProbe::sha256Hex(certs.first());
    }

    ConnectionProfile labProfile() const
    {
        ConnectionProfile p;
        p.id = ConnectionProfile::newId();
        p.name = QStringLiteral("Lab");
        p.urls = {QUrl(lab.value(QStringLiteral("ICINGA_URL")))};
        p.user = lab.value(QStringLiteral("ICINGA_RO_USER"));
        p.caFile = lab.value(QStringLiteral("ICINGA_CA"));
        p.tlsName = lab.value(QStringLiteral("ICINGA_TLS_NAME"));
        return p;
    }
    QString labPassword() const { return lab.value(QStringLiteral("ICINGA_RO_PASSWORD")); }

    static ConnectionTestResult runTest(const ConnectionProfile &profile, const QString &password,
                                        int timeoutMs = ConnectionTester::kDefaultTimeoutMs)
    {
        ConnectionTester tester;
        tester.setTimeout(timeoutMs);
        std::optional<ConnectionTestResult> result;
        QObject::connect(&tester, &ConnectionTester::finished, &tester,
                         [&result](const ConnectionTestResult &r) { result = r; });
        tester.test(profile, password);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs * 2)) {
            ConnectionTestResult timedOut;
            timedOut.message = QStringLiteral("(test) no result within %1 s").arg(kWaitMs * 2 / 1000);
            return timedOut;
        }
        return *result;
    }

    static CertificateProbeResult runProbe(const QUrl &url, const QString &caFile, const QString &tlsName,
                                           const QString &pin = {},
                                           int timeoutMs = CertificateProbe::kDefaultTimeoutMs)
    {
        CertificateProbe probe;
        probe.setTimeout(timeoutMs);
        std::optional<CertificateProbeResult> result;
        QObject::connect(&probe, &CertificateProbe::finished, &probe,
                         [&result](const CertificateProbeResult &r) { result = r; });
        probe.probe(url, caFile, tlsName, pin);
        (void)QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs);
        return result.value_or(CertificateProbeResult{});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("ONCALL_KEYRING_SESSION"),
                 "run this test through tests/lab/keyring-session.sh (private session bus and keyring)");
        QVERIFY2(lab.isValid(),
                 "lab.env missing: the Icinga 2 lab did not start (see the lab_icinga2_start test)");
        QCOMPARE(serverFingerprint().size(), 64);
    }

    // --- keyring ---------------------------------------------------------------------------

    void keyringRoundTrip()
    {
        SecretStore store; // the application's service name: this keyring is a throw-away one
        const QString id = ConnectionProfile::newId();
        const QString other = ConnectionProfile::newId();
        const QString password = QStringLiteral("pä$$ wörd \"'\\ ✓");

        auto written = await([&](auto done) { store.writePassword(id, password, done); });
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->message));
        written = await([&](auto done) { store.writePassword(other, QStringLiteral("other"), done); });
        QVERIFY(written && written->ok());

        auto read = await([&](auto done) { store.readPassword(id, done); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->message));
        QCOMPARE(read->password, password);

        // Overwriting replaces, and leaves the other profile's password alone.
        written = await([&](auto done) { store.writePassword(id, QStringLiteral("second"), done); });
        QVERIFY(written && written->ok());
        read = await([&](auto done) { store.readPassword(id, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->password, QStringLiteral("second"));
        read = await([&](auto done) { store.readPassword(other, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->password, QStringLiteral("other"));

        // A second store (as after a restart of the desk) sees the same keyring entry.
        SecretStore later;
        read = await([&](auto done) { later.readPassword(id, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->password, QStringLiteral("second"));

        auto deleted = await([&](auto done) { store.deletePassword(id, done); });
        QVERIFY(deleted);
        QVERIFY2(deleted->ok(), qPrintable(deleted->message));
        read = await([&](auto done) { store.readPassword(id, done); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::NotFound);
        QVERIFY(read->password.isEmpty());
        QCOMPARE(read->message, QStringLiteral("No password is stored in the keyring for this connection."));
        deleted = await([&](auto done) { store.deletePassword(id, done); }); // nothing left: still fine
        QVERIFY(deleted && deleted->ok());
        read = await([&](auto done) { store.readPassword(other, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(store.pendingJobs(), 0);
    }

    void storeSecretFromTheCommandLine()
    {
        // `oncall-desk --store-secret team-database` reads one line and keeps it in the keyring,
        // where the desk reads the team database's password at start.
        const QString bin = qEnvironmentVariable("ONCALL_DESK_BIN");
        QVERIFY2(!bin.isEmpty(), "ONCALL_DESK_BIN not set");
        QProcess p;
        p.start(bin, {QStringLiteral("--store-secret"), QStringLiteral("team-database")});
        QVERIFY(p.waitForStarted());
        p.write("t3am sécret\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        SecretStore store;
        auto read = await([&](auto done) { store.readPassword(QStringLiteral("team-database"), done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->password, QStringLiteral("t3am sécret"));
    }

    void keyringCallbackNotAfterTheStoreIsGone()
    {
        bool called = false;
        {
            SecretStore store;
            store.readPassword(QStringLiteral("whatever"),
                               [&called](const SecretResult &) { called = true; });
        }
        QTest::qWait(1000);
        QVERIFY(!called);
    }

    // --- certificate probe -----------------------------------------------------------------

    void probeTrusted()
    {
        const ConnectionProfile p = labProfile();
        const CertificateProbeResult r = runProbe(p.urls.first(), p.caFile, p.tlsName);
        QVERIFY2(r.status == CertificateProbeResult::Status::Trusted, qPrintable(r.message));
        QCOMPARE(r.certificate.sha256Hex, serverFingerprint());
        QCOMPARE(r.certificate.subjectCommonName, QStringLiteral("localhost"));
        QCOMPARE(r.certificate.issuer, QStringLiteral("Icinga CA"));
        QVERIFY(r.certificate.notBefore.isValid() &&
                r.certificate.notAfter > QDateTime::currentDateTimeUtc());
    }

    void probeWrongCaShowsTheFingerprint()
    {
        const ConnectionProfile p = labProfile();
        const CertificateProbeResult r =
            runProbe(p.urls.first(), lab.value(QStringLiteral("ICINGA_WRONG_CA")), p.tlsName);
        QVERIFY2(r.status == CertificateProbeResult::Status::Untrusted, qPrintable(r.message));
        QCOMPARE(r.certificate.sha256Hex, serverFingerprint());
        QCOMPARE(r.certificate.sha256Display, CertificateProbe::displayFingerprint(serverFingerprint()));
        QVERIFY(!r.errorSentences.isEmpty());
        QVERIFY2(r.message.startsWith(QLatin1String("The server's certificate is not trusted: ")) &&
                     r.message.endsWith(
                         QStringLiteral("Its SHA-256 fingerprint is %1.").arg(r.certificate.sha256Display)),
                 qPrintable(r.message));

        // The same certificate pinned: accepted, with the errors still reported.
        const CertificateProbeResult pinned = runProbe(p.urls.first(), {}, p.tlsName, serverFingerprint());
        QVERIFY2(pinned.status == CertificateProbeResult::Status::Pinned, qPrintable(pinned.message));
        QVERIFY(!pinned.errorSentences.isEmpty());

        // Another pin does not help.
        QString wrongPin = serverFingerprint();
        wrongPin[0] = wrongPin[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        const CertificateProbeResult wrong = runProbe(p.urls.first(), {}, p.tlsName, wrongPin);
        QVERIFY2(wrong.status == CertificateProbeResult::Status::Untrusted, qPrintable(wrong.message));
    }

    void probeConnectionRefused()
    {
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(deadPort()));
        const CertificateProbeResult r = runProbe(url, {}, {});
        QCOMPARE(r.status, CertificateProbeResult::Status::Failed);
        QCOMPARE(r.message, QStringLiteral("Connection refused by 127.0.0.1."));
        QVERIFY(r.certificate.isNull());
    }

    // --- test connection -------------------------------------------------------------------

    void goodCredentials()
    {
        const ConnectionTestResult r = runTest(labProfile(), labPassword());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.urls.size(), 1);
        QCOMPARE(r.urls.first().hostCount, 13);
        QVERIFY2(r.message.startsWith(QLatin1String("Connected to Icinga 2 r2.13")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String(" as viewer: 13 host")), qPrintable(r.message));
        QVERIFY(!r.urls.first().pinned);
        QCOMPARE(r.urls.first().certificate.sha256Hex, serverFingerprint());
        qInfo("%s", qPrintable(r.message));
    }

    void wrongPassword()
    {
        const ConnectionTestResult r = runTest(labProfile(), QStringLiteral("wrong"));
        QCOMPARE(r.outcome, ConnectionTestResult::Outcome::AuthRejected);
        QCOMPARE(r.message, QStringLiteral("User name or password rejected."));
    }

    void wrongCaShowsTheServerFingerprint()
    {
        ConnectionProfile p = labProfile();
        p.caFile = lab.value(QStringLiteral("ICINGA_WRONG_CA"));
        const ConnectionTestResult r = runTest(p, labPassword());
        QCOMPARE(r.outcome, ConnectionTestResult::Outcome::Untrusted);
        QCOMPARE(r.urls.first().certificate.sha256Hex, serverFingerprint());
        QVERIFY(!r.urls.first().sslErrors.isEmpty());
        QVERIFY2(r.message.startsWith(QLatin1String("The server's certificate is not trusted: ")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(CertificateProbe::displayFingerprint(serverFingerprint())),
                 qPrintable(r.message));
        qInfo("%s", qPrintable(r.message));
    }

    void pinnedFingerprintWithoutCaFile()
    {
        // The flow of the dialog: the fingerprint shown for the unknown certificate, trusted.
        ConnectionProfile p = labProfile();
        p.caFile.clear(); // the system store does not know the lab's CA
        const ConnectionTestResult unknown = runTest(p, labPassword());
        QCOMPARE(unknown.outcome, ConnectionTestResult::Outcome::Untrusted);
        p.pinnedSha256 = unknown.urls.first().certificate.sha256Hex;
        QCOMPARE(p.pinnedSha256, serverFingerprint());

        const ConnectionTestResult r = runTest(p, labPassword());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.urls.first().hostCount, 13);
        QVERIFY(r.urls.first().pinned);
        QVERIFY(!r.urls.first().sslErrors.isEmpty());

        // Pinned but the password wrong: the pin gets through TLS, the server still says no.
        const ConnectionTestResult wrongPassword = runTest(p, QStringLiteral("wrong"));
        QCOMPARE(wrongPassword.outcome, ConnectionTestResult::Outcome::AuthRejected);

        // A pin of another certificate: not trusted, and the message says it is not the pinned one.
        QString wrongPin = serverFingerprint();
        wrongPin[0] = wrongPin[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        p.pinnedSha256 = wrongPin;
        const ConnectionTestResult other = runTest(p, labPassword());
        QCOMPARE(other.outcome, ConnectionTestResult::Outcome::Untrusted);
        QVERIFY2(
            other.message.endsWith(QLatin1String("It is not the certificate trusted for this connection.")),
            qPrintable(other.message));
    }

    void haPairWithOneDeadMaster()
    {
        ConnectionProfile p = labProfile();
        const QUrl dead(QStringLiteral("https://127.0.0.1:%1").arg(deadPort()));
        p.urls.prepend(dead);
        const ConnectionTestResult r = runTest(p, labPassword());
        QVERIFY2(r.ok(), qPrintable(r.message)); // one master answers
        QCOMPARE(r.urls.size(), 2);
        QCOMPARE(r.urls.at(0).outcome, ConnectionTestResult::Outcome::Failed);
        QVERIFY2(r.urls.at(0).message.startsWith(QLatin1String("Connection refused by 127.0.0.1")),
                 qPrintable(r.urls.at(0).message));
        QCOMPARE(r.urls.at(1).outcome, ConnectionTestResult::Outcome::Connected);
        const QStringList lines = r.message.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(dead.toString() + QStringLiteral(": Connection refused")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QLatin1String(": Connected to Icinga 2")), qPrintable(lines.at(1)));
    }

    void silentServerTimesOut()
    {
        // Accepts TCP, never answers the TLS handshake (a hung server, a black-holing proxy).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionProfile p = labProfile();
        p.urls = {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()))};
        const ConnectionTestResult r = runTest(p, labPassword(), 1000);
        QCOMPARE(r.outcome, ConnectionTestResult::Outcome::Failed);
        QCOMPARE(r.message, QStringLiteral("The server did not answer in time."));

        const CertificateProbeResult probe = runProbe(p.urls.first(), {}, {}, {}, 1000);
        QCOMPARE(probe.status, CertificateProbeResult::Status::Failed);
        QCOMPARE(probe.message, QStringLiteral("The server did not answer within 1 s."));
    }

    void profileProblemComesFirst()
    {
        ConnectionProfile p = labProfile();
        p.urls = {QUrl(QStringLiteral("http://127.0.0.1:5665"))};
        const ConnectionTestResult r = runTest(p, labPassword());
        QCOMPARE(r.outcome, ConnectionTestResult::Outcome::Failed);
        QVERIFY2(r.message.contains(QLatin1String("must start with https://")), qPrintable(r.message));
        QVERIFY(r.urls.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstProfilesLive)
#include "tst_profiles_live.moc"
