#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ocd {

// A member of the cooperative: who to call back, their contract and what of theirs runs where.
// The support tier is a key ("standard", "extended-8h", "extended-4h", "extended-2h"; see
// ResponseClock) so this header stays free of the clock logic.
struct Member
{
    QString id; // the member number, or a name-derived id for members only known by name
    QString name;
    QStringList phones; // as written; MemberDirectory compares them normalized
    QString email;
    QString tier = QStringLiteral("standard");
    QStringList objects; // hosts, VMs or host!service keys that are theirs
    QString caretaker;   // the colleague who looks after the member personally
    QString source;      // "icinga" (host vars) or "import"

    bool operator==(const Member &o) const
    {
        return id == o.id && name == o.name && phones == o.phones && email == o.email && tier == o.tier &&
               objects == o.objects && caretaker == o.caretaker && source == o.source;
    }
};

// One contact with a member, logged from the keyboard while the phone is still warm.
struct CallRecord
{
    enum class Channel { Phone, Email, Chat };
    enum class Status { Open, HandedOver, Resolved };

    qint64 id = 0;  // assigned by the storage
    QDateTime time; // UTC
    QString author; // who took it
    QString callerNumber;
    QString memberId;
    Channel channel = Channel::Phone;
    bool outgoing = false; // a call back / e-mail to the member: counts as the response
    QString topic;
    QString summary;
    QString incidentId;
    QString handedTo;
    Status status = Status::Open;
    QDateTime followUpDue;

    static QString channelKey(Channel c);
    static bool channelFromKey(const QString &key, Channel *c);
    static QString statusKey(Status s);
    static bool statusFromKey(const QString &key, Status *s);
};

} // namespace ocd
