#include "DemoDataCenter.h"

#include "core/AlarmRules.h"

namespace ocd {

namespace {

const QStringList kHypervisors = {QStringLiteral("host1"), QStringLiteral("host2"), QStringLiteral("host3")};

QString tempPerf(double c)
{
    return QStringLiteral("'temperature'=%1C;50;55;0;100").arg(c, 0, 'f', 1);
}

QString key(const QString &host, const QString &service)
{
    return MonitoredObject::makeKey(host, service);
}

} // namespace

DemoDataCenter::DemoDataCenter(int msPerStoryMinute, QObject *parent)
    : MonitoringSource(parent), m_msPerMinute(qMax(50, msPerStoryMinute)),
      m_storyStart(QDateTime(QDate::currentDate(), QTime(7, 0)).toUTC())
{
    m_sinceStep.start();
    m_timer.setInterval(m_msPerMinute);
    connect(&m_timer, &QTimer::timeout, this, &DemoDataCenter::step);
}

QDateTime DemoDataCenter::now() const
{
    // Within a story minute, time runs compressed too, so live durations keep ticking.
    const qint64 intoMinuteMs = qMin<qint64>(59'999, m_sinceStep.elapsed() * 60'000 / m_msPerMinute);
    return m_storyStart.addMSecs(qint64(m_minute) * 60'000 + intoMinuteMs);
}

QString DemoDataCenter::name() const
{
    return tr("Demo data center");
}

QString DemoDataCenter::defaultAuthor() const
{
    return tr("demo user");
}

MonitoredObject DemoDataCenter::makeObject(const QString &host, const QString &service,
                                           const QVariantMap &vars) const
{
    MonitoredObject o;
    o.kind = service.isEmpty() ? ObjectKind::Host : ObjectKind::Service;
    o.hostName = host;
    o.serviceName = service;
    o.displayName = service.isEmpty() ? host : service;
    o.maxAttempts = 3;
    o.pending = false;
    o.vars = vars;
    o.checkCommand = service.isEmpty() ? QStringLiteral("hostalive") : service;
    return o;
}

void DemoDataCenter::addMemberVars(const QString &vm, QVariantMap *vars)
{
    // The members behind the story's VMs; vm12's Nextcloud is the one whose member calls.
    struct DemoMember
    {
        const char *vm, *id, *name, *phone, *tier, *caretaker;
    };
    static const DemoMember members[] = {
        {"vm11", "M-0815", "Bäckerei Schulze", "+49 40 5550815", "standard", ""},
        {"vm12", "M-1001", "Erika Mustermann", "+49 30 1234567", "extended-4h", "Jonas"},
        {"vm13", "M-1003", "Kita Sonnenschein e.V.", "+49 89 5551003", "extended-2h", ""},
        {"vm14", "M-1002", "Jürgen Groß", "030 7654321", "standard", ""},
        {"vm21", "M-2001", "Weingut Lauer", "+49 6581 5552001", "extended-8h", ""},
    };
    for (const DemoMember &m : members) {
        if (vm != QLatin1String(m.vm))
            continue;
        vars->insert(QStringLiteral("member"), QString::fromUtf8(m.id));
        vars->insert(QStringLiteral("member_name"), QString::fromUtf8(m.name));
        vars->insert(QStringLiteral("member_phone"), QString::fromUtf8(m.phone));
        vars->insert(QStringLiteral("support_tier"), QString::fromUtf8(m.tier));
        if (*m.caretaker)
            vars->insert(QStringLiteral("caretaker"), QString::fromUtf8(m.caretaker));
    }
}

void DemoDataCenter::reset()
{
    m_truth.clear();
    m_dependencies.clear();
    m_vmsOf.clear();
    const QDateTime now = this->now();
    const QDateTime longAgo = now.addSecs(-3 * 86400 - 7200);
    const int vmCounts[] = {4, 3, 3};
    for (int h = 0; h < kHypervisors.size(); ++h) {
        const QString hv = kHypervisors[h];
        QVariantMap hvVars{{QStringLiteral("role"), QStringLiteral("hypervisor")},
                           {QStringLiteral("site"), QStringLiteral("fra1")},
                           {QStringLiteral("rack"), QStringLiteral("r%1").arg(h + 1)}};
        // Room for failover (HostFacts): host3 is the cooperative's standby, host2 is nearly full.
        if (hv == QLatin1String("host3")) {
            hvVars.insert(QStringLiteral("standby"), true);
            hvVars.insert(QStringLiteral("free_vcpus"), 16);
            hvVars.insert(QStringLiteral("free_memory_gb"), 48);
        } else if (hv == QLatin1String("host2")) {
            hvVars.insert(QStringLiteral("free_vcpus"), 4);
            hvVars.insert(QStringLiteral("free_memory_gb"), 8);
        }
        m_truth.insert(hv, makeObject(hv, {}, hvVars));
        m_truth.insert(key(hv, QStringLiteral("ssh")), makeObject(hv, QStringLiteral("ssh"), {}));
        m_truth.insert(key(hv, QStringLiteral("temperature")),
                       makeObject(hv, QStringLiteral("temperature"), {}));
        for (int v = 1; v <= vmCounts[h]; ++v) {
            const QString vm = QStringLiteral("vm%1%2").arg(h + 1).arg(v);
            m_vmsOf[hv].append(vm);
            m_dependencies.append(HostDependency{hv, vm});
            QVariantMap vmVars{{QStringLiteral("role"), QStringLiteral("vm")},
                               {QStringLiteral("hypervisor"), hv},
                               {QStringLiteral("vcpus"), v == 1 ? 4 : 2},
                               {QStringLiteral("memory_gb"), v == 1 ? 8 : 4}};
            addMemberVars(vm, &vmVars);
            m_truth.insert(vm, makeObject(vm, {}, vmVars));
            QStringList services{QStringLiteral("http"), QStringLiteral("ssh")};
            if (vm == QLatin1String("vm12") || vm == QLatin1String("vm21"))
                services << QStringLiteral("nextcloud");
            if (vm == QLatin1String("vm13"))
                services << QStringLiteral("mail");
            for (const QString &s : services)
                m_truth.insert(key(vm, s), makeObject(vm, s, {}));
        }
    }
    for (MonitoredObject &o : m_truth) {
        o.lastCheck = now;
        o.lastStateChange = longAgo;
        o.stateType = StateType::Hard;
        if (o.isHost())
            o.output = QStringLiteral("PING OK - Packet loss = 0%, RTA = 0.41 ms");
        else if (o.serviceName == QLatin1String("temperature"))
            o.output = QStringLiteral("TEMPERATURE OK - 45.0 °C");
        else
            o.output = QStringLiteral("%1 OK").arg(o.serviceName.toUpper());
    }
    for (const QString &hv : kHypervisors) {
        MonitoredObject &t = m_truth[key(hv, QStringLiteral("temperature"))];
        const double c = hv == QLatin1String("host1") ? 45.0 : (hv == QLatin1String("host2") ? 41.0 : 43.0);
        t.output = QStringLiteral("TEMPERATURE OK - %1 °C").arg(c, 0, 'f', 1);
        t.perfdata = tempPerf(c);
    }
    // Background noise every real data center has: a slow web server nobody has taken yet.
    MonitoredObject &slow = m_truth[key(QStringLiteral("vm31"), QStringLiteral("http"))];
    slow.state = 1;
    slow.output = QStringLiteral("HTTP WARNING: HTTP/1.1 200 OK - 2.134 second response time");
    slow.perfdata = QStringLiteral("time=2.134s;2;5;0 size=48213B;;;0");
    slow.lastStateChange = now.addSecs(-3 * 3600 - 600);

    Snapshot snap;
    snap.objects = m_truth.values().toVector();
    snap.dependencies = m_dependencies;
    emit snapshotReady(snap);
}

void DemoDataCenter::start()
{
    m_minute = 0;
    m_sinceStep.restart();
    setState(State::Connecting);
    reset();
    setState(State::Live);
    m_timer.start();
    emit storyTimeChanged();
}

void DemoDataCenter::stop()
{
    m_timer.stop();
    setState(State::Idle);
}

void DemoDataCenter::advanceTo(int minute)
{
    minute = qBound(0, minute, kStoryMinutes - 1); // step() wraps at the end of the story
    while (m_minute < minute)
        step();
}

void DemoDataCenter::step()
{
    m_minute = (m_minute + 1) % kStoryMinutes;
    m_sinceStep.restart();
    if (m_minute == 0) {
        reset();
    } else {
        playMinute(m_minute);
        if (!m_pending.isEmpty())
            emit eventsReceived(std::exchange(m_pending, {}));
    }
    emit storyTimeChanged();
}

void DemoDataCenter::result(const QString &host, const QString &service, int state, const QString &output,
                            const QString &perfdata, bool reachable)
{
    auto it = m_truth.find(key(host, service));
    if (it == m_truth.end())
        return;
    MonitoredObject &o = *it;
    const QDateTime now = this->now();
    // Icinga's retry logic: a problem counts attempts as SOFT until max_check_attempts, then HARD;
    // a recovery is immediate.
    if (state == 0) {
        o.attempt = 1;
        o.stateType = StateType::Hard;
    } else if (o.state == 0 || o.stateType == StateType::Soft) {
        o.attempt = o.state == 0 ? 1 : o.attempt + 1;
        o.stateType = o.attempt >= o.maxAttempts ? StateType::Hard : StateType::Soft;
    }
    if (o.state != state)
        o.lastStateChange = now;
    o.state = state;
    o.output = output;
    o.perfdata = perfdata;
    o.reachable = reachable;
    o.lastCheck = now;
    if (state == 0)
        o.ack = Acknowledgement{};

    FeedEvent e = eventFor(o, FeedEvent::Type::CheckResult);
    e.hasState = true;
    e.state = state;
    e.stateType = o.stateType;
    e.attempt = o.attempt;
    e.hasReachable = true;
    e.reachable = reachable;
    e.hasCheckResult = true;
    e.output = output;
    e.perfdata = perfdata;
    e.checkTime = now;
    m_pending.append(e);
}

FeedEvent DemoDataCenter::eventFor(const MonitoredObject &o, FeedEvent::Type type) const
{
    FeedEvent e;
    e.type = type;
    e.host = o.hostName;
    e.service = o.serviceName;
    e.timestamp = now();
    return e;
}

void DemoDataCenter::hostDown(const QString &hv, bool down)
{
    if (down)
        result(hv, {}, 1, QStringLiteral("PING CRITICAL - Packet loss = 100%"));
    else
        result(hv, {}, 0, QStringLiteral("PING OK - Packet loss = 0%, RTA = 0.52 ms, up 2 min"),
               QStringLiteral("rta=0.52ms;100;500;0 pl=0%;20;60;0 uptime=120s"));
    const QString unreachable = tr("Host unreachable: parent %1 is down").arg(hv);
    for (const QString &vm : m_vmsOf.value(hv)) {
        if (down) {
            result(vm, {}, 1, QStringLiteral("CRITICAL - ") + unreachable, {}, false);
            for (const MonitoredObject &o : std::as_const(m_truth))
                if (o.hostName == vm && !o.isHost())
                    result(vm, o.serviceName, 2, QStringLiteral("connect to address %1 failed").arg(vm), {},
                           false);
        } else {
            // The hypervisor is back but the VMs did not start by themselves: now plainly DOWN.
            result(vm, {}, 1, QStringLiteral("PING CRITICAL - Packet loss = 100%"), {}, true);
        }
    }
}

void DemoDataCenter::vmBoot(const QString &vm)
{
    result(vm, {}, 0, QStringLiteral("PING OK - Packet loss = 0%, RTA = 0.38 ms"));
    for (const MonitoredObject &o : std::as_const(m_truth)) {
        if (o.hostName != vm || o.isHost())
            continue;
        if (o.serviceName == QLatin1String("nextcloud") && vm == QLatin1String("vm12"))
            result(vm, o.serviceName, 2,
                   QStringLiteral("HTTP CRITICAL: HTTP/1.1 502 Bad Gateway - 312 bytes"));
        else
            result(vm, o.serviceName, 0, QStringLiteral("%1 OK").arg(o.serviceName.toUpper()));
    }
}

void DemoDataCenter::temperature(const QString &hv, double c)
{
    const int state = c >= 55 ? 2 : (c >= 50 ? 1 : 0);
    const QString label = state == 0 ? QStringLiteral("OK")
                                     : (state == 1 ? QStringLiteral("WARNING") : QStringLiteral("CRITICAL"));
    result(hv, QStringLiteral("temperature"), state,
           QStringLiteral("TEMPERATURE %1 - %2 °C").arg(label).arg(c, 0, 'f', 1), tempPerf(c));
}

void DemoDataCenter::playMinute(int m)
{
    // The story, one story minute per tick (07:00 + m).
    static const double host1Temp[kStoryMinutes] = {45, 45, 45, 45, 45, 44, 44, 43, 43, 44,
                                                    46, 47, 49, 51, 52, 52, 51, 49, 47, 46,
                                                    45, 45, 45, 45, 45, 45, 45, 45, 45, 45};
    switch (m) {
    case 5: // 07:05 host1 reboots for no known reason: three failed checks before it is HARD
    case 6:
    case 7:
        hostDown(QStringLiteral("host1"), true);
        break;
    case 9: // the host is back, healthy; its VMs are not
        hostDown(QStringLiteral("host1"), false);
        break;
    case 11: // the person on duty restarts the VMs one after another
        vmBoot(QStringLiteral("vm11"));
        break;
    case 12:
        vmBoot(QStringLiteral("vm12"));
        break;
    case 13:
        vmBoot(QStringLiteral("vm13"));
        break;
    case 14:
        vmBoot(QStringLiteral("vm14"));
        break;
    case 21: // the colleague who looks after the member reports the Entstörung
        result(QStringLiteral("vm12"), QStringLiteral("nextcloud"), 0,
               QStringLiteral("HTTP OK: HTTP/1.1 200 OK - 8123 bytes in 0.211 second response time"));
        break;
    default:
        break;
    }
    temperature(QStringLiteral("host1"), host1Temp[m]);
    temperature(QStringLiteral("host2"), 41.0 + (m % 3) * 0.5);
    temperature(QStringLiteral("host3"), 43.0 + (m % 2) * 0.5);
}

QString DemoDataCenter::hypervisorOf(const QString &vm) const
{
    for (auto it = m_vmsOf.cbegin(); it != m_vmsOf.cend(); ++it)
        if (it->contains(vm))
            return it.key();
    return {};
}

DemoDataCenter::ActionOutcome DemoDataCenter::restartVm(const QString &vm)
{
    const QString hv = hypervisorOf(vm);
    if (hv.isEmpty())
        return {false, QStringLiteral("error: failed to get domain '%1'").arg(vm)};
    if (m_truth.value(hv).state != 0)
        return {false,
                QStringLiteral("error: failed to connect to the hypervisor %1: No route to host").arg(hv)};
    vmBoot(vm);
    emit eventsReceived(std::exchange(m_pending, {}));
    return {true, QStringLiteral("Domain '%1' started on %2").arg(vm, hv)};
}

DemoDataCenter::ActionOutcome DemoDataCenter::failoverVm(const QString &vm, const QString &target)
{
    const QString hv = hypervisorOf(vm);
    if (hv.isEmpty() || !m_vmsOf.contains(target))
        return {false, QStringLiteral("error: failed to get domain '%1'").arg(vm)};
    if (m_truth.value(hv).state == 0)
        return {false, QStringLiteral("error: domain '%1' is still defined on %2, which is up").arg(vm, hv)};
    if (m_truth.value(target).state != 0)
        return {false, QStringLiteral("error: %1 is not reachable").arg(target)};
    // The VM moves in the topology: new parent, new hypervisor var; a snapshot carries that.
    m_vmsOf[hv].removeAll(vm);
    m_vmsOf[target].append(vm);
    for (HostDependency &d : m_dependencies)
        if (d.childHost == vm)
            d.parentHost = target;
    m_truth[vm].vars.insert(QStringLiteral("hypervisor"), target);
    vmBoot(vm);
    m_pending.clear(); // the snapshot below already holds the booted state
    Snapshot snap;
    snap.objects = m_truth.values().toVector();
    snap.dependencies = m_dependencies;
    emit snapshotReady(snap);
    return {true, QStringLiteral("Domain '%1' defined and started on %2").arg(vm, target)};
}

ActionReply *DemoDataCenter::finished(bool ok, const QString &message)
{
    auto *reply = new ActionReply(this);
    // Like a server: the answer comes back through the event loop, never synchronously.
    QTimer::singleShot(0, reply, [reply, ok, message] { reply->finish(ok, message); });
    return reply;
}

ActionReply *DemoDataCenter::acknowledge(const QStringList &keys, const AckRequest &request)
{
    QStringList errors;
    for (const QString &k : keys) {
        auto it = m_truth.find(k);
        if (it == m_truth.end()) {
            errors << tr("%1: not permitted for this user, or the object does not exist.").arg(k);
            continue;
        }
        if (!AlarmRules::isProblem(*it)) {
            errors << tr("%1: the object is OK, there is nothing to acknowledge.").arg(k);
            continue;
        }
        if (it->ack.set) {
            errors << tr("%1: already acknowledged.").arg(k);
            continue;
        }
        it->ack =
            Acknowledgement{true, request.sticky, request.author.isEmpty() ? defaultAuthor() : request.author,
                            request.comment, request.expiry};
        FeedEvent e = eventFor(*it, FeedEvent::Type::AcknowledgementSet);
        e.ack = it->ack;
        m_pending.append(e);
    }
    if (!m_pending.isEmpty())
        emit eventsReceived(std::exchange(m_pending, {}));
    if (!errors.isEmpty())
        return finished(false, errors.join(QLatin1Char('\n')));
    return finished(true, tr("Acknowledged %n alarm(s).", nullptr, int(keys.size())));
}

ActionReply *DemoDataCenter::removeAcknowledgement(const QStringList &keys)
{
    for (const QString &k : keys) {
        auto it = m_truth.find(k);
        if (it == m_truth.end() || !it->ack.set)
            continue;
        it->ack = Acknowledgement{};
        m_pending.append(eventFor(*it, FeedEvent::Type::AcknowledgementCleared));
    }
    if (!m_pending.isEmpty())
        emit eventsReceived(std::exchange(m_pending, {}));
    return finished(true, tr("Removed the acknowledgement of %n alarm(s).", nullptr, int(keys.size())));
}

ActionReply *DemoDataCenter::recheck(const QStringList &keys)
{
    for (const QString &k : keys) {
        auto it = m_truth.constFind(k);
        if (it != m_truth.cend())
            result(it->hostName, it->serviceName, it->state, it->output, it->perfdata, it->reachable);
    }
    if (!m_pending.isEmpty())
        emit eventsReceived(std::exchange(m_pending, {}));
    return finished(true, tr("Check of %n object(s) scheduled now.", nullptr, int(keys.size())));
}

ActionReply *DemoDataCenter::scheduleDowntime(const QStringList &keys, const DowntimeRequest &request)
{
    QStringList targets;
    for (const QString &k : keys) {
        auto it = m_truth.constFind(k);
        if (it == m_truth.cend())
            continue;
        targets << k;
        if (it->isHost() && request.allServices)
            for (const MonitoredObject &o : std::as_const(m_truth))
                if (o.hostName == it->hostName && !o.isHost())
                    targets << o.key();
        if (it->isHost() && request.childHosts)
            for (const QString &vm : m_vmsOf.value(it->hostName))
                targets << vm;
    }
    for (const QString &k : std::as_const(targets)) {
        MonitoredObject &o = m_truth[k];
        FeedEvent e = eventFor(o, FeedEvent::Type::DowntimeStarted);
        e.itemName = QStringLiteral("%1!demo-downtime-%2").arg(k).arg(++m_downtimeSerial);
        e.itemAuthor = request.author.isEmpty() ? defaultAuthor() : request.author;
        e.itemText = request.comment;
        o.downtimes.append(e.itemName);
        m_pending.append(e);
        FeedEvent end = e;
        end.type = FeedEvent::Type::DowntimeRemoved;
        QTimer::singleShot(qMin<qint64>(request.durationSecs * 1000, 24LL * 3600 * 1000), this,
                           [this, end, k] {
                               m_truth[k].downtimes.removeAll(end.itemName);
                               emit eventsReceived({end});
                           });
    }
    if (!m_pending.isEmpty())
        emit eventsReceived(std::exchange(m_pending, {}));
    return finished(true, tr("Downtime scheduled for %n object(s).", nullptr, int(targets.size())));
}

ActionReply *DemoDataCenter::addComment(const QString &key, const QString &author, const QString &text)
{
    auto it = m_truth.find(key);
    if (it == m_truth.end())
        return finished(false, tr("%1 is not known.").arg(key));
    Comment c;
    c.name = QStringLiteral("demo-comment-%1").arg(++m_downtimeSerial);
    c.author = author;
    c.text = text;
    c.entryTime = now();
    it->comments.append(c);
    return finished(true, tr("Comment added."));
}

} // namespace ocd
