#pragma once

#include "Incident.h"
#include "Member.h"
#include "ResponseClock.h"

#include <QVector>

namespace ocd {

class MemberDirectory;
class Topology;

// The members an incident touches (their hosts, VMs or services lie beneath its root), each with
// the response clock it owes them, nearest deadline first.
//
// The clock starts when the incident started (the first alarm: that is when the member's service
// broke, whether or not they have called yet). A response counts as given with the first
// outgoing contact to that member recorded for this incident (a call back, an e-mail, a chat
// message; the call log writes it to the journal too).
struct AffectedMember
{
    Member member;
    SupportTier tier = SupportTier::Standard;
    ResponseClock clock;
    QDateTime answeredAt; // invalid while unanswered
    ResponseClock::Status status = ResponseClock::Status::Running;
    qint64 remainingSecs = 0;

    static QVector<AffectedMember> compute(const Incident &incident, const Topology &topology,
                                           const MemberDirectory &members, const QVector<CallRecord> &calls,
                                           const ServiceHours &hours, const QDateTime &now);
};

} // namespace ocd
