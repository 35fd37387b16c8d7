#include "AffectedMembers.h"

#include "MemberDirectory.h"
#include "Topology.h"

namespace ocd {

QVector<AffectedMember> AffectedMember::compute(const Incident &incident, const Topology &topology,
                                                const MemberDirectory &members,
                                                const QVector<CallRecord> &calls, const ServiceHours &hours,
                                                const QDateTime &now)
{
    QVector<AffectedMember> out;
    const QDateTime start = incident.openedAt.isValid() ? incident.openedAt : now;
    for (const Member *m : members.affectedBy(incident.rootKey, topology)) {
        AffectedMember a;
        a.member = *m;
        if (!ResponseClock::tierFromKey(m->tier, &a.tier))
            a.tier = SupportTier::Standard; // an unknown contract gets the standard promise
        a.clock = ResponseClock::started(start, a.tier, hours);
        for (const CallRecord &c : calls) {
            if (c.outgoing && c.memberId == m->id && c.incidentId == incident.id && c.time >= start &&
                (!a.answeredAt.isValid() || c.time < a.answeredAt))
                a.answeredAt = c.time;
        }
        a.status = a.clock.status(now, hours, a.answeredAt);
        a.remainingSecs = a.clock.remainingSecs(now, hours);
        out << a;
    }
    // Who waits the longest risk first: unanswered by deadline, then the answered ones.
    std::stable_sort(out.begin(), out.end(), [](const AffectedMember &x, const AffectedMember &y) {
        const bool xa = x.answeredAt.isValid(), ya = y.answeredAt.isValid();
        if (xa != ya)
            return !xa;
        if (x.clock.due.isValid() != y.clock.due.isValid())
            return x.clock.due.isValid();
        return x.clock.due < y.clock.due;
    });
    return out;
}

} // namespace ocd
