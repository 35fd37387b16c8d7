#pragma once

#include "sources/icinga2/Icinga2Settings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

// The Icinga 2 lab started by tests/lab/icinga2-lab.sh: its lab.env, a blocking API client for
// driving states (as a colleague or a check would), and the lab script's commands.
class LabIcinga2
{
public:
    LabIcinga2();
    bool isValid() const { return !m_env.isEmpty(); }
    QString value(const QString &key) const { return m_env.value(key); }

    ocd::Icinga2Settings adminSettings() const;
    ocd::Icinga2Settings viewerSettings() const;
    // May run actions (execute-command) but not administer the server.
    ocd::Icinga2Settings operatorSettings() const;

    // POST /v1/actions/<action> as admin; returns the HTTP status. Hosts take exit status 0 or 1 only.
    int action(const QString &action, const QJsonObject &body, QByteArray *answer = nullptr) const;
    int processCheckResult(const QString &key, int exitStatus, const QString &output) const;
    // GET /v1/objects/<type> as admin (body for Icinga2ObjectParser).
    QByteArray objects(const QString &type) const;
    // Runs "icinga2-lab.sh <command> DIR"; returns true on exit 0.
    bool run(const QString &command) const;

private:
    QMap<QString, QString> m_env;
    QString m_dir;
    QString m_script;
};
