// The libvirt backend against libvirt's own test driver (no daemon). test:///default is one
// hypervisor shared by every connection in this process as long as one stays open, so the test
// holds a connection to it and checks there what the backend really did. A node file
// (fixtures/libvirt/host1-node.xml) is a fresh private hypervisor for each connection: it plays
// the source host whose state the backend must read, never a place to observe effects.
#include "Fixtures.h"
#include "actions/LibvirtBackend.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <initializer_list>
#include <utility>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using ocd::ActionJob;
using ocd::LibvirtBackend;
using ocd::LibvirtSettings;
using ocd::VmAction;
using ocd::VmActionResult;

namespace {

const char kDefaultUri[] = "test:///default";
const char kUnreachableUri[] = "test:///nonexistent/path.xml";
// The UUIDs of host1-node.xml's domains.
const char kWeb1Uuid[] = "8f0c6d2e-4b1a-4c53-9e27-1d5a0c9b7e01";

QString host1Uri()
{
    return QStringLiteral("test://") +
           QDir(ocd::test::fixturesDir()).absoluteFilePath(QStringLiteral("libvirt/host1-node.xml"));
}

QByteArray domainXml(const QString &name, const QString &uuid = {})
{
    QString xml = QStringLiteral("<domain type='test'><name>%1</name>").arg(name);
    if (!uuid.isEmpty())
        xml += QStringLiteral("<uuid>%1</uuid>").arg(uuid);
    xml += QStringLiteral("<memory unit='MiB'>128</memory><vcpu>1</vcpu>"
                          "<os><type arch='x86_64'>hvm</type></os></domain>");
    return xml.toUtf8();
}

VmAction restartOf(const QString &vm, const QString &host)
{
    VmAction a;
    a.kind = VmAction::Kind::Restart;
    a.vm = vm;
    a.sourceHost = host;
    a.reason = QStringLiteral("test");
    a.user = QStringLiteral("tester");
    return a;
}

VmAction failoverOf(const QString &vm, const QString &source, const QString &target)
{
    VmAction a = restartOf(vm, source);
    a.kind = VmAction::Kind::Failover;
    a.targetHost = target;
    return a;
}

} // namespace

class TstLibvirtBackend : public QObject
{
    Q_OBJECT

    virConnectPtr m_default = nullptr; // keeps test:///default alive and is the test's own view of it
    QTemporaryDir m_cache;

    LibvirtSettings settings(std::initializer_list<std::pair<const char *, QString>> uris) const
    {
        LibvirtSettings s;
        for (const auto &[host, uri] : uris)
            s.uris.insert(QString::fromLatin1(host), uri);
        s.definitionCacheDir = m_cache.path();
        return s;
    }

    // Starts the action and waits for its end. The job must not be finished on return of
    // start(): the interface promises callers time to connect.
    void run(LibvirtBackend &backend, const VmAction &action, VmActionResult &result,
             QStringList *progress = nullptr)
    {
        ActionJob *job = backend.start(action);
        QVERIFY(job);
        QCOMPARE(job->parent(), &backend);
        QVERIFY(!job->isFinished());
        QSignalSpy progressSpy(job, &ActionJob::progress);
        QSignalSpy finishedSpy(job, &ActionJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(finishedSpy.count() == 1, 10000);
        result = finishedSpy.at(0).at(0).value<VmActionResult>();
        QCOMPARE(result.exitCode, -1);
        if (progress) {
            for (const QList<QVariant> &args : std::as_const(progressSpy))
                progress->append(args.at(0).toString());
        }
        delete job;
    }

    // The state on test:///default, read through the test's own connection; -1 if no such domain.
    int stateOf(const QString &name, int *reason = nullptr)
    {
        virDomainPtr dom = virDomainLookupByName(m_default, name.toUtf8().constData());
        if (!dom)
            return -1;
        int state = -1;
        int r = -1;
        if (virDomainGetState(dom, &state, &r, 0) < 0)
            state = -1;
        virDomainFree(dom);
        if (reason)
            *reason = r;
        return state;
    }

    QString uuidOf(const QString &name)
    {
        virDomainPtr dom = virDomainLookupByName(m_default, name.toUtf8().constData());
        if (!dom)
            return {};
        char buf[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(dom, buf);
        virDomainFree(dom);
        return QString::fromLatin1(buf);
    }

    // Defines (and optionally starts) a domain on test:///default; returns its UUID.
    QString define(const QString &name, bool start, const QString &uuid = {})
    {
        virDomainPtr dom = virDomainDefineXML(m_default, domainXml(name, uuid).constData());
        if (!dom) {
            QTest::qFail(qPrintable(QStringLiteral("cannot define %1: %2")
                                        .arg(name, QString::fromUtf8(virGetLastErrorMessage()))),
                         __FILE__, __LINE__);
            return {};
        }
        if (start && virDomainCreate(dom) < 0)
            QTest::qFail(qPrintable(QStringLiteral("cannot start %1").arg(name)), __FILE__, __LINE__);
        char buf[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(dom, buf);
        virDomainFree(dom);
        return QString::fromLatin1(buf);
    }

    QString cachePath(const QString &host, const QString &vm) const
    {
        return m_cache.path() + QLatin1Char('/') + host + QLatin1Char('/') + vm + QLatin1String(".xml");
    }

    void writeCache(const QString &host, const QString &vm, const QByteArray &xml)
    {
        QVERIFY(QDir().mkpath(m_cache.path() + QLatin1Char('/') + host));
        QFile f(cachePath(host, vm));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(xml), xml.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        LibvirtBackend silence; // installs the backend's quiet error handler for the test's calls, too
        m_default = virConnectOpen(kDefaultUri);
        QVERIFY(m_default);
        QVERIFY(QFile::exists(host1Uri().mid(int(qstrlen("test://")))));
    }

    void cleanupTestCase()
    {
        QThreadPool::globalInstance()->waitForDone();
        if (m_default)
            virConnectClose(m_default);
    }

    // Each test starts from test:///default with only its built-in domain "test", and an empty cache.
    void cleanup()
    {
        virDomainPtr *domains = nullptr;
        const int n = virConnectListAllDomains(m_default, &domains, 0);
        for (int i = 0; i < n; ++i) {
            if (qstrcmp(virDomainGetName(domains[i]), "test") != 0) {
                if (virDomainIsActive(domains[i]) == 1)
                    virDomainDestroy(domains[i]);
                virDomainUndefine(domains[i]); // fails harmlessly for one that vanished when destroyed
            }
            virDomainFree(domains[i]);
        }
        free(domains);
        QDir(m_cache.path()).removeRecursively();
        QDir().mkpath(m_cache.path());
    }

    void nameIsLibvirt()
    {
        LibvirtBackend backend;
        QCOMPARE(backend.name(), QStringLiteral("libvirt"));
    }

    void unavailableWithoutUri()
    {
        LibvirtBackend backend(settings({{"host2", QString::fromLatin1(kDefaultUri)}}));
        const QString restart = backend.unavailableReason(VmAction::Kind::Restart, QStringLiteral("host9"));
        QVERIFY(restart.contains(QLatin1String("host9")));
        QVERIFY(backend.unavailableReason(VmAction::Kind::Failover, QStringLiteral("host9"))
                    .contains(QLatin1String("host9")));
        QVERIFY(!backend.unavailableReason(VmAction::Kind::Restart, QString()).isEmpty());
        QCOMPARE(backend.unavailableReason(VmAction::Kind::Restart, QStringLiteral("host2")), QString());
        // A failover needs somewhere to go: with only the source configured there is nowhere.
        QVERIFY(!backend.unavailableReason(VmAction::Kind::Failover, QStringLiteral("host2")).isEmpty());
        backend.setSettings(settings({{"host2", QString::fromLatin1(kDefaultUri)}, {"host1", host1Uri()}}));
        QCOMPARE(backend.unavailableReason(VmAction::Kind::Failover, QStringLiteral("host2")), QString());

        // start() says the same, asynchronously, and touches nothing.
        VmActionResult result;
        run(backend, restartOf(QStringLiteral("test"), QStringLiteral("host9")), result);
        QVERIFY(!result.ok);
        QCOMPARE(result.message, restart);
        run(backend, failoverOf(QStringLiteral("vm-web1"), QStringLiteral("host1"), QStringLiteral("host9")),
            result);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("host9")), qPrintable(result.message));
        QCOMPARE(stateOf(QStringLiteral("vm-web1")), -1);
        run(backend, failoverOf(QStringLiteral("vm-web1"), QStringLiteral("host1"), QStringLiteral("host1")),
            result);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(QLatin1String("Refused")), qPrintable(result.message));
    }

    void restartRunningReboots()
    {
        const QString uuid = define(QStringLiteral("lv-run"), true);
        // Pause and resume, so that only a reboot brings the reason back to "booted".
        virDomainPtr dom = virDomainLookupByName(m_default, "lv-run");
        QVERIFY(dom);
        QCOMPARE(virDomainSuspend(dom), 0);
        QCOMPARE(virDomainResume(dom), 0);
        virDomainFree(dom);
        int reason = -1;
        QCOMPARE(stateOf(QStringLiteral("lv-run"), &reason), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(reason, int(VIR_DOMAIN_RUNNING_UNPAUSED));

        LibvirtBackend backend(settings({{"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        QStringList progress;
        run(backend, restartOf(QStringLiteral("lv-run"), QStringLiteral("host2")), result, &progress);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("Restarted")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("lv-run")));
        QCOMPARE(stateOf(QStringLiteral("lv-run"), &reason), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(reason, int(VIR_DOMAIN_RUNNING_BOOTED));

        // The definition was kept for a later failover, readable by the owner only.
        const QString path = cachePath(QStringLiteral("host2"), QStringLiteral("lv-run"));
        QCOMPARE(backend.definitionPath(QStringLiteral("host2"), QStringLiteral("lv-run")), path);
        QFile cached(path);
        QVERIFY(cached.open(QIODevice::ReadOnly));
        const QByteArray xml = cached.readAll();
        QVERIFY(xml.contains("<name>lv-run</name>"));
        QVERIFY(xml.contains(uuid.toLatin1()));
        QCOMPARE(cached.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(progress.contains(QStringLiteral("Definition saved to %1").arg(path)));
        QVERIFY(result.output.contains(result.message));
    }

    void restartShutOffStarts()
    {
        define(QStringLiteral("lv-off"), false);
        QCOMPARE(stateOf(QStringLiteral("lv-off")), int(VIR_DOMAIN_SHUTOFF));

        LibvirtBackend backend(settings({{"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        run(backend, restartOf(QStringLiteral("lv-off"), QStringLiteral("host2")), result);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("started")), qPrintable(result.message));
        QCOMPARE(stateOf(QStringLiteral("lv-off")), int(VIR_DOMAIN_RUNNING));
        QVERIFY(QFile::exists(cachePath(QStringLiteral("host2"), QStringLiteral("lv-off"))));
    }

    void restartPausedResumes()
    {
        define(QStringLiteral("lv-paused"), true);
        virDomainPtr dom = virDomainLookupByName(m_default, "lv-paused");
        QVERIFY(dom);
        QCOMPARE(virDomainSuspend(dom), 0);
        virDomainFree(dom);
        QCOMPARE(stateOf(QStringLiteral("lv-paused")), int(VIR_DOMAIN_PAUSED));

        LibvirtBackend backend(settings({{"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        run(backend, restartOf(QStringLiteral("lv-paused"), QStringLiteral("host2")), result);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("resumed")), qPrintable(result.message));
        int reason = -1;
        QCOMPARE(stateOf(QStringLiteral("lv-paused"), &reason), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(reason, int(VIR_DOMAIN_RUNNING_UNPAUSED)); // resumed, not rebooted
    }

    // The crashed domain lives in a private copy of host1, so only the backend's account can be
    // checked here: it must have powered the domain off and started it without a libvirt error.
    void restartCrashedPowerCycles()
    {
        LibvirtBackend backend(settings({{"host1", host1Uri()}}));
        VmActionResult result;
        QStringList progress;
        run(backend, restartOf(QStringLiteral("vm-crashed"), QStringLiteral("host1")), result, &progress);
        QVERIFY2(result.ok, qPrintable(result.output));
        QVERIFY2(result.message.contains(QLatin1String("crashed")), qPrintable(result.message));
        QVERIFY(progress.contains(QStringLiteral("Powered off on host1")));
    }

    void restartUnknownDomainNamesVm()
    {
        LibvirtBackend backend(settings({{"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        run(backend, restartOf(QStringLiteral("lv-missing"), QStringLiteral("host2")), result);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("lv-missing")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("host2")));
        // libvirt's own words follow the sentence.
        QVERIFY2(result.message.contains(QLatin1String("not found"), Qt::CaseInsensitive),
                 qPrintable(result.message));
        QVERIFY(!QFile::exists(cachePath(QStringLiteral("host2"), QStringLiteral("lv-missing"))));
    }

    void restartUnreachableHost()
    {
        LibvirtBackend backend(settings({{"ghost", QString::fromLatin1(kUnreachableUri)}}));
        VmActionResult result;
        run(backend, restartOf(QStringLiteral("lv-any"), QStringLiteral("ghost")), result);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("ghost")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String(kUnreachableUri)));
        QVERIFY2(result.message.contains(QLatin1String("/nonexistent/path.xml'")),
                 qPrintable(result.message));
    }

    void failoverDefinesAndStartsOnTarget()
    {
        QCOMPARE(stateOf(QStringLiteral("vm-web1")), -1);
        LibvirtBackend backend(
            settings({{"host1", host1Uri()}, {"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        QStringList progress;
        run(backend, failoverOf(QStringLiteral("vm-web1"), QStringLiteral("host1"), QStringLiteral("host2")),
            result, &progress);
        QVERIFY2(result.ok, qPrintable(result.output));
        QVERIFY2(result.message.contains(QLatin1String("host2")), qPrintable(result.message));

        QCOMPARE(stateOf(QStringLiteral("vm-web1")), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(uuidOf(QStringLiteral("vm-web1")),
                 QString::fromLatin1(kWeb1Uuid)); // the same VM, not a copy
        virDomainPtr dom = virDomainLookupByName(m_default, "vm-web1");
        QVERIFY(dom);
        QCOMPARE(virDomainIsPersistent(dom), 1);
        virDomainFree(dom);

        const int read = progress.indexOf(QStringLiteral("Definition read from host1"));
        const int defined = progress.indexOf(QStringLiteral("Defined on host2"));
        const int started = progress.indexOf(QStringLiteral("Started on host2"));
        QVERIFY2(read >= 0 && read < defined && defined < started,
                 qPrintable(progress.join(QLatin1Char('|'))));
        // The source's copy refreshed, and the target's kept for a failover back.
        QVERIFY(QFile::exists(cachePath(QStringLiteral("host1"), QStringLiteral("vm-web1"))));
        QVERIFY(QFile::exists(cachePath(QStringLiteral("host2"), QStringLiteral("vm-web1"))));
    }

    void failoverRefusedWhileRunningOnSource()
    {
        LibvirtBackend backend(
            settings({{"host1", host1Uri()}, {"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        QStringList progress;
        run(backend, failoverOf(QStringLiteral("vm-db1"), QStringLiteral("host1"), QStringLiteral("host2")),
            result, &progress);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("still running on host1")),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("twice")));
        QCOMPARE(stateOf(QStringLiteral("vm-db1")), -1); // not even defined on the target
        QVERIFY(!progress.contains(QStringLiteral("Defined on host2")));
    }

    void failoverRefusedWhileRunningOnTarget()
    {
        const QString otherUuid = define(QStringLiteral("vm-web1"), true);
        QVERIFY(otherUuid != QLatin1String(kWeb1Uuid));
        LibvirtBackend backend(
            settings({{"host1", host1Uri()}, {"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        run(backend, failoverOf(QStringLiteral("vm-web1"), QStringLiteral("host1"), QStringLiteral("host2")),
            result);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("already running on host2")),
                 qPrintable(result.message));
        // Untouched: still running, still the domain that was there.
        QCOMPARE(stateOf(QStringLiteral("vm-web1")), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(uuidOf(QStringLiteral("vm-web1")), otherUuid);
    }

    void failoverFromCacheWhenSourceUnreachable()
    {
        const QString uuid = QStringLiteral("3a8d1f0e-2c47-4b6e-8d15-9f0e7c6b5a41");
        writeCache(QStringLiteral("ghost"), QStringLiteral("lv-cached"),
                   domainXml(QStringLiteral("lv-cached"), uuid));
        LibvirtBackend backend(settings(
            {{"ghost", QString::fromLatin1(kUnreachableUri)}, {"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        QStringList progress;
        run(backend,
            failoverOf(QStringLiteral("lv-cached"), QStringLiteral("ghost"), QStringLiteral("host2")), result,
            &progress);
        QVERIFY2(result.ok, qPrintable(result.output));
        QCOMPARE(stateOf(QStringLiteral("lv-cached")), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(uuidOf(QStringLiteral("lv-cached")), uuid);
        const QString path = cachePath(QStringLiteral("ghost"), QStringLiteral("lv-cached"));
        QVERIFY2(progress.contains(QStringLiteral("Definition read from the saved copy %1").arg(path)),
                 qPrintable(progress.join(QLatin1Char('|'))));
        QVERIFY(progress.contains(QStringLiteral("Started on host2")));
    }

    // The copy a restart saves is what a later failover starts when the host has died.
    void failoverUsesDefinitionSavedByRestart()
    {
        const QString uuid = define(QStringLiteral("lv-moving"), true);
        {
            LibvirtBackend backend(settings({{"hostA", QString::fromLatin1(kDefaultUri)}}));
            VmActionResult result;
            run(backend, restartOf(QStringLiteral("lv-moving"), QStringLiteral("hostA")), result);
            QVERIFY2(result.ok, qPrintable(result.output));
        }
        // hostA dies, and with it every trace of the VM.
        virDomainPtr dom = virDomainLookupByName(m_default, "lv-moving");
        QVERIFY(dom);
        QCOMPARE(virDomainDestroy(dom), 0);
        QCOMPARE(virDomainUndefine(dom), 0);
        virDomainFree(dom);
        QCOMPARE(stateOf(QStringLiteral("lv-moving")), -1);

        LibvirtBackend backend(settings(
            {{"hostA", QString::fromLatin1(kUnreachableUri)}, {"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        run(backend,
            failoverOf(QStringLiteral("lv-moving"), QStringLiteral("hostA"), QStringLiteral("host2")),
            result);
        QVERIFY2(result.ok, qPrintable(result.output));
        QCOMPARE(stateOf(QStringLiteral("lv-moving")), int(VIR_DOMAIN_RUNNING));
        QCOMPARE(uuidOf(QStringLiteral("lv-moving")), uuid);
    }

    void failoverWithoutDefinitionNamesCachePath()
    {
        LibvirtBackend backend(settings({{"ghost", QString::fromLatin1(kUnreachableUri)},
                                         {"host1", host1Uri()},
                                         {"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        run(backend,
            failoverOf(QStringLiteral("lv-nowhere"), QStringLiteral("ghost"), QStringLiteral("host2")),
            result);
        QVERIFY(!result.ok);
        const QString path = backend.definitionPath(QStringLiteral("ghost"), QStringLiteral("lv-nowhere"));
        QCOMPARE(path, cachePath(QStringLiteral("ghost"), QStringLiteral("lv-nowhere")));
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("lv-nowhere")));
        QCOMPARE(stateOf(QStringLiteral("lv-nowhere")), -1);

        // The same when the source answers but does not know the VM.
        run(backend,
            failoverOf(QStringLiteral("lv-nowhere"), QStringLiteral("host1"), QStringLiteral("host2")),
            result);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(
                     backend.definitionPath(QStringLiteral("host1"), QStringLiteral("lv-nowhere"))),
                 qPrintable(result.message));
        QVERIFY2(result.output.contains(QLatin1String("lv-nowhere is not defined on host1")),
                 qPrintable(result.output));
        QCOMPARE(stateOf(QStringLiteral("lv-nowhere")), -1);
    }

    void failoverRefusesForeignDefinition()
    {
        writeCache(QStringLiteral("ghost"), QStringLiteral("lv-mine"),
                   domainXml(QStringLiteral("lv-theirs")));
        LibvirtBackend backend(settings(
            {{"ghost", QString::fromLatin1(kUnreachableUri)}, {"host2", QString::fromLatin1(kDefaultUri)}}));
        VmActionResult result;
        run(backend, failoverOf(QStringLiteral("lv-mine"), QStringLiteral("ghost"), QStringLiteral("host2")),
            result);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("lv-theirs")), qPrintable(result.message));
        QCOMPARE(stateOf(QStringLiteral("lv-mine")), -1);
        QCOMPARE(stateOf(QStringLiteral("lv-theirs")), -1);
    }

    // A source that answers keeps the definition but must not start the VM again on its return.
    void failoverSwitchesOffAutostartOnSource()
    {
        define(QStringLiteral("lv-auto"), false);
        virDomainPtr dom = virDomainLookupByName(m_default, "lv-auto");
        QVERIFY(dom);
        QCOMPARE(virDomainSetAutostart(dom, 1), 0);
        LibvirtBackend backend(
            settings({{"hostA", QString::fromLatin1(kDefaultUri)}, {"host1", host1Uri()}}));
        VmActionResult result;
        QStringList progress;
        run(backend, failoverOf(QStringLiteral("lv-auto"), QStringLiteral("hostA"), QStringLiteral("host1")),
            result, &progress);
        int autostart = -1;
        QCOMPARE(virDomainGetAutostart(dom, &autostart), 0);
        virDomainFree(dom);
        QVERIFY2(result.ok, qPrintable(result.output));
        QCOMPARE(autostart, 0);
        QCOMPARE(stateOf(QStringLiteral("lv-auto")), int(VIR_DOMAIN_SHUTOFF)); // not started at the source
        QVERIFY(progress.contains(QStringLiteral("Autostart switched off on hostA")));
    }

    // The target does not answer: the message names it and gives libvirt's reason.
    void failoverUnreachableTarget()
    {
        LibvirtBackend backend(
            settings({{"host1", host1Uri()}, {"ghost", QString::fromLatin1(kUnreachableUri)}}));
        VmActionResult result;
        run(backend, failoverOf(QStringLiteral("vm-web1"), QStringLiteral("host1"), QStringLiteral("ghost")),
            result);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("ghost")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("/nonexistent/path.xml'")));
    }

    // The runner may delete a job it no longer wants while libvirt still works on it.
    void jobDeletedWhileRunning()
    {
        define(QStringLiteral("lv-orphan"), false);
        LibvirtBackend backend(settings({{"host2", QString::fromLatin1(kDefaultUri)}}));
        ActionJob *job = backend.start(restartOf(QStringLiteral("lv-orphan"), QStringLiteral("host2")));
        delete job;
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents(); // delivers the result to nobody, without crashing
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("lv-orphan")), int(VIR_DOMAIN_RUNNING), 10000);
    }
};

QTEST_GUILESS_MAIN(TstLibvirtBackend)
#include "tst_libvirt_backend.moc"
