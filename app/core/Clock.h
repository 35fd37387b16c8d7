#pragma once

#include <QDateTime>

namespace ocd {

// Injectable time source: rules that depend on "now" (ack expiry, durations) take a Clock so
// tests can move time without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// Delegates to another clock that can be swapped: the store keeps one clock while the session
// switches between the demo's story clock and the system clock.
class ForwardingClock : public Clock
{
public:
    explicit ForwardingClock(const Clock *target) : m_target(target) {}
    QDateTime now() const override { return m_target->now(); }
    void setTarget(const Clock *target) { m_target = target; }

private:
    const Clock *m_target;
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace ocd
