#include "Desk.h"

#include "LanguageSwitcher.h"
#include "ProfilesController.h"
#include "core/AlarmRules.h"
#include "core/Clock.h"
#include "core/DurationFormat.h"
#include "core/StatusSummary.h"
#include "notify/AlarmSound.h"
#include "notify/NotificationCenter.h"
#include "sources/demo/DemoDataCenter.h"
#include "store/AlarmStore.h"

#include <QJsonDocument>
#include <QLocale>

namespace ocd {

namespace {
Desk *s_instance = nullptr;

QStringList splitPerfdata(const QString &perfdata)
{
    // Labels may be quoted and contain spaces ('disk /var'=3GB): split on spaces outside quotes.
    QStringList items;
    QString current;
    bool quoted = false;
    for (const QChar c : perfdata) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char(' ') && !quoted) {
            if (!current.isEmpty())
                items.append(std::exchange(current, {}));
            continue;
        }
        current.append(c);
    }
    if (!current.isEmpty())
        items.append(current);
    return items;
}
} // namespace

Desk::Desk(AlarmStore *store, MonitoringSource *source, LanguageSwitcher *language, QObject *parent)
    : QObject(parent), m_store(store), m_source(nullptr), m_language(language)
{
    m_alarms.setStore(store);
    m_topology.setStore(store);
    // The scope follows the topology: a VM that appears under the selected host joins it.
    connect(&m_topology, &TopologyModel::topologyChanged, this, [this] {
        if (!m_scopeKey.isEmpty())
            setScope(m_scopeKey);
    });
    setSource(source);
    connect(store, &AlarmStore::countsChanged, this, &Desk::countsChanged);
    connect(store, &AlarmStore::resetDone, this, [this] { emit objectsChanged({}); });
    connect(store, &AlarmStore::objectsChanged, this, [this](const QSet<QString> &keys) {
        emit objectsChanged(QStringList(keys.cbegin(), keys.cend()));
    });
    if (language)
        connect(language, &LanguageSwitcher::changed, this, [this] {
            emit languageChanged();
            emit connectionChanged();
            emit tick();
        });
    // Durations and "reconnecting in 4 s" are live: one tick a second drives every binding.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Desk::tick);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_source->state() == MonitoringSource::State::Reconnecting ||
            m_source->state() == MonitoringSource::State::Failed)
            emit connectionChanged();
    });
    m_tick.start();
}

void Desk::setSource(MonitoringSource *source)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    connect(source, &MonitoringSource::stateChanged, this, &Desk::connectionChanged);
    if (auto *demo = qobject_cast<DemoDataCenter *>(source))
        connect(demo, &DemoDataCenter::storyTimeChanged, this, &Desk::storyTimeChanged);
    emit sourceChanged();
    emit connectionChanged();
    emit storyTimeChanged();
}

Desk::~Desk()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Desk *Desk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Desk::create", "the composition root must create the Desk before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Desk::setInstance(Desk *desk)
{
    s_instance = desk;
}

QString Desk::connectionText() const
{
    const QString reason = m_source->stateReason();
    switch (m_source->state()) {
    case MonitoringSource::State::Idle:
        return tr("Not connected");
    case MonitoringSource::State::Connecting:
        return tr("Connecting to %1 …").arg(m_source->name());
    case MonitoringSource::State::Syncing:
        return tr("Loading the current state from %1 …").arg(m_source->name());
    case MonitoringSource::State::Live:
        return m_source->isDemo() ? tr("Live (demo data)") : tr("Live: %1").arg(m_source->name());
    case MonitoringSource::State::Reconnecting:
    case MonitoringSource::State::Failed: {
        const qint64 secs = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_source->nextRetry()));
        const QString head = m_source->state() == MonitoringSource::State::Failed
                                 ? tr("Connection failed")
                                 : tr("Reconnecting since %1")
                                       .arg(QLocale().toString(m_source->stateSince().toLocalTime().time(),
                                                               QLocale::ShortFormat));
        // Reasons from Qt's TLS layer come without a full stop; the next sentence needs one.
        QString sentence = reason;
        if (!sentence.isEmpty() && !sentence.endsWith(QLatin1Char('.')))
            sentence += QLatin1Char('.');
        if (!m_source->nextRetry().isValid()) // the retry is under way
            return tr("%1 — %2 Trying again now …").arg(head, sentence);
        return tr("%1 — %2 Next try in %3 s.").arg(head, sentence).arg(secs);
    }
    }
    return {};
}

int Desk::down() const
{
    return m_store->counts().down;
}

int Desk::critical() const
{
    return m_store->counts().critical;
}

int Desk::warning() const
{
    return m_store->counts().warning;
}

int Desk::unknown() const
{
    return m_store->counts().unknown;
}

int Desk::unacknowledged() const
{
    return m_store->counts().unacknowledged;
}

QDateTime Desk::now() const
{
    return m_store->clock()->now();
}

QString Desk::storyTime() const
{
    if (auto *demo = qobject_cast<DemoDataCenter *>(m_source))
        return QLocale().toString(demo->storyTime(), QLocale::ShortFormat);
    return {};
}

QString Desk::language() const
{
    return m_language ? m_language->code() : QStringLiteral("en");
}

QString Desk::since(const QDateTime &t) const
{
    if (!t.isValid())
        return QString();
    return DurationFormat::compact(t.secsTo(now()));
}

QString Desk::formatDateTime(const QDateTime &t) const
{
    if (!t.isValid())
        return tr("never");
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QVariantMap Desk::details(const QString &key) const
{
    const MonitoredObject *o = m_store->find(key);
    if (!o)
        return {};
    const QDateTime t = now();
    QVariantList comments;
    for (const Comment &c : o->comments)
        comments.append(QVariantMap{{QStringLiteral("author"), c.author},
                                    {QStringLiteral("text"), c.text},
                                    {QStringLiteral("time"), formatDateTime(c.entryTime)}});
    QVariantList vars;
    for (auto it = o->vars.cbegin(); it != o->vars.cend(); ++it) {
        const QVariant &v = it.value();
        const QString text =
            v.canConvert<QString>() && v.typeId() != QMetaType::QVariantMap &&
                    v.typeId() != QMetaType::QVariantList
                ? v.toString()
                : QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
        vars.append(QVariantMap{{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), text}});
    }
    return {
        {QStringLiteral("key"), o->key()},
        {QStringLiteral("host"), o->hostName},
        {QStringLiteral("service"), o->serviceName},
        {QStringLiteral("isHost"), o->isHost()},
        {QStringLiteral("displayName"), o->displayName},
        {QStringLiteral("severity"), AlarmRules::severity(*o)},
        {QStringLiteral("stateText"), AlarmRules::stateText(*o)},
        {QStringLiteral("stateTypeText"), AlarmRules::stateTypeText(*o)},
        {QStringLiteral("output"), o->output},
        {QStringLiteral("perfdata"), splitPerfdata(o->perfdata)},
        {QStringLiteral("lastCheck"), formatDateTime(o->lastCheck)},
        {QStringLiteral("lastStateChange"), formatDateTime(o->lastStateChange)},
        {QStringLiteral("lastStateChangeTime"), o->lastStateChange},
        {QStringLiteral("acknowledged"), AlarmRules::isAcknowledged(*o, t)},
        {QStringLiteral("ackAuthor"), o->ack.author},
        {QStringLiteral("ackComment"), o->ack.comment},
        {QStringLiteral("ackExpiry"), o->ack.expiry.isValid() ? formatDateTime(o->ack.expiry) : QString()},
        {QStringLiteral("inDowntime"), o->inDowntime()},
        {QStringLiteral("reachable"), o->reachable},
        {QStringLiteral("checkCommand"), o->checkCommand},
        {QStringLiteral("vars"), vars},
        {QStringLiteral("comments"), comments}};
}

void Desk::track(ActionReply *reply)
{
    ++m_running;
    emit busyChanged();
    connect(reply, &ActionReply::finished, this, [this, reply](bool ok, const QString &message) {
        --m_running;
        emit busyChanged();
        emit actionFinished(ok, message);
        reply->deleteLater();
    });
}

void Desk::acknowledge(const QStringList &keys, const QString &comment, bool sticky, bool notify,
                       int expiryMinutes)
{
    if (comment.trimmed().isEmpty()) {
        emit actionFinished(false,
                            tr("Please write a comment: colleagues need to know who is on it and why."));
        return;
    }
    AckRequest r;
    r.author = m_source->defaultAuthor();
    r.comment = comment.trimmed();
    r.sticky = sticky;
    r.notify = notify;
    if (expiryMinutes > 0)
        r.expiry = now().addSecs(qint64(expiryMinutes) * 60);
    track(m_source->acknowledge(keys, r));
}

void Desk::removeAcknowledgement(const QStringList &keys)
{
    track(m_source->removeAcknowledgement(keys));
}

void Desk::recheck(const QStringList &keys)
{
    track(m_source->recheck(keys));
}

void Desk::scheduleDowntime(const QStringList &keys, const QString &comment, int durationMinutes,
                            bool allServices, bool childHosts)
{
    if (comment.trimmed().isEmpty() || durationMinutes <= 0) {
        emit actionFinished(false, tr("A downtime needs a comment and a duration."));
        return;
    }
    DowntimeRequest r;
    r.author = m_source->defaultAuthor();
    r.comment = comment.trimmed();
    r.start = now();
    r.durationSecs = qint64(durationMinutes) * 60;
    r.allServices = allServices;
    r.childHosts = childHosts;
    track(m_source->scheduleDowntime(keys, r));
}

void Desk::setLanguage(const QString &code)
{
    if (m_language)
        m_language->apply(code);
}

} // namespace ocd

namespace ocd {

void Desk::setNotificationCenter(NotificationCenter *center)
{
    m_center = center;
    connect(center, &NotificationCenter::snoozeChanged, this, &Desk::snoozeChanged);
    connect(center, &NotificationCenter::openRequested, this, [this](const QString &key) {
        if (key.isEmpty() || !activateAlarm(key))
            emit raiseRequested();
    });
    connect(center, &NotificationCenter::acknowledgeFinished, this, &Desk::actionFinished);
}

void Desk::setSound(AlarmSound *sound)
{
    m_sound = sound;
    connect(sound, &AlarmSound::enabledChanged, this, &Desk::soundEnabledChanged);
}

void Desk::setWindowVisible(bool on)
{
    if (on == m_windowVisible)
        return;
    m_windowVisible = on;
    emit windowVisibleChanged();
}

bool Desk::isSnoozed() const
{
    return m_center && m_center->policy().isSnoozed();
}

QString Desk::snoozedUntilText() const
{
    if (!isSnoozed())
        return {};
    return QLocale().toString(m_center->policy().snoozedUntil().toLocalTime().time(), QLocale::ShortFormat);
}

bool Desk::soundEnabled() const
{
    return m_sound && m_sound->isEnabled();
}

void Desk::setSoundEnabled(bool on)
{
    if (m_sound)
        m_sound->setEnabled(on);
}

void Desk::snooze(int minutes)
{
    if (m_center)
        m_center->snooze(minutes);
}

void Desk::cancelSnooze()
{
    if (m_center)
        m_center->cancelSnooze();
}

StatusSummary Desk::summary() const
{
    StatusSummary s;
    s.counts = m_store->counts();
    s.live = isLive();
    s.connection = connectionText();
    s.source = sourceName();
    s.demo = isDemo();
    if (isSnoozed())
        s.snoozedUntil = m_center->policy().snoozedUntil();
    s.windowVisible = m_windowVisible;
    return s;
}

bool Desk::activateAlarm(const QString &key)
{
    if (!m_store->find(key))
        return false;
    emit raiseRequested();
    emit activateRequested(key);
    return true;
}

} // namespace ocd

namespace ocd {

void Desk::setScope(const QString &key)
{
    QStringList keys;
    const Topology &t = m_topology.topology();
    const int i = key.isEmpty() ? -1 : t.nodeIndex(key);
    if (i >= 0) // nodes are stored in pre-order: a subtree is one contiguous range
        for (int n = i; n < t.at(i).subtreeEnd; ++n)
            keys.append(t.at(n).key);
    m_alarms.setScope(keys);
    const QString newKey = i >= 0 ? key : QString();
    if (newKey != m_scopeKey) {
        m_scopeKey = newKey;
        emit scopeChanged();
    }
}

} // namespace ocd
