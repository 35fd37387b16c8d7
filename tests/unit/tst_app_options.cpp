// AppOptions::parse: command line, config file and the password variable resolved into one set
// of options, and the mistakes a user makes refused with a message instead of a silent fallback.
#include "ui/AppOptions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ocd::AppOptions;

class TstAppOptions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A config file in the temporary folder, written fresh for each test that needs one.
    QString writeConfig(const QByteArray &contents)
    {
        const QString path = m_dir.filePath(QStringLiteral("oncall-desk.conf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(contents);
        return path;
    }
    QString noConfig() const { return m_dir.filePath(QStringLiteral("does-not-exist.conf")); }

    static QStringList args(const QStringList &rest)
    {
        return QStringList{QStringLiteral("oncall-desk")} + rest;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nothingGiven()
    {
        const AppOptions o = AppOptions::parse(args({}), noConfig(), {});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(!o.demo);
        QVERIFY(!o.useIcinga()); // the composition root falls back to the demo
        QVERIFY(o.language.isEmpty());
        QCOMPARE(o.demoMinuteMs, 4000);
        QCOMPARE(o.demoStartMinute, 0);
    }

    void demo()
    {
        const AppOptions o = AppOptions::parse(args({QStringLiteral("--demo")}), noConfig(), {});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.demo);
        QVERIFY(!o.selfTest);
        QVERIFY(!o.useIcinga());
    }

    void selfTestImpliesDemo()
    {
        const AppOptions o = AppOptions::parse(args({QStringLiteral("--self-test")}), noConfig(), {});
        QVERIFY(o.demo);
        QVERIFY(o.selfTest);
    }

    void demoWinsOverConfiguredServer()
    {
        const QString config = writeConfig("[icinga2]\nurl=https://icinga.example.org:5665\nuser=desk\n");
        const AppOptions o = AppOptions::parse(args({QStringLiteral("--demo")}), config, "pw");
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.demo);
        QVERIFY(!o.useIcinga());
    }

    void demoSpeedAndMinuteBounded()
    {
        AppOptions o = AppOptions::parse(args({QStringLiteral("--demo"), QStringLiteral("--demo-speed=1"),
                                               QStringLiteral("--demo-minute=99")}),
                                         noConfig(), {});
        QCOMPARE(o.demoMinuteMs, 50);
        QCOMPARE(o.demoStartMinute, 29);
        o = AppOptions::parse(args({QStringLiteral("--demo-speed"), QStringLiteral("250"),
                                    QStringLiteral("--demo-minute"), QStringLiteral("8")}),
                              noConfig(), {});
        QCOMPARE(o.demoMinuteMs, 250);
        QCOMPARE(o.demoStartMinute, 8);
    }

    void icingaOnCommandLine()
    {
        const AppOptions o = AppOptions::parse(
            args({QStringLiteral("--icinga-url"), QStringLiteral("https://icinga.example.org:5665"),
                  QStringLiteral("--icinga-user"), QStringLiteral("desk"), QStringLiteral("--ca-file"),
                  QStringLiteral("/etc/oncall-desk/ca.pem"), QStringLiteral("--tls-name"),
                  QStringLiteral("icinga-master")}),
            noConfig(), "s3cret");
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(!o.demo);
        QVERIFY(o.useIcinga());
        QCOMPARE(o.icinga.url, QUrl(QStringLiteral("https://icinga.example.org:5665")));
        QCOMPARE(o.icinga.user, QStringLiteral("desk"));
        QCOMPARE(o.icinga.caFile, QStringLiteral("/etc/oncall-desk/ca.pem"));
        QCOMPARE(o.icinga.tlsServerName, QStringLiteral("icinga-master"));
        QCOMPARE(o.icinga.password, QStringLiteral("s3cret"));
    }

    // The password comes only from the environment (passed in), as UTF-8, never from a file.
    void passwordFromEnvironment()
    {
        const QString config =
            writeConfig("[icinga2]\nurl=https://icinga.example.org:5665\nuser=desk\npassword=from-file\n");
        AppOptions o = AppOptions::parse(args({}), config, QStringLiteral("pässwort").toUtf8());
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.icinga.password, QStringLiteral("pässwort"));
        o = AppOptions::parse(args({}), config, {});
        QVERIFY(o.icinga.password.isEmpty());
    }

    void configFile()
    {
        const QString config = writeConfig("language=de\n"
                                           "[icinga2]\n"
                                           "url=https://icinga.example.org:5665\n"
                                           "user=desk\n"
                                           "caFile=/etc/ssl/icinga-ca.pem\n"
                                           "tlsName=master1.example.org\n");
        const AppOptions o = AppOptions::parse(args({}), config, "pw");
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.useIcinga());
        QCOMPARE(o.icinga.url.host(), QStringLiteral("icinga.example.org"));
        QCOMPARE(o.icinga.url.port(), 5665);
        QCOMPARE(o.icinga.user, QStringLiteral("desk"));
        QCOMPARE(o.icinga.caFile, QStringLiteral("/etc/ssl/icinga-ca.pem"));
        QCOMPARE(o.icinga.tlsServerName, QStringLiteral("master1.example.org"));
        QCOMPARE(o.language, QStringLiteral("de"));
    }

    void commandLineOverridesConfigFile()
    {
        const QString config = writeConfig("language=de\n"
                                           "[icinga2]\n"
                                           "url=https://from-file.example.org:5665\n"
                                           "user=file-user\n"
                                           "caFile=/file/ca.pem\n");
        const AppOptions o =
            AppOptions::parse(args({QStringLiteral("--icinga-user"), QStringLiteral("cli-user"),
                                    QStringLiteral("--lang"), QStringLiteral("en")}),
                              config, "pw");
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.icinga.user, QStringLiteral("cli-user"));
        QCOMPARE(o.language, QStringLiteral("en"));
        // What the command line does not name still comes from the file.
        QCOMPARE(o.icinga.url.host(), QStringLiteral("from-file.example.org"));
        QCOMPARE(o.icinga.caFile, QStringLiteral("/file/ca.pem"));

        const AppOptions o2 = AppOptions::parse(
            args({QStringLiteral("--icinga-url=https://from-cli.example.org:5665")}), config, "pw");
        QCOMPARE(o2.icinga.url.host(), QStringLiteral("from-cli.example.org"));
        QCOMPARE(o2.icinga.user, QStringLiteral("file-user"));
    }

    void plainHttpRejected_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << "http://icinga.example.org:5665";
        QTest::newRow("no scheme") << "icinga.example.org:5665";
        QTest::newRow("ftp") << "ftp://icinga.example.org";
    }
    void plainHttpRejected()
    {
        QFETCH(QString, url);
        const AppOptions o =
            AppOptions::parse(args({QStringLiteral("--icinga-url"), url, QStringLiteral("--icinga-user"),
                                    QStringLiteral("desk")}),
                              noConfig(), "pw");
        QVERIFY(!o.error.isEmpty());
        QVERIFY2(o.error.contains(QLatin1String("https://")), qPrintable(o.error));
    }

    void plainHttpInConfigRejected()
    {
        const QString config = writeConfig("[icinga2]\nurl=http://icinga.example.org:5665\nuser=desk\n");
        const AppOptions o = AppOptions::parse(args({}), config, "pw");
        QVERIFY2(o.error.contains(QLatin1String("https://")), qPrintable(o.error));
    }

    void unknownLanguageRejected()
    {
        const AppOptions o =
            AppOptions::parse(args({QStringLiteral("--lang"), QStringLiteral("fr")}), noConfig(), {});
        QVERIFY(!o.error.isEmpty());
        QVERIFY2(o.error.contains(QLatin1String("fr")), qPrintable(o.error));
        const AppOptions ok =
            AppOptions::parse(args({QStringLiteral("--lang"), QStringLiteral("de")}), noConfig(), {});
        QVERIFY2(ok.error.isEmpty(), qPrintable(ok.error));
        QCOMPARE(ok.language, QStringLiteral("de"));
    }

    void urlWithoutUserRejected()
    {
        const AppOptions o = AppOptions::parse(
            args({QStringLiteral("--icinga-url"), QStringLiteral("https://icinga.example.org:5665")}),
            noConfig(), "pw");
        QVERIFY(!o.error.isEmpty());
        // The message tells where a user can be given.
        QVERIFY2(o.error.contains(QLatin1String("--icinga-user")), qPrintable(o.error));
        QVERIFY2(o.error.contains(noConfig()), qPrintable(o.error));
    }

    void unknownOptionRejected()
    {
        const AppOptions o = AppOptions::parse(args({QStringLiteral("--icinga-pasword=x")}), noConfig(), {});
        QVERIFY(!o.error.isEmpty());
        QVERIFY2(o.error.contains(QLatin1String("icinga-pasword")), qPrintable(o.error));
    }

    void missingOptionValueRejected()
    {
        const AppOptions o = AppOptions::parse(args({QStringLiteral("--icinga-url")}), noConfig(), {});
        QVERIFY(!o.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAppOptions)
#include "tst_app_options.moc"
