// ActionRunner: the concurrency limit, refusing a second action for a busy VM, cancelling
// queued items, refusals by the backend, and the audit trail written to a real file.
#include "actions/ActionRunner.h"
#include "actions/AuditLog.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ocd;

namespace {

// A backend whose jobs finish when the test says so, so every intermediate state can be seen.
class ManualBackend : public ActionBackend
{
public:
    QString refuse;
    QList<QPointer<ActionJob>> jobs;
    QStringList started;

    QString name() const override { return QStringLiteral("manual"); }
    QString unavailableReason(VmAction::Kind, const QString &) const override { return refuse; }
    ActionJob *start(const VmAction &action) override
    {
        started << action.vm;
        auto *job = new ActionJob(this);
        jobs << job;
        return job;
    }
    void finish(int i, bool ok, int exit, const QString &output)
    {
        jobs.at(i)->finish(
            VmActionResult{ok, exit, output, ok ? QStringLiteral("fine") : QStringLiteral("broken")});
    }
};

VmAction restart(const QString &vm)
{
    return VmAction{VmAction::Kind::Restart, vm, QStringLiteral("host1"), {}, QStringLiteral("why"),
                    QStringLiteral("carol")};
}

} // namespace

class TestActionRunner : public QObject
{
    Q_OBJECT
private slots:
    void runsAtMostTheLimitAndStartsTheNextInOrder()
    {
        ManualBackend backend;
        ActionRunner runner;
        runner.setBackend(&backend);
        const auto s = runner.submit({restart("vm11"), restart("vm12"), restart("vm13"), restart("vm14")});
        QCOMPARE(s.ids.size(), 4);
        QCOMPARE(backend.started, QStringList({"vm11", "vm12"}));
        QCOMPARE(runner.runningCount(), 2);
        backend.finish(1, true, 0, QStringLiteral("ok"));
        QCOMPARE(backend.started, QStringList({"vm11", "vm12", "vm13"}));
        QCOMPARE(runner.items().at(1).status, ActionRunner::Status::Done);
        backend.finish(0, false, 3, QStringLiteral("no"));
        QCOMPARE(runner.items().at(0).status, ActionRunner::Status::Failed);
        QCOMPARE(runner.items().at(0).exitCode, 3);
        QCOMPARE(runner.items().at(0).output, QStringLiteral("no"));
        QCOMPARE(backend.started.size(), 4);
        QCOMPARE(runner.runningCount(), 2);
    }

    void aLimitOfOneRunsOneAtATime()
    {
        ManualBackend backend;
        ActionRunner runner;
        runner.setBackend(&backend);
        runner.setConcurrency(1);
        runner.submit({restart("a"), restart("b")});
        QCOMPARE(backend.started, QStringList({"a"}));
        runner.setConcurrency(0); // clamped to 1
        QCOMPARE(runner.concurrency(), 1);
    }

    void aBusyVmIsNotQueuedTwice()
    {
        ManualBackend backend;
        ActionRunner runner;
        runner.setBackend(&backend);
        runner.submit({restart("vm11")});
        const auto again = runner.submit({restart("vm11"), restart("vm12")});
        QCOMPARE(again.ids.size(), 1);
        QCOMPARE(again.refused.size(), 1);
        QVERIFY(again.refused.first().startsWith(QLatin1String("vm11")));
        QCOMPARE(runner.items().size(), 2);
        backend.finish(0, true, 0, {});
        QVERIFY(!runner.isActive(QStringLiteral("vm11")));
        QCOMPARE(runner.submit({restart("vm11")}).ids.size(), 1); // once finished, it may run again
    }

    void queuedItemsCanBeCancelledRunningOnesNot()
    {
        ManualBackend backend;
        ActionRunner runner;
        runner.setBackend(&backend);
        const auto s = runner.submit({restart("a"), restart("b"), restart("c"), restart("d")});
        QVERIFY(!runner.cancel(s.ids.at(0)));
        QVERIFY(runner.cancel(s.ids.at(2)));
        QCOMPARE(runner.items().at(2).status, ActionRunner::Status::Cancelled);
        QCOMPARE(runner.cancelQueued(), 1);
        backend.finish(0, true, 0, {});
        backend.finish(1, true, 0, {});
        QCOMPARE(backend.started, QStringList({"a", "b"})); // the cancelled never start
        QCOMPARE(runner.activeCount(), 0);
        runner.clearFinished();
        QVERIFY(runner.items().isEmpty());
    }

    void theBackendsRefusalIsReportedAndAudited()
    {
        QTemporaryDir dir;
        AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
        ManualBackend backend;
        backend.refuse = QStringLiteral("read-only profile");
        ActionRunner runner;
        runner.setBackend(&backend);
        runner.setAuditLog(&audit);
        const auto s = runner.submit({restart("vm11")});
        QVERIFY(s.ids.isEmpty());
        QCOMPARE(s.refused, QStringList({"vm11: read-only profile"}));
        QVERIFY(backend.started.isEmpty());
        const auto entries = audit.recent(10);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().outcome, QStringLiteral("refused"));
        QCOMPARE(entries.first().output, QStringLiteral("read-only profile"));
    }

    void everyRequestAndResultIsAudited()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/audit.jsonl")); // the folder is made
        AuditLog audit(path);
        ManualBackend backend;
        ActionRunner runner;
        runner.setBackend(&backend);
        runner.setAuditLog(&audit);
        runner.setServerName(QStringLiteral("icinga.example"));
        runner.submit(
            {VmAction{VmAction::Kind::Failover, QStringLiteral("vm11"), QStringLiteral("host1"),
                      QStringLiteral("host3"), QStringLiteral("host1 dead"), QStringLiteral("carol")}});
        backend.finish(0, false, 1, QStringLiteral("error: no space"));
        const auto entries = AuditLog(path).recent(10); // read back from disk by a new reader
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome, QStringLiteral("requested"));
        QCOMPARE(entries.at(1).outcome, QStringLiteral("failed"));
        QCOMPARE(entries.at(1).action, QStringLiteral("failover"));
        QCOMPARE(entries.at(1).user, QStringLiteral("carol"));
        QCOMPARE(entries.at(1).server, QStringLiteral("icinga.example"));
        QCOMPARE(entries.at(1).exitCode, 1);
        QCOMPARE(entries.at(1).output, QStringLiteral("error: no space"));
        QVERIFY(entries.at(1).detail.contains(QLatin1String("target=host3")));
        QVERIFY(entries.at(1).time.isValid());
    }

    void aTornLastLineIsSkippedWhenReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        AuditLog audit(path);
        QVERIFY(audit.append(
            AuditEntry{QDateTime::currentDateTimeUtc(), "u", "s", "restart", "vm1", "", "ok", 0, ""}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"time\":\"2026-");
        f.close();
        QCOMPARE(audit.recent(10).size(), 1);
        QVERIFY(audit.append(
            AuditEntry{QDateTime::currentDateTimeUtc(), "u", "s", "restart", "vm2", "", "ok", 0, ""}));
        const auto entries = audit.recent(10); // the entry after the torn line is whole
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().object, QStringLiteral("vm2"));
    }

    void anUnwritableLogSaysSo()
    {
        AuditLog audit(QStringLiteral("/proc/no-such-dir/audit.jsonl"));
        QSignalSpy failed(&audit, &AuditLog::writeFailed);
        QVERIFY(!audit.append(AuditEntry{}));
        QCOMPARE(failed.size(), 1);
        QVERIFY(audit.lastError().contains(QLatin1String("/proc/no-such-dir")));
    }
};

QTEST_GUILESS_MAIN(TestActionRunner)
#include "tst_action_runner.moc"
