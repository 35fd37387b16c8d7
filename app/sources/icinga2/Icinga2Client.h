#pragma once

#include "Icinga2Settings.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslError>

class QNetworkReply;

namespace ocd {

// The HTTP side of talking to Icinga 2, shared by the monitoring source and the action backend:
// Basic auth, TLS always verified against the profile's CA (or an explicitly pinned
// certificate), no redirects, JSON posts. It does not choose the master: callers pass the base
// URL they currently use (the source moves between HA masters).
class Icinga2Client
{
public:
    explicit Icinga2Client(const Icinga2Settings &settings);

    const Icinga2Settings &settings() const { return m_settings; }
    QNetworkAccessManager *nam() { return &m_nam; }

    QNetworkRequest request(const QUrl &base, const QString &path) const;
    QNetworkReply *get(const QUrl &base, const QString &path, int timeoutMs);
    QNetworkReply *postJson(const QUrl &base, const QString &path, const QJsonObject &body, int timeoutMs);
    // Remembers TLS errors on the reply (for the message) unless the peer carries the pinned
    // certificate, which is then accepted.
    void watchTls(QNetworkReply *reply) const;

    static QList<QSslError> sslErrorsOf(QNetworkReply *reply);

private:
    Icinga2Settings m_settings;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
};

} // namespace ocd
