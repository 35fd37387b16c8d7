#include "IncidentsController.h"

#include "actions/ActionRunner.h"
#include "conference/ConferenceProvider.h"
#include "core/Clock.h"
#include "core/DurationFormat.h"
#include "core/IncidentRules.h"
#include "core/Topology.h"
#include "incidents/IncidentTracker.h"
#include "incidents/ReviewExport.h"
#include "sources/MonitoringSource.h"
#include "storage/IncidentStore.h"
#include "store/AlarmStore.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

namespace ocd {

IncidentsController::IncidentsController(AlarmStore *alarms, IncidentStore *store, IncidentTracker *tracker,
                                         QObject *parent)
    : QObject(parent), m_alarms(alarms), m_tracker(tracker), m_list(tracker),
      m_deskId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    connect(tracker, &IncidentTracker::incidentsChanged, this, [this] {
        emit listChanged();
        emit currentChanged();
    });
    connect(tracker, &IncidentTracker::journalChanged, this, [this](const QString &id) {
        if (id == m_currentId)
            refreshJournal();
    });
    watchStore(store);
    // Presence: "3 colleagues online" counts desks seen in the last minute.
    m_heartbeat.setInterval(30'000);
    connect(&m_heartbeat, &QTimer::timeout, this,
            [this] { m_tracker->store()->heartbeat(m_tracker->user(), m_deskId); });
    m_heartbeat.start();
}

IncidentsController::~IncidentsController() = default;

void IncidentsController::watchStore(IncidentStore *store)
{
    connect(store, &IncidentStore::presenceChanged, this, &IncidentsController::presenceChanged);
}

void IncidentsController::useStore(IncidentStore *store)
{
    if (store == m_tracker->store())
        return;
    m_tracker->store()->disconnect(this);
    m_tracker->setStore(store);
    watchStore(store);
    setCurrentId({});
    emit sharedChanged();
    emit presenceChanged();
}

void IncidentsController::setSource(MonitoringSource *source)
{
    m_source = source;
    m_tracker->setUser(source ? source->defaultAuthor() : QString());
    m_tracker->store()->heartbeat(m_tracker->user(), m_deskId);
    emit presenceChanged();
}

void IncidentsController::setActionRunner(ActionRunner *runner)
{
    // Every VM action of an incident's host lands in its journal with its result.
    connect(runner, &ActionRunner::itemFinished, this, [this](const ActionRunner::Item &item) {
        const QString id = m_tracker->incidentFor(item.action.vm);
        if (id.isEmpty())
            return;
        const QString what = item.action.kind == VmAction::Kind::Restart
                                 ? tr("Restart of %1").arg(item.action.vm)
                                 : tr("Failover of %1 to %2").arg(item.action.vm, item.action.targetHost);
        QString text = item.status == ActionRunner::Status::Done
                           ? tr("%1: done.").arg(what)
                           : tr("%1 failed: %2").arg(what, item.message);
        if (!item.output.isEmpty())
            text += QStringLiteral(" — ") + item.output.left(300);
        m_tracker->addEntry(id, JournalEntry::Kind::Action, text, item.action.vm);
    });
}

void IncidentsController::setConferenceProvider(ConferenceProvider *provider)
{
    m_conference = provider;
}

void IncidentsController::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    refreshJournal();
    emit currentChanged();
}

void IncidentsController::refreshJournal()
{
    m_journal.setEntries(m_currentId.isEmpty() ? QVector<JournalEntry>() : m_tracker->journal(m_currentId));
}

QVariantMap IncidentsController::current() const
{
    const Incident *i = m_tracker->incident(m_currentId);
    if (!i)
        return {};
    const QDateTime now = m_alarms->clock()->now();
    const auto mtta = IncidentRules::mttaSecs(*i);
    const auto mttr = IncidentRules::mttrSecs(*i);
    int open = 0;
    for (const QString &key : i->alarmKeys) {
        const auto it = m_alarms->objects().constFind(key);
        open += it != m_alarms->objects().constEnd() && IncidentRules::isHardProblem(*it);
    }
    QVariantList next; // the states it may move to: {key, text}
    for (int s = 0; s <= int(Incident::State::Reviewed); ++s)
        if (IncidentRules::canTransition(i->state, Incident::State(s)))
            next << QVariantMap{{QStringLiteral("key"), Incident::stateKey(Incident::State(s))},
                                {QStringLiteral("text"), IncidentRules::stateText(Incident::State(s))}};
    return {{QStringLiteral("id"), i->id},
            {QStringLiteral("title"), i->title},
            {QStringLiteral("rootKey"), i->rootKey},
            {QStringLiteral("state"), Incident::stateKey(i->state)},
            {QStringLiteral("stateText"), IncidentRules::stateText(i->state)},
            {QStringLiteral("assignee"), i->assignee},
            {QStringLiteral("mine"), !i->assignee.isEmpty() && i->assignee == m_tracker->user()},
            {QStringLiteral("openedAt"), i->openedAt},
            {QStringLiteral("sinceText"),
             tr("%1 since start").arg(DurationFormat::compact(i->openedAt.secsTo(now)))},
            {QStringLiteral("mttaText"), mtta ? DurationFormat::compact(*mtta) : tr("not yet")},
            {QStringLiteral("mttrText"), mttr ? DurationFormat::compact(*mttr) : tr("not yet")},
            {QStringLiteral("alarmCount"), int(i->alarmKeys.size())},
            {QStringLiteral("openAlarms"), open},
            {QStringLiteral("closed"), i->isClosed()},
            {QStringLiteral("next"), next},
            {QStringLiteral("conferenceUrl"), m_conferenceLinks.value(i->id)}};
}

int IncidentsController::openCount() const
{
    int n = 0;
    for (const Incident &i : m_tracker->incidents())
        n += !i.isClosed();
    return n;
}

bool IncidentsController::isShared() const
{
    return m_tracker->store()->isShared();
}

QString IncidentsController::onlineText() const
{
    if (!m_tracker->store()->isShared())
        return {};
    QStringList others = m_tracker->store()->onlineUsers();
    others.removeAll(m_tracker->user());
    return tr("%n colleague(s) online", nullptr, int(others.size()));
}

QString IncidentsController::conferenceName() const
{
    return m_conference ? m_conference->name() : QString();
}

QString IncidentsController::report(const QString &error)
{
    if (!error.isEmpty())
        emit message(error, false);
    return error;
}

void IncidentsController::mirror(const QString &id, const QString &text)
{
    // A team database shares it already; otherwise Icinga's comments are the shared place.
    const Incident *i = m_tracker->incident(id);
    if (m_tracker->store()->isShared() || !m_source || !i || m_source->isDemo())
        return;
    ActionReply *reply = m_source->addComment(i->rootKey, m_tracker->user(), text);
    connect(reply, &ActionReply::finished, this, [this, reply](bool ok, const QString &why) {
        reply->deleteLater();
        if (!ok)
            emit message(tr("The note could not be copied to Icinga as a comment: %1").arg(why), false);
    });
}

QString IncidentsController::claim()
{
    const QString error = m_tracker->claim(m_currentId);
    if (error.isEmpty())
        mirror(m_currentId, tr("%1 is on it (On-Call Desk).").arg(m_tracker->user()));
    return report(error);
}

QString IncidentsController::setState(const QString &stateKey)
{
    Incident::State s;
    if (!Incident::stateFromKey(stateKey, &s))
        return report(tr("Unknown state %1.").arg(stateKey));
    return report(m_tracker->setState(m_currentId, s));
}

QString IncidentsController::addNote(const QString &text)
{
    const QString error = m_tracker->addNote(m_currentId, text);
    if (error.isEmpty())
        mirror(m_currentId, text.trimmed());
    return report(error);
}

QString IncidentsController::openFor(const QString &key)
{
    QString id;
    const QString error = m_tracker->openManually(key, &id);
    if (!id.isEmpty())
        setCurrentId(id);
    return report(error);
}

QString IncidentsController::incidentFor(const QString &key) const
{
    return m_tracker->incidentFor(key);
}

void IncidentsController::startConference()
{
    const Incident *i = m_tracker->incident(m_currentId);
    if (!i) {
        report(tr("Select an incident first."));
        return;
    }
    if (!m_conference) {
        report(tr("No conference service is configured."));
        return;
    }
    ConferenceRequest request;
    request.incidentId = i->id;
    request.subject = tr("Incident %1").arg(i->title);
    request.userName = m_tracker->user();
    const QString id = i->id;
    ConferenceJob *job = m_conference->create(request);
    connect(job, &ConferenceJob::finished, this, [this, job, id](const ConferenceRoom &room) {
        job->deleteLater();
        if (!room.ok) {
            report(room.message);
            return;
        }
        const QString link = room.joinUrl.toString(QUrl::FullyEncoded);
        m_conferenceLinks.insert(id, link);
        m_tracker->addEntry(id, JournalEntry::Kind::Conference, tr("Conference started: %1").arg(link));
        mirror(id, tr("Conference for this incident: %1").arg(link));
        if (m_openBrowser)
            QDesktopServices::openUrl(room.moderatorUrl.isValid() ? room.moderatorUrl : room.joinUrl);
        emit conferenceReady(link);
        emit currentChanged();
        emit message(tr("Conference started; the link is in the journal."), true);
    });
}

void IncidentsController::copyToClipboard(const QString &text)
{
    if (QClipboard *c = QGuiApplication::clipboard())
        c->setText(text);
}

QString IncidentsController::suggestedExportName(const QString &format) const
{
    const Incident *i = m_tracker->incident(m_currentId);
    if (!i)
        return {};
    QString name = i->title;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    const QString file =
        QStringLiteral("incident-%1-%2.%3")
            .arg(i->openedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")), name, format);
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                               QLatin1Char('/') + file)
        .toString();
}

QString IncidentsController::exportReview(const QString &format, const QUrl &file)
{
    const Incident *i = m_tracker->incident(m_currentId);
    if (!i) {
        report(tr("Select an incident first."));
        return {};
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QDateTime now = m_alarms->clock()->now();
    const Topology topology = Topology::build(m_alarms->objects(), m_alarms->dependencies(), now);
    const ReviewExport::Data data = ReviewExport::gather(*i, m_tracker->journal(i->id), m_alarms->objects(),
                                                         topology, m_alarms->history(), now);
    QString error;
    const bool ok = format == QLatin1String("pdf") ? ReviewExport::writePdf(data, path, &error)
                                                   : ReviewExport::writeMarkdown(data, path, &error);
    if (!ok) {
        report(error);
        return {};
    }
    emit message(tr("Review written to %1.").arg(path), true);
    return path;
}

} // namespace ocd
