#include "MembersController.h"

#include "core/AffectedMembers.h"
#include "core/Clock.h"
#include "core/IncidentRules.h"
#include "core/Topology.h"
#include "incidents/IncidentTracker.h"
#include "storage/IncidentStore.h"
#include "store/AlarmStore.h"

#include <QFile>
#include <QLocale>

namespace ocd {

MembersController::MembersController(AlarmStore *alarms, IncidentTracker *tracker, const ServiceHours &hours,
                                     QObject *parent)
    : QObject(parent), m_alarms(alarms), m_tracker(tracker), m_hours(hours)
{
    // Host vars change rarely (a config deploy): a full sync is the moment to re-read them.
    connect(alarms, &AlarmStore::resetDone, this, &MembersController::rebuildDirectory);
    connect(tracker, &IncidentTracker::storeChanged, this, &MembersController::watchStore);
    watchStore(tracker->store());
    m_periodTimer.setInterval(30'000); // the header says "until 20:00": half a minute late at most
    connect(&m_periodTimer, &QTimer::timeout, this, &MembersController::periodChanged);
    m_periodTimer.start();
}

QDateTime MembersController::now() const
{
    return m_alarms->clock()->now();
}

void MembersController::watchStore(IncidentStore *store)
{
    // The desk switches stores with the source (the demo has its own): follow the current one.
    if (m_watched)
        m_watched->disconnect(this);
    m_watched = store;
    connect(store, &IncidentStore::membersChanged, this, &MembersController::rebuildDirectory);
    connect(store, &IncidentStore::reconnected, this, [this] {
        rebuildDirectory();
        ++m_callRevision;
        emit callsChanged();
    });
    connect(store, &IncidentStore::callsChanged, this, [this] {
        ++m_callRevision;
        emit callsChanged();
    });
    rebuildDirectory();
}

void MembersController::rebuildDirectory()
{
    m_directory.clear();
    for (const Member &m : m_tracker->store()->members())
        m_directory.upsert(m);
    m_directory.mergeHostVars(m_alarms->objects());
    emit membersChanged();
}

QString MembersController::periodText() const
{
    return m_hours.describe(now());
}

int MembersController::period() const
{
    return int(m_hours.periodAt(now()));
}

QVariantMap MembersController::memberMap(const Member &m) const
{
    SupportTier tier = SupportTier::Standard;
    ResponseClock::tierFromKey(m.tier, &tier);
    return {{QStringLiteral("found"), true},
            {QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("tier"), ResponseClock::tierKey(tier)},
            {QStringLiteral("tierName"), ResponseClock::tierName(tier)},
            {QStringLiteral("extended"), tier != SupportTier::Standard},
            {QStringLiteral("caretaker"), m.caretaker},
            {QStringLiteral("phones"), m.phones},
            {QStringLiteral("email"), m.email}};
}

QVariantMap MembersController::lookupCaller(const QString &number) const
{
    const Member *m = m_directory.byPhone(number);
    if (!m)
        return {{QStringLiteral("found"), false}};
    QVariantMap out = memberMap(*m);
    const QVariantList incidents = incidentsFor(m->id);
    if (!incidents.isEmpty()) {
        out.insert(QStringLiteral("incidentId"), incidents.first().toMap().value(QStringLiteral("id")));
        out.insert(QStringLiteral("incidentTitle"), incidents.first().toMap().value(QStringLiteral("title")));
    }
    return out;
}

QVariantList MembersController::searchMembers(const QString &query) const
{
    QVariantList out;
    for (const Member *m : m_directory.search(query))
        out << memberMap(*m);
    return out;
}

QVariantMap MembersController::member(const QString &id) const
{
    const Member *m = m_directory.byId(id);
    return m ? memberMap(*m) : QVariantMap{{QStringLiteral("found"), false}};
}

QVariantList MembersController::incidentsFor(const QString &memberId) const
{
    QVariantList out;
    const Member *m = m_directory.byId(memberId);
    if (!m)
        return out;
    const Topology topology = Topology::build(m_alarms->objects(), m_alarms->dependencies(), now());
    for (const Incident &i : m_tracker->incidents()) {
        if (i.isClosed())
            continue;
        for (const Member *affected : m_directory.affectedBy(i.rootKey, topology)) {
            if (affected->id == memberId) {
                out << QVariantMap{{QStringLiteral("id"), i.id}, {QStringLiteral("title"), i.title}};
                break;
            }
        }
    }
    return out;
}

QVariantList MembersController::openIncidents() const
{
    QVariantList out;
    for (const Incident &i : m_tracker->incidents())
        if (!i.isClosed())
            out << QVariantMap{{QStringLiteral("id"), i.id}, {QStringLiteral("title"), i.title}};
    return out;
}

QString MembersController::logCall(const QVariantMap &in)
{
    CallRecord c;
    c.time = now().toUTC();
    c.author = m_tracker->user();
    c.callerNumber = in.value(QStringLiteral("callerNumber")).toString().trimmed();
    c.memberId = in.value(QStringLiteral("memberId")).toString();
    CallRecord::channelFromKey(in.value(QStringLiteral("channel")).toString(), &c.channel);
    c.outgoing = in.value(QStringLiteral("outgoing")).toBool();
    c.topic = in.value(QStringLiteral("topic")).toString().trimmed();
    c.summary = in.value(QStringLiteral("summary")).toString().trimmed();
    c.incidentId = in.value(QStringLiteral("incidentId")).toString();
    c.handedTo = in.value(QStringLiteral("handedTo")).toString().trimmed();
    CallRecord::statusFromKey(in.value(QStringLiteral("status")).toString(), &c.status);
    const int followUp = in.value(QStringLiteral("followUpMinutes")).toInt();
    if (followUp > 0)
        c.followUpDue = c.time.addSecs(qint64(followUp) * 60);
    if (c.topic.isEmpty() && c.summary.isEmpty()) {
        const QString why = tr("Give the call a topic or a summary.");
        emit message(why, false);
        return why;
    }
    if (!m_tracker->store()->saveCall(&c)) {
        const QString why = m_tracker->store()->lastError();
        emit message(why, false);
        return why;
    }
    const Member *m = m_directory.byId(c.memberId);
    const QString who = m ? m->name : (c.callerNumber.isEmpty() ? tr("unknown caller") : c.callerNumber);
    if (!c.incidentId.isEmpty()) {
        QString text = c.outgoing ? tr("Response to %1 (%2): %3") : tr("Call from %1 (%2): %3");
        const QString channel = c.channel == CallRecord::Channel::Phone   ? tr("phone")
                                : c.channel == CallRecord::Channel::Email ? tr("e-mail")
                                                                          : tr("chat");
        text = text.arg(who, channel, c.topic.isEmpty() ? c.summary : c.topic);
        if (!c.handedTo.isEmpty())
            text += QStringLiteral(" — ") + tr("handed over to %1").arg(c.handedTo);
        m_tracker->addEntry(c.incidentId, JournalEntry::Kind::Call, text, c.memberId);
    }
    ++m_callRevision;
    emit callsChanged();
    emit message(c.outgoing ? tr("Response to %1 recorded.").arg(who) : tr("Call from %1 logged.").arg(who),
                 true);
    return {};
}

QVariantList MembersController::calls(const QVariantMap &f) const
{
    CallFilter filter;
    filter.memberId = f.value(QStringLiteral("memberId")).toString();
    filter.incidentId = f.value(QStringLiteral("incidentId")).toString();
    filter.from = QDate::fromString(f.value(QStringLiteral("from")).toString(), Qt::ISODate);
    filter.to = QDate::fromString(f.value(QStringLiteral("to")).toString(), Qt::ISODate);
    filter.text = f.value(QStringLiteral("text")).toString();
    QVariantList out;
    for (const CallRecord &c : m_tracker->store()->calls(filter)) {
        const Member *m = m_directory.byId(c.memberId);
        const Incident *i = m_tracker->incident(c.incidentId);
        out << QVariantMap{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("timeText"), QLocale().toString(c.time.toLocalTime(), QLocale::ShortFormat)},
            {QStringLiteral("member"), m ? m->name : c.callerNumber},
            {QStringLiteral("memberId"), c.memberId},
            {QStringLiteral("channel"), CallRecord::channelKey(c.channel)},
            {QStringLiteral("outgoing"), c.outgoing},
            {QStringLiteral("topic"), c.topic},
            {QStringLiteral("summary"), c.summary},
            {QStringLiteral("incident"), i ? i->title : QString()},
            {QStringLiteral("handedTo"), c.handedTo},
            {QStringLiteral("status"), CallRecord::statusKey(c.status)},
            {QStringLiteral("followUp"),
             c.followUpDue.isValid() ? QLocale().toString(c.followUpDue.toLocalTime(), QLocale::ShortFormat)
                                     : QString()},
            // An open call whose follow-up time has passed wants attention.
            {QStringLiteral("followUpOverdue"),
             c.followUpDue.isValid() && c.status != CallRecord::Status::Resolved && c.followUpDue < now()},
            {QStringLiteral("author"), c.author}};
    }
    return out;
}

QVariantMap MembersController::affected(const QString &incidentId) const
{
    const Incident *incident = m_tracker->incident(incidentId);
    if (!incident)
        return {};
    const QDateTime t = now();
    const Topology topology = Topology::build(m_alarms->objects(), m_alarms->dependencies(), t);
    CallFilter filter;
    filter.incidentId = incidentId;
    filter.limit = 0;
    const QVector<AffectedMember> rows = AffectedMember::compute(
        *incident, topology, m_directory, m_tracker->store()->calls(filter), m_hours, t);
    QVariantList list;
    int extended = 0;
    for (const AffectedMember &a : rows) {
        extended += a.tier != SupportTier::Standard;
        QVariantMap row = memberMap(a.member);
        row.insert(QStringLiteral("status"), int(a.status));
        row.insert(QStringLiteral("clockText"), a.clock.describe(t, m_hours, a.answeredAt));
        row.insert(QStringLiteral("due"),
                   a.clock.due.isValid() ? QLocale().toString(a.clock.due.toLocalTime(), QLocale::ShortFormat)
                                         : QString());
        list << row;
    }
    return {{QStringLiteral("members"), list},
            {QStringLiteral("summary"),
             rows.isEmpty() ? tr("No members known for this host.")
                            : tr("%n member(s) affected, %1 with Extended Support", nullptr, int(rows.size()))
                                  .arg(extended)}};
}

QString MembersController::importMembers(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        const QString why = tr("Cannot read %1: %2").arg(path, f.errorString());
        emit message(why, false);
        return why;
    }
    MemberDirectory parsed;
    QString error;
    const QByteArray data = f.readAll();
    const int n = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? parsed.importJson(data, &error)
                                                                             : parsed.importCsv(data, &error);
    if (n == 0 || !error.isEmpty()) {
        const QString why =
            tr("Nothing imported from %1: %2").arg(path, error.isEmpty() ? tr("no members") : error);
        emit message(why, false);
        return why;
    }
    if (!m_tracker->store()->replaceMembers(parsed.members(), QStringLiteral("import"))) {
        const QString why = m_tracker->store()->lastError();
        emit message(why, false);
        return why;
    }
    rebuildDirectory();
    const QString done = tr("%n member(s) imported.", nullptr, n);
    emit message(done, true);
    return done;
}

} // namespace ocd
