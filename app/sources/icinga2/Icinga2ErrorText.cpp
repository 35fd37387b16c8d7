#include "Icinga2ErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ocd {

namespace {

// Icinga puts the reason in "status" (single result) or results[].status (actions).
QString serverStatusText(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QString status = root.value(QLatin1String("status")).toString();
    if (status.isEmpty()) {
        const QJsonArray results = root.value(QLatin1String("results")).toArray();
        if (!results.isEmpty())
            status = results.first().toObject().value(QLatin1String("status")).toString();
    }
    return status.left(300);
}

} // namespace

QString Icinga2ErrorText::forSslErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors)
        parts.append(e.errorString());
    parts.removeDuplicates();
    return tr("The server's certificate is not trusted: %1").arg(parts.join(QStringLiteral("; ")));
}

QString Icinga2ErrorText::forHttpStatus(int status, const QByteArray &body, Context context)
{
    const QString server = serverStatusText(body);
    switch (status) {
    case 401:
        return tr("User name or password rejected.");
    case 403:
        return tr("Not permitted for this user.");
    case 404:
        // Icinga answers 404 "No objects found" when the ApiUser lacks the permission, too.
        if (context == Context::Action)
            return tr("Not permitted for this user, or the object does not exist.");
        return tr("Not found on the server (or not permitted for this user).");
    case 409:
        if (server.contains(QLatin1String("already acknowledged"), Qt::CaseInsensitive))
            return tr("Already acknowledged.");
        if (server.contains(QLatin1String("is OK"), Qt::CaseInsensitive) ||
            server.contains(QLatin1String("is UP"), Qt::CaseInsensitive))
            return tr("The object is OK: there is nothing to acknowledge.");
        if (server.contains(QLatin1String("expire"), Qt::CaseInsensitive))
            return tr("The expiry time lies in the past.");
        return tr("The server refused the request: %1").arg(server);
    case 500:
        return tr("The server failed to carry out the request: %1").arg(server);
    case 503:
        return tr("The server is not ready yet (still starting or reloading).");
    default:
        break;
    }
    if (!server.isEmpty())
        return tr("The server answered with an error: %1 (HTTP %2)").arg(server).arg(status);
    return tr("The server answered with an unexpected status (HTTP %1).").arg(status);
}

QString Icinga2ErrorText::forReply(QNetworkReply *reply, const QList<QSslError> &sslErrors, Context context)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!sslErrors.isEmpty())
        return forSslErrors(sslErrors);
    if (status >= 400)
        return forHttpStatus(status, reply->readAll(), context);

    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return tr("Connection refused by %1: is Icinga 2 running with the API feature enabled?").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The server name %1 could not be found.").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The server did not answer in time.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection could not be established: %1").arg(reply->errorString());
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return tr("The network is unavailable: %1").arg(reply->errorString());
    default:
        return tr("Connection problem: %1").arg(reply->errorString());
    }
}

} // namespace ocd
