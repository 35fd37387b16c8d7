// AlarmListModel over a real AlarmStore, with QAbstractItemModelTester watching every signal:
// rows follow AlarmRules order and move, appear and disappear in place (no resets, so the
// view keeps selection and scroll position), and after any sequence of changes the rows equal
// what a freshly built model shows.
#include "core/Clock.h"
#include "models/AlarmListModel.h"
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

MonitoredObject object(const QString &key, int state, qint64 changedSecsAgo)
{
    MonitoredObject o;
    const qsizetype bang = key.indexOf(QLatin1Char('!'));
    o.kind = bang < 0 ? ObjectKind::Host : ObjectKind::Service;
    o.hostName = bang < 0 ? key : key.left(bang);
    o.serviceName = bang < 0 ? QString() : key.mid(bang + 1);
    o.displayName = bang < 0 ? key : o.serviceName;
    o.state = state;
    o.stateType = StateType::Hard;
    o.maxAttempts = 3;
    o.pending = false;
    o.lastCheck = T0.addSecs(-30);
    o.lastStateChange = T0.addSecs(-changedSecsAgo);
    o.output = QStringLiteral("initial output of %1").arg(key);
    return o;
}

FeedEvent check(const QString &key, int state, const QDateTime &when,
                const QString &output = QStringLiteral("x"))
{
    FeedEvent e;
    e.type = FeedEvent::Type::CheckResult;
    const qsizetype bang = key.indexOf(QLatin1Char('!'));
    e.host = bang < 0 ? key : key.left(bang);
    e.service = bang < 0 ? QString() : key.mid(bang + 1);
    e.timestamp = when;
    e.hasState = true;
    e.state = state;
    e.stateType = StateType::Hard;
    e.attempt = 3;
    e.hasCheckResult = true;
    e.output = output;
    e.checkTime = when;
    return e;
}

FeedEvent simple(FeedEvent::Type type, const QString &key)
{
    FeedEvent e = check(key, 0, T0);
    e.type = type;
    e.hasState = false;
    e.hasCheckResult = false;
    return e;
}

// The small site of the handcrafted tests; its default order is
// hv1 (DOWN), db1!mysql (CRITICAL), mail1!smtp (UNKNOWN), web2!http, web1!http (WARNING, newer first).
Snapshot site()
{
    Snapshot s;
    s.objects = {object(QStringLiteral("hv1"), 1, 300),       object(QStringLiteral("db1"), 0, 9000),
                 object(QStringLiteral("db1!mysql"), 2, 100), object(QStringLiteral("web1!http"), 1, 50),
                 object(QStringLiteral("web2!http"), 1, 10),  object(QStringLiteral("mail1!smtp"), 3, 200),
                 object(QStringLiteral("ok1!ping"), 0, 8000)};
    return s;
}

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << QString::fromLatin1(k);
    return out;
}

struct Site
{
    ManualClock clock{T0};
    AlarmStore store{&clock};
    AlarmListModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit Site(const Snapshot &s)
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
    }
};

void configure(AlarmListModel &m, const AlarmFilter &f)
{
    m.setFilterText(f.text);
    m.setProblemsOnly(f.problemsOnly);
    m.setShowSoft(f.showSoft);
    m.setShowAcknowledged(f.showAcknowledged);
    m.setShowDowntime(f.showDowntime);
}

} // namespace

class TstAlarmListModel : public QObject
{
    Q_OBJECT
private slots:
    void initialOrder()
    {
        Site d(site());
        QCOMPARE(d.model.keys(), keys({"hv1", "db1!mysql", "mail1!smtp", "web2!http", "web1!http"}));
        QCOMPARE(d.model.rowCount(), 5);
        QCOMPARE(d.model.property("count").toInt(), 5);
    }

    void modelWithoutStore()
    {
        AlarmListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(m.keyAt(0).isEmpty());
        QCOMPARE(m.rowOf(QStringLiteral("hv1")), -1);
        m.setFilterText(QStringLiteral("x")); // must not crash without a store
        QCOMPARE(m.rowCount(), 0);
    }

    // The store's resync resets the model (everything may have changed), events never do.
    void resyncResets()
    {
        Site d(site());
        QSignalSpy reset(&d.model, &QAbstractItemModel::modelReset);
        Snapshot s;
        s.objects = {object(QStringLiteral("only!one"), 2, 5)};
        d.store.replaceAll(s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(d.model.keys(), keys({"only!one"}));
    }

    void severityChangeMovesRow()
    {
        Site d(site());
        QSignalSpy reset(&d.model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&d.model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&d.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&d.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&d.model, &QAbstractItemModel::dataChanged);

        // web1!http turns CRITICAL: the newest critical change, right under the DOWN host.
        d.apply({check(QStringLiteral("web1!http"), 2, T0.addSecs(10))});
        QCOMPARE(d.model.keys(), keys({"hv1", "web1!http", "db1!mysql", "mail1!smtp", "web2!http"}));
        QCOMPARE(reset.count(), 0);
        QVERIFY(moved.count() >= 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1); // its row's badge and text changed in place
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        const QModelIndex row1 = d.model.index(1);
        QCOMPARE(row1.data(AlarmListModel::StateTextRole).toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(row1.data(AlarmListModel::SeverityRole).toInt(), 3);
        QCOMPARE(d.model.rowOf(QStringLiteral("web1!http")), 1);
        QCOMPARE(d.model.keyAt(1), QStringLiteral("web1!http"));
    }

    void recoveryRemovesRow()
    {
        Site d(site());
        QSignalSpy removed(&d.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy count(&d.model, &AlarmListModel::countChanged);
        d.apply({check(QStringLiteral("hv1"), 0, T0.addSecs(20))});
        QCOMPARE(d.model.keys(), keys({"db1!mysql", "mail1!smtp", "web2!http", "web1!http"}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(count.count(), 1);
        QCOMPARE(d.model.rowOf(QStringLiteral("hv1")), -1);
    }

    void newProblemInsertsRow()
    {
        Site d(site());
        QSignalSpy inserted(&d.model, &QAbstractItemModel::rowsInserted);
        d.apply({check(QStringLiteral("ok1!ping"), 1, T0.addSecs(30))});
        QCOMPARE(d.model.keys(),
                 keys({"hv1", "db1!mysql", "mail1!smtp", "ok1!ping", "web2!http", "web1!http"}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        // An object the sync did not know appears too.
        d.apply({check(QStringLiteral("new1!disk"), 2, T0.addSecs(40))});
        QCOMPARE(d.model.rowOf(QStringLiteral("new1!disk")), 1);
        // A deleted object leaves.
        d.apply({simple(FeedEvent::Type::ObjectDeleted, QStringLiteral("db1!mysql"))});
        QCOMPARE(d.model.rowOf(QStringLiteral("db1!mysql")), -1);
        QCOMPARE(d.model.rowCount(), 6);
    }

    void acknowledgementMovesBelowUnhandled()
    {
        Site d(site());
        FeedEvent ack = simple(FeedEvent::Type::AcknowledgementSet, QStringLiteral("hv1"));
        ack.ack.set = true;
        ack.ack.author = QStringLiteral("alice");
        ack.ack.comment = QStringLiteral("reboot in progress");
        d.apply({ack});
        // Still the worst severity, so still first: severity beats handled.
        QCOMPARE(d.model.keys().first(), QStringLiteral("hv1"));
        const QModelIndex row0 = d.model.index(0);
        QVERIFY(row0.data(AlarmListModel::AcknowledgedRole).toBool());
        QVERIFY(row0.data(AlarmListModel::HandledRole).toBool());
        QCOMPARE(row0.data(AlarmListModel::AckAuthorRole).toString(), QStringLiteral("alice"));
        QCOMPARE(row0.data(AlarmListModel::AckCommentRole).toString(), QStringLiteral("reboot in progress"));

        // Among equals, the acknowledged one goes below the untaken one.
        ack.host = QStringLiteral("web2");
        ack.service = QStringLiteral("http");
        d.apply({ack});
        QCOMPARE(d.model.keys(), keys({"hv1", "db1!mysql", "mail1!smtp", "web1!http", "web2!http"}));
        d.apply({simple(FeedEvent::Type::AcknowledgementCleared, QStringLiteral("web2!http"))});
        QCOMPARE(d.model.keys(), keys({"hv1", "db1!mysql", "mail1!smtp", "web2!http", "web1!http"}));
    }

    void changeInPlaceOnlyRefreshesRow()
    {
        Site d(site());
        QSignalSpy moved(&d.model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&d.model, &QAbstractItemModel::dataChanged);
        d.apply({check(QStringLiteral("mail1!smtp"), 3, T0.addSecs(5),
                       QStringLiteral("UNKNOWN - no answer\nmore"))});
        QCOMPARE(d.model.keys(), keys({"hv1", "db1!mysql", "mail1!smtp", "web2!http", "web1!http"}));
        QCOMPARE(moved.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(d.model.index(2).data(AlarmListModel::OutputRole).toString(),
                 QStringLiteral("UNKNOWN - no answer"));
    }

    // Several moves, an insert and a removal in one batch.
    void mixedBatch()
    {
        Site d(site());
        d.apply({check(QStringLiteral("hv1"), 0, T0.addSecs(1)),
                 check(QStringLiteral("web1!http"), 2, T0.addSecs(2)),
                 check(QStringLiteral("ok1!ping"), 3, T0.addSecs(3)),
                 check(QStringLiteral("db1"), 1, T0.addSecs(4)),
                 check(QStringLiteral("mail1!smtp"), 1, T0.addSecs(5))});
        QCOMPARE(d.model.keys(),
                 keys({"db1", "web1!http", "db1!mysql", "ok1!ping", "mail1!smtp", "web2!http"}));
    }

    void filterText()
    {
        Site d(site());
        QSignalSpy filterChanged(&d.model, &AlarmListModel::filterChanged);
        QSignalSpy reset(&d.model, &QAbstractItemModel::modelReset);
        d.model.setFilterText(QStringLiteral("HTTP"));
        QCOMPARE(d.model.keys(), keys({"web2!http", "web1!http"}));
        QCOMPARE(filterChanged.count(), 1);
        QCOMPARE(reset.count(), 0);
        d.model.setFilterText(QStringLiteral("HTTP")); // unchanged: no signal
        QCOMPARE(filterChanged.count(), 1);
        d.model.setFilterText(QStringLiteral("initial output of db1")); // output is searched too
        QCOMPARE(d.model.keys(), keys({"db1!mysql"}));
        d.model.setFilterText(QString());
        QCOMPARE(d.model.rowCount(), 5);
        QCOMPARE(d.model.filterText(), QString());
    }

    void filterToggles()
    {
        Site d(site());
        FeedEvent soft = check(QStringLiteral("web2!http"), 1, T0.addSecs(2));
        soft.stateType = StateType::Soft;
        FeedEvent ack = simple(FeedEvent::Type::AcknowledgementSet, QStringLiteral("mail1!smtp"));
        ack.ack.set = true;
        FeedEvent downtime = simple(FeedEvent::Type::DowntimeStarted, QStringLiteral("db1!mysql"));
        downtime.itemName = QStringLiteral("dt1");
        d.apply({soft, ack, downtime});
        // Defaults: downtime hidden, soft and acknowledged shown.
        QCOMPARE(d.model.keys(), keys({"hv1", "mail1!smtp", "web2!http", "web1!http"}));

        QSignalSpy filterChanged(&d.model, &AlarmListModel::filterChanged);
        d.model.setShowDowntime(true);
        QCOMPARE(d.model.keys(), keys({"hv1", "db1!mysql", "mail1!smtp", "web2!http", "web1!http"}));
        d.model.setShowSoft(false);
        QCOMPARE(d.model.keys(), keys({"hv1", "db1!mysql", "mail1!smtp", "web1!http"}));
        d.model.setShowAcknowledged(false);
        QCOMPARE(d.model.keys(), keys({"hv1", "db1!mysql", "web1!http"}));
        QCOMPARE(filterChanged.count(), 3);
        QVERIFY(d.model.showDowntime());
        QVERIFY(!d.model.showSoft());
        QVERIFY(!d.model.showAcknowledged());

        // Every object, OK ones at the end; the toggles still hide the soft and the acknowledged one.
        d.model.setProblemsOnly(false);
        QCOMPARE(d.model.rowCount(), 5);
        QCOMPARE(d.model.keys().mid(3), keys({"ok1!ping", "db1"})); // the newer state change first
        d.model.setShowSoft(true);
        d.model.setShowAcknowledged(true);
        QCOMPARE(d.model.rowCount(), 7);
        QVERIFY(!d.model.problemsOnly());
    }

    void rolesAndData()
    {
        Site d(site());
        const QHash<int, QByteArray> roles = d.model.roleNames();
        const QList<QByteArray> names = roles.values();
        for (const char *name : {"key", "host", "service", "severity", "stateText", "stateTypeText", "output",
                                 "acknowledged", "inDowntime", "reachable", "handled"})
            QVERIFY2(names.contains(name), name);
        QCOMPARE(roles.value(AlarmListModel::HostRole), QByteArray("host"));
        QCOMPARE(QSet<QByteArray>(names.cbegin(), names.cend()).size(), names.size()); // no duplicates

        const QModelIndex top = d.model.index(0);
        QCOMPARE(top.data(AlarmListModel::KeyRole).toString(), QStringLiteral("hv1"));
        QCOMPARE(top.data(AlarmListModel::HostRole).toString(), QStringLiteral("hv1"));
        QVERIFY(top.data(AlarmListModel::ServiceRole).toString().isEmpty());
        QVERIFY(top.data(AlarmListModel::IsHostRole).toBool());
        QCOMPARE(top.data(AlarmListModel::SeverityRole).toInt(), 4);
        QCOMPARE(top.data(AlarmListModel::StateTextRole).toString(), QStringLiteral("DOWN"));
        QCOMPARE(top.data(AlarmListModel::StateTypeTextRole).toString(), QStringLiteral("HARD"));
        QCOMPARE(top.data(AlarmListModel::LastStateChangeRole).toDateTime(), T0.addSecs(-300));
        QVERIFY(top.data(AlarmListModel::ReachableRole).toBool());
        QCOMPARE(top.data(Qt::DisplayRole).toString(), QStringLiteral("hv1"));
        const QModelIndex svc = d.model.index(1);
        QCOMPARE(svc.data(AlarmListModel::HostRole).toString(), QStringLiteral("db1"));
        QCOMPARE(svc.data(AlarmListModel::ServiceRole).toString(), QStringLiteral("mysql"));
        QCOMPARE(svc.data(AlarmListModel::DisplayNameRole).toString(), QStringLiteral("mysql"));

        QVERIFY(d.model.keyAt(-1).isEmpty());
        QVERIFY(d.model.keyAt(5).isEmpty());
        QCOMPARE(d.model.rowOf(QStringLiteral("ok1!ping")), -1); // filtered out
        QCOMPARE(d.model.rowOf(QStringLiteral("nope")), -1);
    }

    // Random changes over ~50 objects: after every batch the incrementally maintained rows must
    // equal a freshly sorted model, under several filters, with the tester checking every signal.
    void randomizedAgainstFreshModel()
    {
        const quint32 seed = 424242;
        QRandomGenerator rng(seed);
        Snapshot s;
        QStringList allKeys;
        for (int h = 0; h < 10; ++h)
            allKeys << QStringLiteral("h%1").arg(h);
        for (int i = 0; i < 40; ++i)
            allKeys << QStringLiteral("h%1!s%2").arg(i % 10).arg(i);
        for (const QString &k : std::as_const(allKeys))
            s.objects.append(object(k, 0, rng.bounded(1, 10000)));

        Site d(s);
        AlarmFilter all;
        all.problemsOnly = false;
        AlarmFilter narrow;
        narrow.text = QStringLiteral("h1");
        narrow.showSoft = false;
        narrow.showAcknowledged = false;
        narrow.showDowntime = true;
        const QVector<AlarmFilter> filters{AlarmFilter{}, all, narrow};
        std::vector<std::unique_ptr<AlarmListModel>> models;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (const AlarmFilter &f : filters) {
            models.push_back(std::make_unique<AlarmListModel>());
            configure(*models.back(), f);
            models.back()->setStore(&d.store);
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                models.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        QSignalSpy batches(&d.store, &AlarmStore::objectsChanged);

        auto randomKey = [&] { return allKeys.at(rng.bounded(int(allKeys.size()))); };
        for (int round = 0; round < 200; ++round) {
            d.clock.advanceSecs(rng.bounded(1, 120));
            const QDateTime now = d.clock.now();
            FeedEvents events;
            // One event that always changes something, so every round produces a batch even
            // when the clock alone moved an acknowledgement past its expiry.
            events.append(check(randomKey(), 0, now, QStringLiteral("round %1").arg(round)));
            events.last().hasState = false;
            const int n = rng.bounded(1, 9);
            for (int i = 0; i < n; ++i) {
                const QString key = randomKey();
                const bool isHost = !key.contains(QLatin1Char('!'));
                const int kind = rng.bounded(100);
                FeedEvent e;
                if (kind < 55) {
                    e = check(key, rng.bounded(isHost ? 2 : 4), now.addSecs(-rng.bounded(0, 3)));
                    e.stateType = rng.bounded(2) ? StateType::Hard : StateType::Soft;
                    e.attempt = rng.bounded(1, 4);
                    if (rng.bounded(4) == 0) {
                        e.hasReachable = true;
                        e.reachable = rng.bounded(2);
                    }
                } else if (kind < 70) {
                    e = simple(FeedEvent::Type::AcknowledgementSet, key);
                    e.ack.set = true;
                    e.ack.author = QStringLiteral("u%1").arg(rng.bounded(3));
                    if (rng.bounded(2))
                        e.ack.expiry = now.addSecs(rng.bounded(-60, 300));
                } else if (kind < 80) {
                    e = simple(FeedEvent::Type::AcknowledgementCleared, key);
                } else if (kind < 90) {
                    e = simple(rng.bounded(2) ? FeedEvent::Type::DowntimeStarted
                                              : FeedEvent::Type::DowntimeRemoved,
                               key);
                    e.itemName = QStringLiteral("dt%1").arg(rng.bounded(2));
                } else if (kind < 95) {
                    e = simple(FeedEvent::Type::ObjectDeleted, key);
                } else {
                    e = simple(FeedEvent::Type::ObjectCreated, key);
                }
                events.append(e);
            }
            const int batchesBefore = int(batches.count());
            d.apply(events);
            QCOMPARE(batches.count(), batchesBefore + 1);

            for (size_t m = 0; m < models.size(); ++m) {
                AlarmListModel fresh;
                configure(fresh, filters[int(m)]);
                fresh.setStore(&d.store);
                if (models[m]->keys() != fresh.keys())
                    QFAIL(qPrintable(QStringLiteral("seed %1, round %2, filter %3:\n  model %4\n  fresh %5")
                                         .arg(seed)
                                         .arg(round)
                                         .arg(m)
                                         .arg(models[m]->keys().join(QLatin1Char(' ')),
                                              fresh.keys().join(QLatin1Char(' ')))));
                QCOMPARE(models[m]->rowCount(), int(fresh.keys().size()));
            }
        }
        // The run exercised something: there are problems on screen and rows hidden by filters.
        QVERIFY(models[0]->rowCount() > 0);
        QVERIFY(models[1]->rowCount() > models[0]->rowCount());
    }
};

QTEST_GUILESS_MAIN(TstAlarmListModel)
#include "tst_alarm_list_model.moc"
