#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace ocd {

enum class ObjectKind { Host, Service };

// Icinga numbering, kept as-is so events can be applied without translation tables.
// Hosts: 0 UP, 1 DOWN. Services: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
enum class StateType { Soft = 0, Hard = 1 };

struct Acknowledgement
{
    bool set = false;
    bool sticky = false;
    QString author;
    QString comment;
    QDateTime expiry; // invalid = never expires
};

struct Comment
{
    QString name;
    QString author;
    QString text;
    QDateTime entryTime;
    int entryType = 1; // Icinga: 1 user, 2 downtime, 3 flapping, 4 acknowledgement
};

// One host or service as the desk knows it. Plain data: rules live in AlarmRules and AlarmStore.
struct MonitoredObject
{
    ObjectKind kind = ObjectKind::Host;
    QString hostName;
    QString serviceName; // empty for hosts
    QString displayName;

    int state = 0;
    StateType stateType = StateType::Hard;
    int attempt = 1;
    int maxAttempts = 1;
    bool pending = true; // never checked (last_check_result null)
    bool reachable = true;

    Acknowledgement ack;
    QStringList downtimes; // names of downtimes in effect; their count is the downtime depth
    QVector<Comment> comments;

    QString output;
    QString perfdata;
    QDateTime lastCheck;
    QDateTime lastStateChange;
    QVariantMap vars;
    QString checkCommand;

    // Diagnostics for the latency benchmark: when the latest change arrived and the server's
    // own timestamp of it. Not shown, not compared.
    qint64 receivedNs = 0;
    QDateTime receivedAt;
    QDateTime serverTimestamp;

    QString key() const { return makeKey(hostName, serviceName); }
    bool isHost() const { return kind == ObjectKind::Host; }
    bool inDowntime() const { return !downtimes.isEmpty(); }

    static QString makeKey(const QString &host, const QString &service)
    {
        return service.isEmpty() ? host : host + QLatin1Char('!') + service;
    }
};

// A parent -> child relation between hosts (Icinga Dependency objects).
struct HostDependency
{
    QString parentHost;
    QString childHost;

    friend bool operator==(const HostDependency &a, const HostDependency &b)
    {
        return a.parentHost == b.parentHost && a.childHost == b.childHost;
    }
};

} // namespace ocd
