#include "HostFacts.h"

#include "Perfdata.h"
#include "store/MetricHistory.h"

namespace ocd {

namespace {

std::optional<double> number(const QVariantMap &vars, const char *name)
{
    const QVariant v = vars.value(QLatin1String(name));
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!v.isValid() || !ok)
        return std::nullopt;
    return d;
}

bool truthy(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return v.toString() == QLatin1String("true") || v.toString() == QLatin1String("1");
    return v.toBool();
}

// The uptime in seconds from any perfdata value labelled "uptime" on the host or its services.
std::optional<QDateTime> bootTimeOf(const QString &host, const QVector<const MonitoredObject *> &objects)
{
    for (const MonitoredObject *o : objects) {
        if (o->hostName != host || o->perfdata.isEmpty())
            continue;
        for (const PerfValue &p : PerfdataParser::parse(o->perfdata)) {
            // Seconds when the plugin gives no unit; s/ms/us are normalized to seconds.
            if (p.label.compare(QLatin1String("uptime"), Qt::CaseInsensitive) == 0 && o->lastCheck.isValid())
                return o->lastCheck.addMSecs(-qint64(p.normalized() * 1000));
        }
    }
    return std::nullopt;
}

bool isTemperature(const QString &label, const QString &unit)
{
    return label.contains(QLatin1String("temp"), Qt::CaseInsensitive) || unit == QLatin1String("C") ||
           unit == QStringLiteral("°C");
}

std::optional<HostFacts::Temperature> temperatureOf(const QString &host, const QStringList &keys,
                                                    const MetricHistory *history, const QDateTime &now)
{
    if (!history)
        return std::nullopt;
    for (const QString &key : keys) {
        for (const QString &label : history->labels(key)) {
            const MetricSeries *s = history->series(key, label);
            if (!s || !isTemperature(label, s->unit))
                continue;
            const QVector<QPointF> recent = s->points(now.addSecs(-30 * 60));
            if (recent.isEmpty())
                continue;
            HostFacts::Temperature t;
            t.objectKey = key;
            t.label = label;
            t.unit = s->unit;
            t.current = recent.last().y();
            t.min = s->minValue(now.addSecs(-30 * 60));
            t.max = s->maxValue(now.addSecs(-30 * 60));
            const qint64 since = now.addSecs(-15 * 60).toMSecsSinceEpoch();
            double then = recent.first().y();
            for (const QPointF &p : recent) {
                if (qint64(p.x()) >= since) {
                    then = p.y();
                    break;
                }
            }
            t.change15 = t.current - then;
            t.trend = t.change15 > 1.0 ? 1 : (t.change15 < -1.0 ? -1 : 0);
            t.warn = s->warn;
            t.crit = s->crit;
            return t;
        }
    }
    Q_UNUSED(host)
    return std::nullopt;
}

} // namespace

HostFacts HostFacts::gather(const QString &host, const QHash<QString, MonitoredObject> &objects,
                            const Topology &topology, const MetricHistory *history, const QDateTime &now)
{
    HostFacts f;
    f.host = host;
    const auto it = objects.constFind(host);
    if (it == objects.constEnd())
        return f;
    f.known = true;
    f.state = it->state;
    f.pending = it->pending;
    f.stateType = it->stateType;
    f.stateSince = it->lastStateChange;
    f.output = it->output;

    static const MonitoredObject kNone;
    auto object = [&objects](const QString &key) -> const MonitoredObject & {
        const auto found = objects.constFind(key);
        return found == objects.constEnd() ? kNone : *found;
    };
    QVector<const MonitoredObject *> own{&*it};
    QStringList sensorKeys{host};
    const int index = topology.nodeIndex(host);
    if (index >= 0) {
        for (int child : topology.at(index).children) {
            const TopologyNode &n = topology.at(child);
            if (n.kind == TopologyNode::Kind::Service) {
                own << &object(n.key);
                sensorKeys << n.key;
                continue;
            }
            const MonitoredObject &o = object(n.key);
            Vm vm;
            vm.name = n.name;
            vm.state = o.state;
            vm.pending = o.pending;
            vm.reachable = o.reachable;
            vm.down = !o.pending && (o.state != 0 || !o.reachable);
            vm.output = o.output;
            if (const auto c = number(o.vars, "vcpus"))
                vm.vcpus = int(*c);
            vm.memoryGb = number(o.vars, "memory_gb");
            if (vm.down) {
                ++f.vmsDown;
                f.neededVcpus += vm.vcpus.value_or(0);
                f.neededMemoryGb += vm.memoryGb.value_or(0);
            }
            f.vms.append(vm);
        }
    }
    f.bootTime = bootTimeOf(host, own);
    f.temperature = temperatureOf(host, sensorKeys, history, now);

    const bool vmsDeclareSize = std::all_of(f.vms.cbegin(), f.vms.cend(),
                                            [](const Vm &v) { return !v.down || (v.vcpus && v.memoryGb); });
    for (int root : topology.roots()) {
        const TopologyNode &n = topology.at(root);
        if (n.kind != TopologyNode::Kind::Physical || n.name == host)
            continue;
        const MonitoredObject &o = object(n.key);
        Standby s;
        s.name = n.name;
        s.up = !o.pending && o.state == 0;
        s.markedStandby = truthy(o.vars.value(QStringLiteral("standby")));
        if (const auto c = number(o.vars, "free_vcpus"))
            s.freeVcpus = int(*c);
        s.freeMemoryGb = number(o.vars, "free_memory_gb");
        if (!s.markedStandby && !s.freeVcpus && !s.freeMemoryGb)
            continue; // a host that says nothing about room is no candidate
        if (s.freeVcpus && s.freeMemoryGb && vmsDeclareSize)
            s.fits = s.up && *s.freeVcpus >= f.neededVcpus && *s.freeMemoryGb >= f.neededMemoryGb;
        else if (!s.up)
            s.fits = false;
        f.standbys.append(s);
    }
    std::stable_sort(f.standbys.begin(), f.standbys.end(), [](const Standby &a, const Standby &b) {
        if (a.markedStandby != b.markedStandby)
            return a.markedStandby;
        return a.fits.value_or(false) && !b.fits.value_or(false);
    });
    return f;
}

} // namespace ocd
