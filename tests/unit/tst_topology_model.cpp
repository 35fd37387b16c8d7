// TopologyModel over a real AlarmStore, with QAbstractItemModelTester watching every signal: one
// tile per physical host, the worst first; a host going down and coming back moves its tile and
// changes only the roles that changed; new objects from events and resyncs; search; drill-down.
#include "core/Clock.h"
#include "models/TopologyModel.h"
#include "store/AlarmStore.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace ocd;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 24), QTime(7, 0), QTimeZone::utc());

MonitoredObject object(const QString &key, const QVariantMap &vars = {})
{
    MonitoredObject o;
    const qsizetype bang = key.indexOf(QLatin1Char('!'));
    o.kind = bang < 0 ? ObjectKind::Host : ObjectKind::Service;
    o.hostName = bang < 0 ? key : key.left(bang);
    o.serviceName = bang < 0 ? QString() : key.mid(bang + 1);
    o.displayName = bang < 0 ? key : o.serviceName;
    o.pending = false;
    o.maxAttempts = 3;
    o.lastCheck = o.lastStateChange = T0.addSecs(-30);
    o.output = QStringLiteral("%1 OK").arg(key);
    o.vars = vars;
    return o;
}

QVariantMap vars(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QVariantMap m;
    for (const auto &[k, v] : list)
        m.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return m;
}

FeedEvent check(const QString &key, int state, int atSecs, bool reachable = true,
                const QString &output = QStringLiteral("x"))
{
    FeedEvent e;
    e.type = FeedEvent::Type::CheckResult;
    const qsizetype bang = key.indexOf(QLatin1Char('!'));
    e.host = bang < 0 ? key : key.left(bang);
    e.service = bang < 0 ? QString() : key.mid(bang + 1);
    e.timestamp = e.checkTime = T0.addSecs(atSecs);
    e.hasState = true;
    e.state = state;
    e.stateType = StateType::Hard;
    e.attempt = 3;
    e.hasReachable = true;
    e.reachable = reachable;
    e.hasCheckResult = true;
    e.output = output;
    return e;
}

// hv1 (fra1/r1) with vm11 and vm12 by Dependency objects, hv2 (r2) with vm21 by vars.hypervisor,
// hv3 without VMs. All OK: the tiles are in name order.
Snapshot site()
{
    Snapshot s;
    s.objects = {
        object(QStringLiteral("hv1"), vars({{"role", "hypervisor"}, {"site", "fra1"}, {"rack", "r1"}})),
        object(QStringLiteral("hv1!ssh")),
        object(QStringLiteral("vm11")),
        object(QStringLiteral("vm11!http")),
        object(QStringLiteral("vm12")),
        object(QStringLiteral("vm12!http")),
        object(QStringLiteral("hv2"), vars({{"role", "hypervisor"}, {"rack", "r2"}})),
        object(QStringLiteral("vm21"), vars({{"hypervisor", "hv2"}})),
        object(QStringLiteral("vm21!db")),
        object(QStringLiteral("hv3"))};
    s.dependencies = {HostDependency{QStringLiteral("hv1"), QStringLiteral("vm11")},
                      HostDependency{QStringLiteral("hv1"), QStringLiteral("vm12")}};
    return s;
}

struct Site
{
    ManualClock clock{T0};
    AlarmStore store{&clock};
    TopologyModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit Site(const Snapshot &s = site())
    {
        store.replaceAll(s);
        model.setStore(&store);
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void apply(const FeedEvents &events)
    {
        store.enqueue(events);
        store.processInbox(0);
        store.flushChanges();
        model.rebuildNow(); // the model is throttled to a few rebuilds a second
    }
    QStringList rows() const
    {
        QStringList keys;
        for (int r = 0; r < model.rowCount(); ++r)
            keys << model.index(r).data(TopologyModel::KeyRole).toString();
        return keys;
    }
    QVariant at(const char *rootKey, int role) const
    {
        const int row = model.rowOfHost(QString::fromLatin1(rootKey));
        return row < 0 ? QVariant() : model.index(row).data(role);
    }
};

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << QString::fromLatin1(k);
    return out;
}

QStringList field(const QVariantList &items, const char *name)
{
    QStringList out;
    for (const QVariant &v : items)
        out << v.toMap().value(QString::fromLatin1(name)).toString();
    return out;
}

// Every row and role of a model, to compare an updated model with a freshly built one.
QVector<QVariantList> contents(const TopologyModel &m)
{
    QVector<QVariantList> rows;
    QList<int> roles = m.roleNames().keys();
    std::sort(roles.begin(), roles.end());
    for (int r = 0; r < m.rowCount(); ++r) {
        QVariantList values;
        for (int role : roles)
            values << m.index(r).data(role);
        rows << values;
    }
    return rows;
}

QList<int> rolesOf(const QList<QVariant> &dataChangedArgs)
{
    QList<int> roles = dataChangedArgs.at(2).value<QList<int>>();
    std::sort(roles.begin(), roles.end());
    return roles;
}

} // namespace

class TstTopologyModel : public QObject
{
    Q_OBJECT
private slots:
    void initialTiles()
    {
        Site d;
        QCOMPARE(d.rows(), keys({"hv1", "hv2", "hv3"}));
        QCOMPARE(d.model.property("count").toInt(), 3);
        QCOMPARE(d.at("hv1", TopologyModel::NameRole).toString(), QStringLiteral("hv1"));
        QCOMPARE(d.at("hv1", Qt::DisplayRole).toString(), QStringLiteral("hv1"));
        QCOMPARE(d.at("hv1", TopologyModel::StateTextRole).toString(), QStringLiteral("UP"));
        QCOMPARE(d.at("hv1", TopologyModel::VmCountRole).toInt(), 2);
        QCOMPARE(d.at("hv1", TopologyModel::SiteRole).toString(), QStringLiteral("fra1"));
        QCOMPARE(d.at("hv1", TopologyModel::RackRole).toString(), QStringLiteral("r1"));
        QCOMPARE(d.at("hv2", TopologyModel::RackRole).toString(), QStringLiteral("r2"));
        QCOMPARE(d.at("hv2", TopologyModel::VmCountRole).toInt(), 1);
        QCOMPARE(d.at("hv3", TopologyModel::VmCountRole).toInt(), 0);
        QCOMPARE(d.at("hv3", TopologyModel::WorstBeneathRole).toInt(), 0);

        const QVariantList vms = d.at("hv1", TopologyModel::VmsRole).toList();
        QCOMPARE(field(vms, "key"), keys({"vm11", "vm12"}));
        const QVariantMap vm11 = vms.at(0).toMap();
        QCOMPARE(vm11.value(QStringLiteral("name")).toString(), QStringLiteral("vm11"));
        QCOMPARE(vm11.value(QStringLiteral("stateText")).toString(), QStringLiteral("UP"));
        QCOMPARE(vm11.value(QStringLiteral("severity")).toInt(), 0);
        QCOMPARE(vm11.value(QStringLiteral("worstBeneath")).toInt(), 0);
        QCOMPARE(vm11.value(QStringLiteral("reachable")).toBool(), true);
        QCOMPARE(vm11.value(QStringLiteral("problemCount")).toInt(), 0);

        const QHash<int, QByteArray> names = d.model.roleNames();
        for (const char *role : {"key", "name", "severity", "worstBeneath", "stateText", "vmCount",
                                 "unreachableCount", "problemCount", "unhandledCount", "site", "rack", "vms"})
            QVERIFY2(names.values().contains(QByteArray(role)), role);
        QCOMPARE(*std::min_element(names.keyBegin(), names.keyEnd()), Qt::UserRole + 1);
    }

    void modelWithoutStore()
    {
        TopologyModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.rowOfHost(QStringLiteral("hv1")), -1);
        QVERIFY(m.servicesOf(QStringLiteral("hv1")).isEmpty());
        QVERIFY(m.rootOf(QStringLiteral("hv1")).isEmpty());
        m.setSearchText(QStringLiteral("x"));
        QCOMPARE(m.rowCount(), 0);
    }

    // hv2 goes down, its VM and service unreachable: the tile moves to the top, no reset, and
    // only the roles that changed are signalled. Then everything recovers and it moves back.
    void hostDownThenRecover()
    {
        Site d;
        QSignalSpy reset(&d.model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&d.model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&d.model, &QAbstractItemModel::dataChanged);
        QSignalSpy topologyChanged(&d.model, &TopologyModel::topologyChanged);

        d.apply({check(QStringLiteral("hv2"), 1, 10), check(QStringLiteral("vm21"), 1, 10, false),
                 check(QStringLiteral("vm21!db"), 2, 10, false)});
        QCOMPARE(d.rows(), keys({"hv2", "hv1", "hv3"}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(rolesOf(changed.at(0)),
                 (QList<int>{TopologyModel::SeverityRole, TopologyModel::WorstBeneathRole,
                             TopologyModel::StateTextRole, TopologyModel::UnreachableCountRole,
                             TopologyModel::ProblemCountRole, TopologyModel::UnhandledCountRole,
                             TopologyModel::VmsRole}));
        QCOMPARE(topologyChanged.count(), 1);
        QCOMPARE(d.at("hv2", TopologyModel::SeverityRole).toInt(), 4);
        QCOMPARE(d.at("hv2", TopologyModel::WorstBeneathRole).toInt(), 4);
        QCOMPARE(d.at("hv2", TopologyModel::StateTextRole).toString(), QStringLiteral("DOWN"));
        QCOMPARE(d.at("hv2", TopologyModel::ProblemCountRole).toInt(), 3);
        QCOMPARE(d.at("hv2", TopologyModel::UnhandledCountRole).toInt(), 1); // only hv2 itself
        QCOMPARE(d.at("hv2", TopologyModel::UnreachableCountRole).toInt(), 1);
        const QVariantMap vm21 = d.at("hv2", TopologyModel::VmsRole).toList().value(0).toMap();
        QCOMPARE(vm21.value(QStringLiteral("key")).toString(), QStringLiteral("vm21"));
        QCOMPARE(vm21.value(QStringLiteral("reachable")).toBool(), false);
        QCOMPARE(vm21.value(QStringLiteral("stateText")).toString(), QStringLiteral("DOWN"));
        QCOMPARE(vm21.value(QStringLiteral("worstBeneath")).toInt(), 4);
        QCOMPARE(vm21.value(QStringLiteral("problemCount")).toInt(), 2);
        // The unreachable VM is still hv2's, for the list filter as for the tile.
        QVERIFY(d.model.topology().inSubtree(QStringLiteral("hv2"), QStringLiteral("vm21!db")));

        moved.clear();
        changed.clear();
        d.apply({check(QStringLiteral("hv2"), 0, 20), check(QStringLiteral("vm21"), 0, 20),
                 check(QStringLiteral("vm21!db"), 0, 20)});
        QCOMPARE(d.rows(), keys({"hv1", "hv2", "hv3"}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(d.at("hv2", TopologyModel::StateTextRole).toString(), QStringLiteral("UP"));
        QCOMPARE(d.at("hv2", TopologyModel::ProblemCountRole).toInt(), 0);
        QCOMPARE(d.at("hv2", TopologyModel::UnreachableCountRole).toInt(), 0);
    }

    // A change inside a tile signals that tile only; a change no tile shows signals nothing.
    void minimalSignals()
    {
        Site d;
        QSignalSpy changed(&d.model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&d.model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&d.model, &QAbstractItemModel::modelReset);

        d.apply({check(QStringLiteral("vm11!http"), 0, 5, true, QStringLiteral("HTTP OK - faster now"))});
        QCOMPARE(changed.count(), 0);

        d.apply({check(QStringLiteral("hv3"), 0, 6, true, QStringLiteral("PING OK - 0.2 ms"))});
        QCOMPARE(changed.count(), 0);

        d.apply({check(QStringLiteral("vm12!http"), 1, 7)}); // WARNING: hv1 stays first (name order)
        QCOMPARE(d.rows(), keys({"hv1", "hv2", "hv3"}));
        QCOMPARE(moved.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(rolesOf(changed.at(0)),
                 (QList<int>{TopologyModel::WorstBeneathRole, TopologyModel::ProblemCountRole,
                             TopologyModel::UnhandledCountRole, TopologyModel::VmsRole}));
        QCOMPARE(d.at("hv1", TopologyModel::SeverityRole).toInt(), 0); // the host itself is fine
        QCOMPARE(d.at("hv1", TopologyModel::WorstBeneathRole).toInt(), 1);
        QCOMPARE(reset.count(), 0);
    }

    // A VM created on the server arrives as an event without its parent (neither the event nor
    // the store carries dependencies): it shows as a tile of its own until the next sync puts it
    // under its hypervisor. A new service on a known VM lands in its tile at once.
    void vmAddedByEvent()
    {
        Site d;
        QSignalSpy reset(&d.model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&d.model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&d.model, &TopologyModel::countChanged);

        d.apply({check(QStringLiteral("vm12!backup"), 2, 5)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(d.rows(), keys({"hv1", "hv2", "hv3"}));
        QCOMPARE(d.at("hv1", TopologyModel::WorstBeneathRole).toInt(), 3);
        QCOMPARE(field(d.model.servicesOf(QStringLiteral("vm12")), "name"), keys({"backup", "http"}));
        QCOMPARE(d.model.rowOfHost(QStringLiteral("vm12!backup")), 0);

        FeedEvent created;
        created.type = FeedEvent::Type::ObjectCreated;
        created.host = QStringLiteral("vm13");
        created.timestamp = T0.addSecs(6);
        d.apply({created, check(QStringLiteral("vm13"), 1, 7)});
        QCOMPARE(reset.count(), 1); // a new tile: the set of tiles changed
        QCOMPARE(count.count(), 1);
        QCOMPARE(d.rows(), keys({"vm13", "hv1", "hv2", "hv3"}));
        QCOMPARE(d.at("vm13", TopologyModel::StateTextRole).toString(), QStringLiteral("DOWN"));

        Snapshot s = site();
        MonitoredObject vm13 = d.store.objects().value(QStringLiteral("vm13"));
        s.objects.append(vm13);
        s.dependencies.append(HostDependency{QStringLiteral("hv1"), QStringLiteral("vm13")});
        d.store.replaceAll(s);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(d.rows(), keys({"hv1", "hv2", "hv3"}));
        QCOMPARE(field(d.at("hv1", TopologyModel::VmsRole).toList(), "key"), keys({"vm11", "vm12", "vm13"}));
        QCOMPARE(d.at("hv1", TopologyModel::VmCountRole).toInt(), 3);
        QCOMPARE(d.model.rootOf(QStringLiteral("vm13")), QStringLiteral("hv1"));

        // And an object deleted on the server leaves its tile.
        FeedEvent deleted = created;
        deleted.type = FeedEvent::Type::ObjectDeleted;
        d.apply({deleted});
        QCOMPARE(field(d.at("hv1", TopologyModel::VmsRole).toList(), "key"), keys({"vm11", "vm12"}));
        QCOMPARE(reset.count(), 2);
    }

    void search()
    {
        Site d;
        QSignalSpy searchChanged(&d.model, &TopologyModel::searchTextChanged);
        QSignalSpy reset(&d.model, &QAbstractItemModel::modelReset);
        d.model.setSearchText(QStringLiteral("VM21"));
        QCOMPARE(d.rows(), keys({"hv2"}));
        QCOMPARE(searchChanged.count(), 1);
        QCOMPARE(d.model.property("searchText").toString(), QStringLiteral("VM21"));
        QCOMPARE(d.model.rowOfHost(QStringLiteral("vm11")), -1); // filtered out
        QCOMPARE(d.model.rowOfHost(QStringLiteral("vm21")), 0);

        d.model.setSearchText(QStringLiteral("hv"));
        QCOMPARE(d.rows(), keys({"hv1", "hv2", "hv3"}));
        d.model.setSearchText(QStringLiteral("hv")); // unchanged: nothing happens
        QCOMPARE(searchChanged.count(), 2);
        d.model.setSearchText(QStringLiteral("http")); // a service name is not a tile's name
        QCOMPARE(d.model.rowCount(), 0);
        d.model.setSearchText(QStringLiteral("1"));
        QCOMPARE(d.rows(), keys({"hv1", "hv2"})); // vm21 has a 1 in it
        QCOMPARE(reset.count(), 4);

        // The search holds across updates.
        d.apply({check(QStringLiteral("hv2"), 1, 10)});
        QCOMPARE(d.rows(), keys({"hv2", "hv1"}));
        d.model.setSearchText(QString());
        QCOMPARE(d.rows(), keys({"hv2", "hv1", "hv3"}));
    }

    void drillDown()
    {
        Site d;
        d.apply(
            {check(QStringLiteral("vm11!http"), 2, 5, true, QStringLiteral("HTTP CRITICAL - 502\nbody"))});
        const QVariantList hv1 = d.model.servicesOf(QStringLiteral("hv1"));
        QCOMPARE(field(hv1, "key"), keys({"hv1!ssh"})); // its own services, not its VMs'
        const QVariantList vm11 = d.model.servicesOf(QStringLiteral("vm11"));
        QCOMPARE(vm11.size(), 1);
        const QVariantMap http = vm11.at(0).toMap();
        QCOMPARE(http.value(QStringLiteral("name")).toString(), QStringLiteral("http"));
        QCOMPARE(http.value(QStringLiteral("key")).toString(), QStringLiteral("vm11!http"));
        QCOMPARE(http.value(QStringLiteral("severity")).toInt(), 3);
        QCOMPARE(http.value(QStringLiteral("stateText")).toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(http.value(QStringLiteral("output")).toString(), QStringLiteral("HTTP CRITICAL - 502"));
        QVERIFY(d.model.servicesOf(QStringLiteral("vm11!http")).isEmpty());
        QVERIFY(d.model.servicesOf(QStringLiteral("nosuch")).isEmpty());

        QCOMPARE(d.model.rowOfHost(QStringLiteral("hv1")), 0);
        QCOMPARE(d.model.rowOfHost(QStringLiteral("vm11!http")), 0);
        QCOMPARE(d.model.rowOfHost(QStringLiteral("vm21")), 1);
        QCOMPARE(d.model.rowOfHost(QStringLiteral("hv3")), 2);
        QCOMPARE(d.model.rowOfHost(QStringLiteral("nosuch")), -1);
        QCOMPARE(d.model.rootOf(QStringLiteral("vm21!db")), QStringLiteral("hv2"));
        QCOMPARE(d.model.keyAt(2), QStringLiteral("hv3"));
        QVERIFY(d.model.keyAt(3).isEmpty());
    }

    // Many tiles changing order at once is one reset, not dozens of moves.
    void manyMovesReset()
    {
        auto name = [](int i) { return QStringLiteral("h%1").arg(i, 2, 10, QLatin1Char('0')); };
        Snapshot s;
        for (int i = 0; i < 80; ++i)
            s.objects.append(object(name(i)));
        Site d(s);
        QSignalSpy reset(&d.model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&d.model, &QAbstractItemModel::rowsMoved);
        FeedEvents events;
        for (int i = 60; i < 80; ++i) // 20 tiles to the top: 20 moves, still incremental
            events.append(check(name(i), 1, 10));
        d.apply(events);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 20);
        QCOMPARE(d.rows().first(), QStringLiteral("h60"));
        QCOMPARE(d.rows().last(), QStringLiteral("h59"));

        events.clear();
        for (int i = 60; i < 80; ++i) // they recover, every other host goes down: 40 moves
            events.append(check(name(i), 0, 20));
        for (int i = 0; i < 80; i += 2)
            events.append(check(name(i), 1, 21));
        d.apply(events);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(moved.count(), 20);
        QCOMPARE(d.rows().mid(0, 3), keys({"h00", "h02", "h04"}));
        QCOMPARE(d.rows().last(), QStringLiteral("h79"));
    }

    // After any sequence of changes the rows and values equal those of a freshly built model.
    void matchesFreshModelAfterRandomChanges()
    {
        Site d;
        QRandomGenerator rng(20261124);
        const QStringList all = d.store.objects().keys();
        for (int round = 0; round < 40; ++round) {
            FeedEvents events;
            const int n = 1 + int(rng.bounded(4));
            for (int i = 0; i < n; ++i) {
                const QString key = all.at(int(rng.bounded(int(all.size()))));
                const bool isHost = !key.contains(QLatin1Char('!'));
                const int state = int(rng.bounded(isHost ? 2 : 4));
                events.append(check(key, state, 100 + round, rng.bounded(5) != 0));
            }
            d.apply(events);
            TopologyModel fresh;
            fresh.setStore(&d.store);
            QCOMPARE(contents(d.model), contents(fresh));
        }
    }
};

QTEST_GUILESS_MAIN(TstTopologyModel)
#include "tst_topology_model.moc"
