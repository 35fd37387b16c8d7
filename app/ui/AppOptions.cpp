#include "AppOptions.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

namespace ocd {

QString AppOptions::defaultConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/oncall-desk/oncall-desk.conf");
}

AppOptions AppOptions::parse(const QStringList &arguments, const QString &configFile,
                             const QByteArray &passwordEnv)
{
    AppOptions o;
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("On-Call Desk: live alarms, topology and actions for the person on duty."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Open the built-in demo data center."));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      tr("Start, load the user interface with the demo data, and quit."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("User interface language (de or en)."),
                                  QStringLiteral("code"));
    const QCommandLineOption url(QStringLiteral("icinga-url"),
                                 tr("Icinga 2 API URL, e.g. https://icinga:5665."), QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("icinga-user"),
                                  tr("Icinga 2 API user (password from ONCALL_DESK_PASSWORD)."),
                                  QStringLiteral("name"));
    const QCommandLineOption ca(QStringLiteral("ca-file"),
                                tr("CA certificate (PEM) that signed the server's certificate."),
                                QStringLiteral("file"));
    const QCommandLineOption tls(QStringLiteral("tls-name"),
                                 tr("Name the server certificate must carry, if not the URL's host."),
                                 QStringLiteral("name"));
    const QCommandLineOption speed(QStringLiteral("demo-speed"),
                                   tr("Milliseconds per story minute in the demo."), QStringLiteral("ms"));
    const QCommandLineOption startAt(QStringLiteral("demo-minute"),
                                     tr("Start the demo story at this minute (0-29)."),
                                     QStringLiteral("minute"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        tr("Print the running desk's summary and exit: 0 OK, 1 warning, 2 critical, "
           "3 feed down or not running."));
    const QCommandLineOption json(QStringLiteral("json"), tr("With --status: print JSON."));
    const QCommandLineOption hidden(QStringLiteral("hidden"),
                                    tr("Start in the system tray without showing the window."));
    const QCommandLineOption storeSecret(
        QStringLiteral("store-secret"),
        tr("Read a secret from standard input and keep it in the keyring under <name> (team-database, "
           "bigbluebutton), then exit."),
        QStringLiteral("name"));
    p.addOptions(
        {demo, selfTest, lang, url, user, ca, tls, speed, startAt, status, json, hidden, storeSecret});
    if (!p.parse(arguments)) {
        o.error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("version"))) {
        o.error = p.isSet(QStringLiteral("help")) ? p.helpText() : QCoreApplication::applicationVersion();
        return o;
    }

    QSettings settings(configFile, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("icinga2"));
    o.icinga.url = QUrl(p.isSet(url) ? p.value(url) : settings.value(QStringLiteral("url")).toString());
    o.icinga.user = p.isSet(user) ? p.value(user) : settings.value(QStringLiteral("user")).toString();
    o.icinga.caFile = p.isSet(ca) ? p.value(ca) : settings.value(QStringLiteral("caFile")).toString();
    o.icinga.tlsServerName =
        p.isSet(tls) ? p.value(tls) : settings.value(QStringLiteral("tlsName")).toString();
    o.icinga.password = QString::fromUtf8(passwordEnv);
    settings.endGroup();
    o.language = p.isSet(lang) ? p.value(lang) : settings.value(QStringLiteral("language")).toString();

    settings.beginGroup(QStringLiteral("notifications"));
    NotificationSettings &n = o.notifications;
    n.includeSoft = settings.value(QStringLiteral("includeSoft"), n.includeSoft).toBool();
    n.includeWarnings = settings.value(QStringLiteral("includeWarnings"), n.includeWarnings).toBool();
    n.delaySecs = qBound(0, settings.value(QStringLiteral("delaySecs"), n.delaySecs).toInt(), 86400);
    n.renotifyMinutes =
        qBound(0, settings.value(QStringLiteral("renotifyMinutes"), n.renotifyMinutes).toInt(), 1440);
    n.feedLostSecs = qBound(1, settings.value(QStringLiteral("feedLostSecs"), n.feedLostSecs).toInt(), 3600);
    o.sound = settings.value(QStringLiteral("sound"), true).toBool();
    settings.endGroup();
    settings.beginGroup(QStringLiteral("actions"));
    o.actions.read(settings);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("team"));
    if (settings.value(QStringLiteral("driver")).toString() == QLatin1String("postgresql")) {
        o.team.driver = DatabaseSettings::PostgreSQL;
        o.team.host = settings.value(QStringLiteral("host"), QStringLiteral("localhost")).toString();
        o.team.port = settings.value(QStringLiteral("port"), 5432).toInt();
        o.team.database =
            settings.value(QStringLiteral("database"), QStringLiteral("oncall_desk")).toString();
        o.team.user = settings.value(QStringLiteral("user")).toString();
        o.team.sslMode = settings.value(QStringLiteral("sslMode")).toString();
    } else if (settings.contains(QStringLiteral("path"))) {
        o.team.sqlitePath = settings.value(QStringLiteral("path")).toString();
    }
    settings.endGroup();
    {
        QString hoursError;
        const std::optional<ServiceHours> hours = ServiceHours::fromSettings(settings, &hoursError);
        if (hours)
            o.serviceHours = *hours;
        else
            o.error = hoursError;
    }
    settings.beginGroup(QStringLiteral("conference"));
    o.conferenceProvider = settings.value(QStringLiteral("provider"), o.conferenceProvider).toString();
    o.conferenceUrl = QUrl(settings.value(QStringLiteral("url"), o.conferenceUrl.toString()).toString());
    settings.endGroup();
    o.status = p.isSet(status);
    o.statusJson = p.isSet(json);
    o.startHidden = p.isSet(hidden);
    o.storeSecret = p.value(storeSecret);

    o.demo = p.isSet(demo) || p.isSet(selfTest);
    o.selfTest = p.isSet(selfTest);
    if (p.isSet(speed))
        o.demoMinuteMs = qBound(50, p.value(speed).toInt(), 600000);
    if (p.isSet(startAt))
        o.demoStartMinute = qBound(0, p.value(startAt).toInt(), 29);

    if (!o.language.isEmpty() && o.language != QLatin1String("de") && o.language != QLatin1String("en"))
        o.error = tr("Unknown language \"%1\": use de or en.").arg(o.language);
    else if (!o.demo && !o.icinga.url.isEmpty() && o.icinga.url.scheme() != QLatin1String("https"))
        o.error = tr("The Icinga 2 URL must start with https:// (the API only speaks TLS).");
    else if (o.useIcinga() && o.icinga.user.isEmpty())
        o.error = tr("An Icinga 2 URL needs a user: --icinga-user or user= in %1.").arg(configFile);
    return o;
}

} // namespace ocd

namespace ocd {

QString AppOptions::checkFiles() const
{
    if (useIcinga() && !icinga.caFile.isEmpty() && QSslCertificate::fromPath(icinga.caFile).isEmpty())
        return tr("The CA file %1 cannot be read or holds no PEM certificate.").arg(icinga.caFile);
    return {};
}

} // namespace ocd
