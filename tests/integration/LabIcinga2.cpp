#include "LabIcinga2.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>

LabIcinga2::LabIcinga2()
    : m_dir(qEnvironmentVariable("ONCALL_LAB_DIR")), m_script(qEnvironmentVariable("ONCALL_LAB_SCRIPT"))
{
    QFile f(m_dir + QStringLiteral("/lab.env"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
}

ocd::Icinga2Settings LabIcinga2::adminSettings() const
{
    ocd::Icinga2Settings s;
    s.url = QUrl(value(QStringLiteral("ICINGA_URL")));
    s.user = value(QStringLiteral("ICINGA_ADMIN_USER"));
    s.password = value(QStringLiteral("ICINGA_ADMIN_PASSWORD"));
    s.caFile = value(QStringLiteral("ICINGA_CA"));
    s.tlsServerName = value(QStringLiteral("ICINGA_TLS_NAME"));
    return s;
}

ocd::Icinga2Settings LabIcinga2::viewerSettings() const
{
    ocd::Icinga2Settings s = adminSettings();
    s.user = value(QStringLiteral("ICINGA_RO_USER"));
    s.password = value(QStringLiteral("ICINGA_RO_PASSWORD"));
    return s;
}

ocd::Icinga2Settings LabIcinga2::operatorSettings() const
{
    ocd::Icinga2Settings s = adminSettings();
    s.user = value(QStringLiteral("ICINGA_OPERATOR_USER"));
    s.password = value(QStringLiteral("ICINGA_OPERATOR_PASSWORD"));
    return s;
}

namespace {
QByteArray send(const ocd::Icinga2Settings &s, const QString &path, const QByteArray &method,
                const QByteArray &body, int *status)
{
    QNetworkAccessManager nam;
    QUrl url = s.url;
    url.setPath(path);
    QNetworkRequest req(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(s.caFile));
    req.setSslConfiguration(ssl);
    req.setPeerVerifyName(s.tlsServerName);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Authorization",
                     "Basic " + (s.user + QLatin1Char(':') + s.password).toUtf8().toBase64());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setTransferTimeout(20000);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    delete reply;
    return answer;
}
} // namespace

int LabIcinga2::action(const QString &action, const QJsonObject &body, QByteArray *answer) const
{
    int status = 0;
    const QByteArray a = send(adminSettings(), QStringLiteral("/v1/actions/") + action, "POST",
                              QJsonDocument(body).toJson(QJsonDocument::Compact), &status);
    if (answer)
        *answer = a;
    return status;
}

int LabIcinga2::processCheckResult(const QString &key, int exitStatus, const QString &output) const
{
    const bool isHost = !key.contains(QLatin1Char('!'));
    return action(QStringLiteral("process-check-result"),
                  {{QStringLiteral("type"), isHost ? QStringLiteral("Host") : QStringLiteral("Service")},
                   {isHost ? QStringLiteral("host") : QStringLiteral("service"), key},
                   {QStringLiteral("exit_status"), exitStatus},
                   {QStringLiteral("plugin_output"), output}});
}

QByteArray LabIcinga2::objects(const QString &type) const
{
    int status = 0;
    return send(adminSettings(), QStringLiteral("/v1/objects/") + type, "GET", {}, &status);
}

bool LabIcinga2::run(const QString &command) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("bash"), {m_script, command, m_dir});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
