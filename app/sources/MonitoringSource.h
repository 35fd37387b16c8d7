#pragma once

#include "core/FeedEvent.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace ocd {

struct AckRequest
{
    QString author;
    QString comment;
    bool sticky = false;
    bool notify = true;
    QDateTime expiry; // invalid: no expiry
};

struct DowntimeRequest
{
    QString author;
    QString comment;
    QDateTime start;
    qint64 durationSecs = 3600;
    bool allServices = false; // host downtime covers its services too
    bool childHosts = false;  // and the hosts that depend on it (VMs)
};

// The outcome of one user action over one or more objects. Finishes exactly once.
class ActionReply : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_ok; }
    QString message() const { return m_message; }

    void finish(bool ok, const QString &message)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_ok = ok;
        m_message = message;
        emit finished(ok, message);
    }

signals:
    void finished(bool ok, const QString &message);

private:
    bool m_finished = false;
    bool m_ok = false;
    QString m_message;
};

// A backend that delivers monitoring state (Icinga 2, the demo data center, later Alertmanager).
// It emits a full snapshot after every (re)connect and events in between; the store applies them.
class MonitoringSource : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Syncing, Live, Reconnecting, Failed };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual QString name() const = 0; // shown in the status bar: a host name, or "Demo"
    virtual bool isDemo() const { return false; }
    virtual QString defaultAuthor() const = 0;

    virtual ActionReply *acknowledge(const QStringList &keys, const AckRequest &request) = 0;
    virtual ActionReply *removeAcknowledgement(const QStringList &keys) = 0;
    virtual ActionReply *recheck(const QStringList &keys) = 0;
    virtual ActionReply *scheduleDowntime(const QStringList &keys, const DowntimeRequest &request) = 0;
    // A comment colleagues see in their monitoring UI (Icinga Web): the incident's claim and
    // notes are mirrored this way when there is no team database.
    virtual ActionReply *addComment(const QString &key, const QString &author, const QString &text) = 0;

    State state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    QDateTime stateSince() const { return m_since; }
    QDateTime nextRetry() const { return m_nextRetry; }

signals:
    void snapshotReady(const ocd::Snapshot &snapshot);
    void eventsReceived(const ocd::FeedEvents &events);
    void stateChanged();

protected:
    void setState(State s, const QString &reason = {}, const QDateTime &nextRetry = {})
    {
        if (s == m_state && reason == m_reason && nextRetry == m_nextRetry)
            return;
        if (s != m_state)
            m_since = QDateTime::currentDateTimeUtc();
        m_state = s;
        m_reason = reason;
        m_nextRetry = nextRetry;
        emit stateChanged();
    }

private:
    State m_state = State::Idle;
    QString m_reason;
    QDateTime m_since = QDateTime::currentDateTimeUtc();
    QDateTime m_nextRetry;
};

} // namespace ocd
