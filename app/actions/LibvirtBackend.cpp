#include "LibvirtBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <utility>

namespace ocd {

namespace {

// libvirt's default handler prints every error to stderr; the backend puts them into results.
void ignoreLibvirtError(void *, virErrorPtr)
{}

void initLibvirtOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virInitialize();
        virSetErrorFunc(nullptr, ignoreLibvirtError);
    });
}

struct ConnectionCloser
{
    void operator()(virConnectPtr c) const { virConnectClose(c); }
};
struct DomainFree
{
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};
using Connection = std::unique_ptr<virConnect, ConnectionCloser>;
using Domain = std::unique_ptr<virDomain, DomainFree>;

// libvirt keeps the last error per thread: valid only right after the call that failed.
QString lastError()
{
    return QString::fromUtf8(virGetLastErrorMessage());
}

bool lastErrorIsNoDomain()
{
    return virGetLastErrorCode() == VIR_ERR_NO_DOMAIN;
}

Connection openConnection(const QString &uri)
{
    // Not virConnectOpenAuth with virConnectAuthPtrDefault: that callback prompts on a terminal
    // the desk does not have and would block the worker for good.
    return Connection(virConnectOpen(uri.toUtf8().constData()));
}

Domain lookUp(const Connection &conn, const QString &vm)
{
    return Domain(virDomainLookupByName(conn.get(), vm.toUtf8().constData()));
}

// The persistent definition, with secrets where the connection may read them. A read-only
// connection may not; the definition without them still starts the VM.
QByteArray inactiveXml(virDomainPtr dom)
{
    char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    if (!xml)
        xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE);
    if (!xml)
        return {};
    const QByteArray result(xml);
    std::free(xml);
    return result;
}

// The <name> of a <domain> document; empty when it is not one.
QString domainNameOf(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("domain"))
        return {};
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("name"))
            return reader.readElementText().trimmed();
        reader.skipCurrentElement();
    }
    return {};
}

// Host and VM names come from monitoring; they must not lead out of the cache folder.
QString fileNameFor(const QString &name)
{
    QString out = name;
    out.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('/'), QLatin1String("%2F"))
        .replace(QLatin1Char('\\'), QLatin1String("%5C"));
    if (out.startsWith(QLatin1Char('.')))
        out.replace(0, 1, QLatin1String("%2E"));
    return out;
}

QString definitionPathIn(const QString &cacheDir, const QString &host, const QString &vm)
{
    return cacheDir + QLatin1Char('/') + fileNameFor(host) + QLatin1Char('/') + fileNameFor(vm) +
           QLatin1String(".xml");
}

// Jobs live on the application's thread; a worker reaches them only through its event queue,
// and only there is the QPointer read, so a job deleted meanwhile is simply skipped.
template <typename F> void postToApplication(F &&f)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, std::forward<F>(f), Qt::QueuedConnection);
}

} // namespace

struct LibvirtBackend::Run
{
    VmAction action;
    QString sourceUri;
    QString targetUri;
    QString cacheDir;
    QPointer<ActionJob> job;
    QStringList output;

    QString cachePath(const QString &host) const { return definitionPathIn(cacheDir, host, action.vm); }

    void progress(const QString &line)
    {
        output.append(line);
        postToApplication([job = job, line] {
            if (job)
                emit job->progress(line);
        });
    }
};

LibvirtBackend::LibvirtBackend(const LibvirtSettings &settings, QObject *parent)
    : ActionBackend(parent), m_settings(settings)
{
    initLibvirtOnce();
}

QString LibvirtBackend::definitionPath(const QString &host, const QString &vm) const
{
    return definitionPathIn(QDir::cleanPath(m_settings.effectiveDefinitionCacheDir()), host, vm);
}

QString LibvirtBackend::name() const
{
    return QStringLiteral("libvirt");
}

QString LibvirtBackend::unavailableReason(VmAction::Kind kind, const QString &sourceHost) const
{
    if (sourceHost.isEmpty())
        return tr("The host the VM runs on is not known.");
    if (m_settings.uriFor(sourceHost).isEmpty())
        return tr("No libvirt URI is configured for the host %1.").arg(sourceHost);
    if (kind == VmAction::Kind::Failover) {
        // The target is chosen later; without a second host there is nowhere to go.
        bool otherHost = false;
        for (auto it = m_settings.uris.cbegin(); it != m_settings.uris.cend() && !otherHost; ++it)
            otherHost = it.key() != sourceHost && !it.value().trimmed().isEmpty();
        if (!otherHost)
            return tr("No libvirt URI is configured for any other host to fail over to.");
    }
    return {};
}

ActionJob *LibvirtBackend::start(const VmAction &action)
{
    auto *job = new ActionJob(this);
    const auto refuse = [job](const QString &message) {
        VmActionResult result;
        result.message = message;
        result.output = message;
        job->finishLater(result);
        return job;
    };

    if (action.vm.isEmpty())
        return refuse(tr("No VM given."));
    if (const QString reason = unavailableReason(action.kind, action.sourceHost); !reason.isEmpty())
        return refuse(reason);

    auto run = std::make_shared<Run>();
    run->action = action;
    run->sourceUri = m_settings.uriFor(action.sourceHost);
    run->cacheDir = QDir::cleanPath(m_settings.effectiveDefinitionCacheDir());
    run->job = job;

    if (action.kind == VmAction::Kind::Failover) {
        if (action.targetHost.isEmpty())
            return refuse(tr("No target host given for the failover of %1.").arg(action.vm));
        if (action.targetHost == action.sourceHost)
            return refuse(tr("Refused: %1 is the host %2 runs on; fail over to another host.")
                              .arg(action.targetHost, action.vm));
        run->targetUri = m_settings.uriFor(action.targetHost);
        if (run->targetUri.isEmpty())
            return refuse(tr("No libvirt URI is configured for the target host %1.").arg(action.targetHost));
    }

    QThreadPool::globalInstance()->start([run] {
        virResetLastError();
        const VmActionResult result =
            run->action.kind == VmAction::Kind::Restart ? restart(*run) : failover(*run);
        postToApplication([job = run->job, result] {
            if (job)
                job->finish(result);
        });
    });
    return job;
}

VmActionResult LibvirtBackend::outcome(Run &run, bool ok, const QString &message)
{
    VmActionResult result;
    result.ok = ok;
    result.message = message;
    run.output.append(message);
    result.output = run.output.join(QLatin1Char('\n'));
    return result;
}

void LibvirtBackend::saveDefinition(Run &run, const QString &host, const QByteArray &xml)
{
    const QString path = run.cachePath(host);
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        run.progress(
            tr("Could not save the definition to %1: the folder %2 cannot be created.").arg(path, dir));
        return;
    }
    // With VIR_DOMAIN_XML_SECURE the XML may hold secrets (VNC and SPICE passwords).
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile::setPermissions(dir, ownerOnly | QFileDevice::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) ||
        file.write(xml) != xml.size() || !file.commit()) {
        run.progress(tr("Could not save the definition to %1: %2").arg(path, file.errorString()));
        return;
    }
    run.progress(tr("Definition saved to %1").arg(path));
}

VmActionResult LibvirtBackend::restart(Run &run)
{
    const QString &vm = run.action.vm;
    const QString &host = run.action.sourceHost;

    const Connection conn = openConnection(run.sourceUri);
    if (!conn)
        return outcome(run, false,
                       tr("Could not connect to %1 (%2): %3").arg(host, run.sourceUri, lastError()));
    const Domain dom = lookUp(conn, vm);
    if (!dom) {
        if (lastErrorIsNoDomain())
            return outcome(run, false, tr("There is no VM named %1 on %2: %3").arg(vm, host, lastError()));
        return outcome(run, false, tr("Could not look up the VM %1 on %2: %3").arg(vm, host, lastError()));
    }
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(dom.get(), &state, &reason, 0) < 0)
        return outcome(run, false, tr("Could not read the state of %1 on %2: %3").arg(vm, host, lastError()));

    // Kept before anything is touched: if the host dies during the restart, a failover needs it.
    const QByteArray xml = inactiveXml(dom.get());
    if (xml.isEmpty())
        run.progress(
            tr("Could not read the definition of %1 on %2 to keep a copy: %3").arg(vm, host, lastError()));
    else
        saveDefinition(run, host, xml);

    // A crashed guest cannot be resumed or rebooted, only powered off and started again. A
    // transient domain vanishes when powered off, so it is recreated from the XML just read;
    // without that XML it is left alone rather than destroyed for good.
    const auto powerCycle = [&]() -> VmActionResult {
        const bool persistent = virDomainIsPersistent(dom.get()) == 1;
        if (!persistent && xml.isEmpty())
            return outcome(run, false,
                           tr("Refused: %1 has crashed on %2, but without its definition it could not be "
                              "started again after powering it off.")
                               .arg(vm, host));
        if (virDomainDestroy(dom.get()) < 0)
            return outcome(run, false, tr("Could not power off %1 on %2: %3").arg(vm, host, lastError()));
        run.progress(tr("Powered off on %1").arg(host));
        if (persistent) {
            if (virDomainCreate(dom.get()) < 0)
                return outcome(run, false, tr("Could not start %1 on %2: %3").arg(vm, host, lastError()));
        } else {
            const Domain again(virDomainCreateXML(conn.get(), xml.constData(), 0));
            if (!again)
                return outcome(run, false, tr("Could not start %1 on %2: %3").arg(vm, host, lastError()));
        }
        return outcome(run, true,
                       tr("%1 had crashed on %2; powered it off and started it again.").arg(vm, host));
    };

    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED: // waiting for a resource: still a running guest
        if (virDomainReboot(dom.get(), 0) < 0)
            return outcome(run, false, tr("Could not restart %1 on %2: %3").arg(vm, host, lastError()));
        return outcome(run, true, tr("Restarted %1 on %2 (the guest was asked to reboot).").arg(vm, host));
    case VIR_DOMAIN_SHUTOFF:
        if (virDomainCreate(dom.get()) < 0)
            return outcome(run, false, tr("Could not start %1 on %2: %3").arg(vm, host, lastError()));
        return outcome(run, true, tr("%1 was shut off on %2; started it.").arg(vm, host));
    case VIR_DOMAIN_PAUSED: {
        QString job;
        switch (reason) {
        case VIR_DOMAIN_PAUSED_MIGRATION:
            job = tr("migration");
            break;
        case VIR_DOMAIN_PAUSED_POSTCOPY:
        case VIR_DOMAIN_PAUSED_POSTCOPY_FAILED:
            job = tr("post-copy migration");
            break;
        case VIR_DOMAIN_PAUSED_SAVE:
            job = tr("save");
            break;
        case VIR_DOMAIN_PAUSED_DUMP:
            job = tr("memory dump");
            break;
        case VIR_DOMAIN_PAUSED_SNAPSHOT:
            job = tr("snapshot");
            break;
        case VIR_DOMAIN_PAUSED_STARTING_UP:
            job = tr("start-up");
            break;
        case VIR_DOMAIN_PAUSED_CRASHED:
            return powerCycle();
        default:
            break;
        }
        // Resuming in the middle of one of these would break it (a migration could end with
        // the VM running on two hosts).
        if (!job.isEmpty())
            return outcome(
                run, false,
                tr("Refused: %1 on %2 is paused for a libvirt job (%3); try again when it has finished.")
                    .arg(vm, host, job));
        // Paused by someone, after a storage error or by a watchdog: resuming keeps the guest's
        // memory and is the least that gets it going again; a reboot would lose unsaved state.
        if (virDomainResume(dom.get()) < 0)
            return outcome(run, false, tr("Could not resume %1 on %2: %3").arg(vm, host, lastError()));
        if (reason == VIR_DOMAIN_PAUSED_IOERROR)
            return outcome(run, true,
                           tr("%1 was paused on %2 after a storage error; resumed it without a reboot. It "
                              "pauses again if the storage still fails.")
                               .arg(vm, host));
        return outcome(run, true, tr("%1 was paused on %2; resumed it without a reboot.").arg(vm, host));
    }
    case VIR_DOMAIN_CRASHED:
        return powerCycle();
    case VIR_DOMAIN_PMSUSPENDED:
        if (virDomainPMWakeup(dom.get(), 0) < 0)
            return outcome(run, false, tr("Could not wake up %1 on %2: %3").arg(vm, host, lastError()));
        return outcome(run, true, tr("%1 was suspended by its guest on %2; woke it up.").arg(vm, host));
    case VIR_DOMAIN_SHUTDOWN:
        return outcome(run, false,
                       tr("Refused: %1 is shutting down on %2; start it when it is off.").arg(vm, host));
    default:
        return outcome(
            run, false,
            tr("Refused: libvirt reports no state for %1 on %2 (state %3).").arg(vm, host).arg(state));
    }
}

VmActionResult LibvirtBackend::failover(Run &run)
{
    const QString &vm = run.action.vm;
    const QString &source = run.action.sourceHost;
    const QString &target = run.action.targetHost;

    QByteArray xml;
    QString xmlOrigin;
    if (const Connection src = openConnection(run.sourceUri)) {
        const Domain dom = lookUp(src, vm);
        if (dom) {
            // Monitoring says the host is down, yet it answers: its word on the VM wins.
            const int active = virDomainIsActive(dom.get());
            if (active < 0)
                return outcome(run, false,
                               tr("Refused: could not tell whether %1 still runs on %2: %3")
                                   .arg(vm, source, lastError()));
            if (active == 1)
                return outcome(run, false,
                               tr("Refused: %1 is still running on %2; failing over would run it twice.")
                                   .arg(vm, source));
            xml = inactiveXml(dom.get());
            if (xml.isEmpty()) {
                run.progress(
                    tr("Could not read the definition of %1 on %2: %3").arg(vm, source, lastError()));
            } else {
                xmlOrigin = source;
                run.progress(tr("Definition read from %1").arg(source));
                saveDefinition(run, source, xml);
            }
            // Otherwise the VM would start there as well when the host is back.
            int autostart = 0;
            if (virDomainGetAutostart(dom.get(), &autostart) == 0 && autostart) {
                if (virDomainSetAutostart(dom.get(), 0) == 0)
                    run.progress(tr("Autostart switched off on %1").arg(source));
                else
                    run.progress(tr("Could not switch off autostart on %1 (%2): undefine %3 there before "
                                    "the host starts its VMs again.")
                                     .arg(source, lastError(), vm));
            }
        } else if (lastErrorIsNoDomain()) {
            run.progress(tr("%1 is not defined on %2").arg(vm, source));
        } else {
            return outcome(run, false,
                           tr("Refused: could not look up %1 on %2: %3").arg(vm, source, lastError()));
        }
    } else {
        run.progress(tr("%1 does not answer: %2").arg(source, lastError()));
    }

    if (xml.isEmpty()) {
        const QString path = run.cachePath(source);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return outcome(
                run, false,
                tr("No definition of %1 to start on %2: %3 did not provide it and there is no saved "
                   "copy at %4.")
                    .arg(vm, target, source, path));
        xml = file.readAll();
        xmlOrigin = path;
        run.progress(tr("Definition read from the saved copy %1").arg(path));
    }
    // A stale or foreign file must not define some other VM on the target.
    const QString definedName = domainNameOf(xml);
    if (definedName != vm)
        return outcome(
            run, false,
            tr("Refused: the definition from %1 describes \"%3\", not %2.").arg(xmlOrigin, vm, definedName));

    const Connection dst = openConnection(run.targetUri);
    if (!dst)
        return outcome(
            run, false,
            tr("Could not connect to the target host %1 (%2): %3").arg(target, run.targetUri, lastError()));
    if (const Domain existing = lookUp(dst, vm)) {
        const int active = virDomainIsActive(existing.get());
        if (active < 0)
            return outcome(run, false,
                           tr("Could not read the state of %1 on %2: %3").arg(vm, target, lastError()));
        if (active == 1)
            return outcome(run, false, tr("Refused: %1 is already running on %2.").arg(vm, target));
    } else if (!lastErrorIsNoDomain()) {
        return outcome(run, false, tr("Could not look up %1 on %2: %3").arg(vm, target, lastError()));
    }

    const Domain defined(virDomainDefineXML(dst.get(), xml.constData()));
    if (!defined)
        return outcome(run, false, tr("Could not define %1 on %2: %3").arg(vm, target, lastError()));
    run.progress(tr("Defined on %1").arg(target));
    // virDomainCreate also refuses a domain that became active since the check above.
    if (virDomainCreate(defined.get()) < 0)
        return outcome(run, false,
                       tr("%1 is defined on %2 but did not start: %3").arg(vm, target, lastError()));
    run.progress(tr("Started on %1").arg(target));

    // The VM lives on the target now; a later failover away from it needs the copy there.
    const QByteArray targetXml = inactiveXml(defined.get());
    if (!targetXml.isEmpty())
        saveDefinition(run, target, targetXml);

    return outcome(run, true, tr("%1 now runs on %2 (failed over from %3).").arg(vm, target, source));
}

} // namespace ocd
