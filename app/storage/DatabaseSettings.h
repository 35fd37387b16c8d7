#pragma once

#include <QStandardPaths>
#include <QString>

namespace ocd {

// Where SqlIncidentStore keeps incidents: a local SQLite file (one desk) or a PostgreSQL
// database the whole team shares.
struct DatabaseSettings
{
    enum Driver { SQLite, PostgreSQL };

    Driver driver = SQLite;

    // SQLite. An empty path means defaultSqlitePath().
    QString sqlitePath = defaultSqlitePath();

    // PostgreSQL. host may also be a Unix socket directory (starts with '/').
    QString host;
    QString database;
    QString user;
    QString password;
    int port = 5432;
    QString sslMode; // libpq's sslmode ("require", "verify-full", ...); empty: libpq's default

    static QString defaultSqlitePath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/oncall-desk.sqlite");
    }
};

} // namespace ocd
