#pragma once

#include "MonitoredObject.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace ocd {

// A change reported by a monitoring source, already type-checked. Sources (Icinga 2 stream,
// demo) produce these; AlarmStore applies them. Optional parts carry a has* flag so that an
// event never overwrites what it did not report.
struct FeedEvent
{
    enum class Type {
        CheckResult,
        StateChange,
        AcknowledgementSet,
        AcknowledgementCleared,
        CommentAdded,
        CommentRemoved,
        DowntimeAdded,
        DowntimeStarted,
        DowntimeTriggered,
        DowntimeRemoved,
        ObjectCreated,
        ObjectDeleted,
    };

    Type type = Type::CheckResult;
    QString host;
    QString service;
    QDateTime timestamp;

    bool hasState = false;
    int state = 0;
    StateType stateType = StateType::Hard;
    int attempt = 0; // 0 = not reported

    bool hasReachable = false;
    bool reachable = true;

    bool hasCheckResult = false;
    QString output;
    QString perfdata;
    QDateTime checkTime;

    Acknowledgement ack; // AcknowledgementSet

    QString itemName;         // comment or downtime object name
    QString itemAuthor;       // comment/downtime author
    QString itemText;         // comment text / downtime comment
    int commentEntryType = 1; // Icinga: 1 user, 2 downtime, 3 flapping, 4 acknowledgement

    // When the line carrying this event arrived (steady clock ns, and wall time), for the
    // latency figures; 0 / invalid for events that did not come over a network.
    qint64 receivedNs = 0;
    QDateTime receivedAt;

    QString key() const { return MonitoredObject::makeKey(host, service); }
};

using FeedEvents = QVector<FeedEvent>;

// The full state of a source at one moment: what a (re)sync delivers.
struct Snapshot
{
    QVector<MonitoredObject> objects;
    QVector<HostDependency> dependencies;
};

} // namespace ocd
