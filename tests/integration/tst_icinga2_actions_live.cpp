// VM restart and failover through Icinga 2's execute-command against the real lab: its
// EventCommands run tests/lab's vm-action.sh, which appends a start and an end line per run to
// actions.log. The log, not the desk's own word, shows what ran, how often and how many at once.
#include "LabIcinga2.h"
#include "actions/ActionRunner.h"
#include "actions/AuditLog.h"
#include "actions/Icinga2CommandBackend.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ocd;

namespace {

struct LogLine
{
    QString event; // start, end, end-failed
    QString what;  // restart, failover
    QString vm;
    double time = 0;
    QStringList fields;
};

QVector<LogLine> readActionsLog(const QString &dir)
{
    QVector<LogLine> out;
    QFile f(dir + QStringLiteral("/actions.log"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QStringList p = QString::fromUtf8(raw).split(QLatin1Char(' '));
        if (p.size() < 4)
            continue;
        out.append({p[0], p[1], p[2], p.last().toDouble(), p});
    }
    return out;
}

// The most runs that overlapped at any moment, from the start/end lines.
int maxOverlap(const QVector<LogLine> &lines)
{
    QVector<QPair<double, int>> edges;
    for (const LogLine &l : lines)
        edges.append({l.time, l.event == QLatin1String("start") ? 1 : -1});
    std::sort(edges.begin(), edges.end());
    int now = 0, most = 0;
    for (const auto &e : edges)
        most = qMax(most, now += e.second);
    return most;
}

VmAction restartOf(const QString &vm, const QString &host)
{
    return VmAction{VmAction::Kind::Restart, vm, host, {}, QStringLiteral("integration test"),
                    QStringLiteral("alice")};
}

} // namespace

class TestIcinga2ActionsLive : public QObject
{
    Q_OBJECT
private:
    LabIcinga2 lab;
    QString actionsDir;
    QTemporaryDir auditDir;

    void resetLog()
    {
        QFile::remove(actionsDir + QStringLiteral("/actions.log"));
        QFile::remove(actionsDir + QStringLiteral("/delay"));
        for (const char *vm : {"vm1", "vm2", "vm3", "vm4", "vm5"})
            QFile::remove(actionsDir + QStringLiteral("/fail-") + QLatin1String(vm));
    }
    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    // A backend with its capabilities read from the server, as the desk has it when live.
    std::unique_ptr<Icinga2CommandBackend> backendFor(const Icinga2Settings &s, Icinga2CommandSettings c = {})
    {
        c.pollMs = 200;
        auto b = std::make_unique<Icinga2CommandBackend>(s, c);
        QSignalSpy known(b.get(), &Icinga2CommandBackend::capabilitiesChanged);
        b->refreshCapabilities();
        if (!known.wait(10000))
            return nullptr;
        QTest::qWait(300); // the EventCommand existence checks follow the first answer
        return b;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(lab.isValid(), "the Icinga 2 lab is not running (ctest fixture lab_icinga2_start)");
        actionsDir = lab.value(QStringLiteral("ICINGA_ACTIONS_DIR"));
        QVERIFY(!actionsDir.isEmpty());
        QVERIFY(auditDir.isValid());
    }
    void init() { resetLog(); }

    void restartAllVmsOfAHostRunsEachOnceTwoAtATime()
    {
        auto backend = backendFor(lab.operatorSettings());
        QVERIFY(backend);
        QCOMPARE(backend->unavailableReason(VmAction::Kind::Restart, QStringLiteral("hv1")), QString());
        AuditLog audit(auditDir.filePath(QStringLiteral("restart.jsonl")));
        ActionRunner runner;
        runner.setBackend(backend.get());
        runner.setAuditLog(&audit);
        QCOMPARE(runner.concurrency(), 2);

        const QStringList vms{"vm1", "vm2", "vm3", "vm4"};
        QList<VmAction> actions;
        for (const QString &vm : vms)
            actions << restartOf(vm, QStringLiteral("hv1"));
        const ActionRunner::Submitted s = runner.submit(actions);
        QCOMPARE(s.ids.size(), 4);
        QCOMPARE(runner.runningCount(), 2); // two start, two wait
        QCOMPARE(runner.items().at(2).status, ActionRunner::Status::Queued);

        // A double click on "restart vm1" while it runs does nothing and says so.
        const ActionRunner::Submitted again =
            runner.submit({restartOf(QStringLiteral("vm1"), QStringLiteral("hv1"))});
        QVERIFY(again.ids.isEmpty());
        QCOMPARE(again.refused.size(), 1);
        QVERIFY2(again.refused.first().contains(QLatin1String("already")), qPrintable(again.refused.first()));

        QTRY_VERIFY_WITH_TIMEOUT(runner.activeCount() == 0, 60000);
        for (const ActionRunner::Item &item : runner.items()) {
            QCOMPARE(item.status, ActionRunner::Status::Done);
            QCOMPARE(item.exitCode, 0);
            QCOMPARE(item.output, item.action.vm + QStringLiteral(" rebooted on hv1"));
        }
        const QVector<LogLine> log = readActionsLog(actionsDir);
        for (const QString &vm : vms) {
            const auto starts = std::count_if(log.cbegin(), log.cend(), [&](const LogLine &l) {
                return l.vm == vm && l.event == QLatin1String("start");
            });
            QCOMPARE(int(starts), 1);
        }
        QCOMPARE(log.size(), 8);
        QCOMPARE(maxOverlap(log), 2); // the limit held, and was used
        // The macros reached the command: source host and user.
        QCOMPARE(log.first().fields.value(3), QStringLiteral("hv1"));
        QVERIFY(log.first().fields.contains(QStringLiteral("alice")));

        // Audit: requested + ok for each VM, with who and what.
        const QVector<AuditEntry> entries = audit.recent(100);
        QCOMPARE(entries.size(), 8);
        QCOMPARE(std::count_if(entries.cbegin(), entries.cend(),
                               [](const AuditEntry &e) { return e.outcome == QLatin1String("ok"); }),
                 4);
        QCOMPARE(entries.last().user, QStringLiteral("alice"));
        QCOMPARE(entries.last().action, QStringLiteral("restart"));
    }

    void failingCommandShowsAsFailedWithItsOutput()
    {
        writeFile(actionsDir + QStringLiteral("/fail-vm2"), "error: domain vm2 is locked by another job\n");
        auto backend = backendFor(lab.operatorSettings());
        QVERIFY(backend);
        ActionRunner runner;
        runner.setBackend(backend.get());
        runner.submit({restartOf(QStringLiteral("vm1"), QStringLiteral("hv1")),
                       restartOf(QStringLiteral("vm2"), QStringLiteral("hv1"))});
        QTRY_VERIFY_WITH_TIMEOUT(runner.activeCount() == 0, 60000);
        QCOMPARE(runner.items().at(0).status, ActionRunner::Status::Done);
        const ActionRunner::Item failed = runner.items().at(1);
        QCOMPARE(failed.status, ActionRunner::Status::Failed);
        QCOMPARE(failed.exitCode, 2);
        QCOMPARE(failed.output, QStringLiteral("error: domain vm2 is locked by another job"));
        QVERIFY2(failed.message.contains(QLatin1String("exit code 2")), qPrintable(failed.message));
    }

    void failoverPassesTheTargetHost()
    {
        auto backend = backendFor(lab.operatorSettings());
        QVERIFY(backend);
        QSignalSpy done(backend.get(), &QObject::destroyed);
        ActionJob *job = backend->start(VmAction{VmAction::Kind::Failover, QStringLiteral("vm5"),
                                                 QStringLiteral("hv2"), QStringLiteral("hv3"),
                                                 QStringLiteral("hv2 dead"), QStringLiteral("bob")});
        QSignalSpy finished(job, &ActionJob::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY2(job->result().ok, qPrintable(job->result().message));
        QCOMPARE(job->result().output, QStringLiteral("vm5 started on hv3"));
        const QVector<LogLine> log = readActionsLog(actionsDir);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.first().what, QStringLiteral("failover"));
        QCOMPARE(log.first().fields.value(4), QStringLiteral("hv3"));
    }

    void readOnlyUserIsRefusedWithTheExplanation()
    {
        auto backend = backendFor(lab.viewerSettings());
        QVERIFY(backend);
        const QString why = backend->unavailableReason(VmAction::Kind::Restart, QStringLiteral("hv1"));
        QVERIFY2(why.contains(QLatin1String("actions/execute-command")) &&
                     why.contains(QLatin1String("viewer")),
                 qPrintable(why));
        ActionRunner runner;
        runner.setBackend(backend.get());
        const ActionRunner::Submitted s =
            runner.submit({restartOf(QStringLiteral("vm1"), QStringLiteral("hv1"))});
        QVERIFY(s.ids.isEmpty());
        QVERIFY(s.refused.first().contains(QLatin1String("actions/execute-command")));

        // Before the desk knows the permissions, the server has the last word: 404, explained.
        Icinga2CommandSettings c;
        c.endpoint = QStringLiteral("localhost");
        Icinga2CommandBackend unaware(lab.viewerSettings(), c);
        ActionJob *job = unaware.start(restartOf(QStringLiteral("vm1"), QStringLiteral("hv1")));
        QSignalSpy finished(job, &ActionJob::finished);
        QVERIFY(finished.wait(15000));
        QVERIFY(!job->result().ok);
        QVERIFY2(job->result().message.contains(QLatin1String("not permitted"), Qt::CaseInsensitive),
                 qPrintable(job->result().message));
        QTest::qWait(1500);
        QVERIFY(readActionsLog(actionsDir).isEmpty()); // nothing ran
    }

    void missingEventCommandAndUnknownHostAreExplained()
    {
        Icinga2CommandSettings c;
        c.restartCommand = QStringLiteral("no-such-command");
        auto backend = backendFor(lab.operatorSettings(), c);
        QVERIFY(backend);
        const QString why = backend->unavailableReason(VmAction::Kind::Restart, QStringLiteral("hv1"));
        QVERIFY2(why.contains(QLatin1String("no-such-command")), qPrintable(why));

        auto good = backendFor(lab.operatorSettings());
        QVERIFY(good);
        ActionJob *job = good->start(restartOf(QStringLiteral("vm-unknown"), QStringLiteral("hv1")));
        QSignalSpy finished(job, &ActionJob::finished);
        QVERIFY(finished.wait(15000));
        QVERIFY(!job->result().ok);
        QVERIFY2(job->result().message.contains(QLatin1String("vm-unknown")),
                 qPrintable(job->result().message));
    }

    void aDeadlineThatPassesIsReportedAsSuch()
    {
        writeFile(actionsDir + QStringLiteral("/delay"), "5\n");
        Icinga2CommandSettings c;
        c.deadlineSecs = 2;
        auto backend = backendFor(lab.operatorSettings(), c);
        QVERIFY(backend);
        ActionJob *job = backend->start(restartOf(QStringLiteral("vm3"), QStringLiteral("hv1")));
        QSignalSpy finished(job, &ActionJob::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY(!job->result().ok);
        QCOMPARE(job->result().exitCode, -1);
        QVERIFY2(job->result().message.contains(QLatin1String("deadline")),
                 qPrintable(job->result().message));
        QTest::qWait(4000); // let the lab's command end before the next test reads the log
    }
};

QTEST_GUILESS_MAIN(TestIcinga2ActionsLive)
#include "tst_icinga2_actions_live.moc"
