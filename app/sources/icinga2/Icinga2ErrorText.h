#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace ocd {

// Turns what the network and the Icinga 2 API report into sentences a person on duty can act
// on. No bare codes: the code, where useful, follows in brackets for the administrator.
class Icinga2ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Icinga2ErrorText)
public:
    enum class Context { Stream, Query, Action };

    static QString forReply(QNetworkReply *reply, const QList<QSslError> &sslErrors, Context context);
    static QString forHttpStatus(int status, const QByteArray &body, Context context);
    static QString forSslErrors(const QList<QSslError> &errors);
};

} // namespace ocd
