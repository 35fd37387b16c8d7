#include "ProfilesController.h"

#include "Session.h"
#include "profiles/CertificateProbe.h"

namespace ocd {

ProfilesController::ProfilesController(ProfileStore *store, SecretStore *secrets, Session *session,
                                       QObject *parent)
    : QObject(parent), m_store(store), m_secrets(secrets), m_session(session)
{
    connect(store, &ProfileStore::profilesChanged, this, &ProfilesController::profilesChanged);
    connect(store, &ProfileStore::currentProfileIdChanged, this, &ProfilesController::profilesChanged);
    connect(&m_tester, &ConnectionTester::finished, this, [this](const ConnectionTestResult &r) {
        QVariantMap m{{QStringLiteral("ok"), r.ok()},
                      {QStringLiteral("message"), r.message},
                      {QStringLiteral("untrusted"), r.outcome == ConnectionTestResult::Outcome::Untrusted}};
        for (const ConnectionTestResult::PerUrl &u : r.urls) {
            if (u.certificate.isNull())
                continue;
            m.insert(QStringLiteral("fingerprint"), u.certificate.sha256Display);
            m.insert(QStringLiteral("fingerprintHex"), u.certificate.sha256Hex);
            m.insert(QStringLiteral("subject"), u.certificate.subjectCommonName);
            m.insert(QStringLiteral("issuer"), u.certificate.issuer);
            break;
        }
        emit testingChanged();
        emit tested(m);
    });
}

QVariantList ProfilesController::profiles() const
{
    QVariantList list;
    for (const ConnectionProfile &p : m_store->profiles()) {
        QStringList urls;
        for (const QUrl &u : p.urls)
            urls << u.toString();
        list.append(QVariantMap{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("type"), ConnectionProfile::typeKey(p.type)},
            {QStringLiteral("urls"), urls.join(QLatin1Char('\n'))},
            {QStringLiteral("user"), p.user},
            {QStringLiteral("caFile"), p.caFile},
            {QStringLiteral("tlsName"), p.tlsName},
            {QStringLiteral("pinnedSha256"), p.pinnedSha256},
            {QStringLiteral("pinnedDisplay"),
             p.pinnedSha256.isEmpty() ? QString() : CertificateProbe::displayFingerprint(p.pinnedSha256)},
            {QStringLiteral("current"), p.id == m_store->currentProfileId()}});
    }
    return list;
}

ConnectionProfile ProfilesController::fromFields(const QVariantMap &f) const
{
    ConnectionProfile p;
    p.id = f.value(QStringLiteral("id")).toString();
    p.name = f.value(QStringLiteral("name")).toString().trimmed();
    if (!ConnectionProfile::typeFromKey(f.value(QStringLiteral("type")).toString(), &p.type))
        p.type = ConnectionProfile::Type::Icinga2;
    for (const QString &line :
         f.value(QStringLiteral("urls")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            p.urls.append(QUrl(line.trimmed()));
    p.user = f.value(QStringLiteral("user")).toString().trimmed();
    p.caFile = f.value(QStringLiteral("caFile")).toString().trimmed();
    p.tlsName = f.value(QStringLiteral("tlsName")).toString().trimmed();
    p.pinnedSha256 =
        CertificateProbe::normalizedFingerprint(f.value(QStringLiteral("pinnedSha256")).toString());
    return p;
}

void ProfilesController::save(const QVariantMap &fields, const QString &password)
{
    ConnectionProfile p = fromFields(fields);
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        emit saved(false, problem, p.id);
        return;
    }
    const bool isNew = p.id.isEmpty() || !m_store->contains(p.id);
    if (isNew) {
        p.id = m_store->add(p);
        if (p.id.isEmpty()) {
            emit saved(false, m_store->lastError(), QString());
            return;
        }
    } else if (!m_store->update(p)) {
        emit saved(false, m_store->lastError(), p.id);
        return;
    }
    if (password.isEmpty() || p.type == ConnectionProfile::Type::Demo) {
        emit saved(true, tr("Saved."), p.id);
        return;
    }
    const QString id = p.id;
    m_secrets->writePassword(id, password, [this, id](const SecretResult &r) {
        emit saved(r.ok(), r.ok() ? tr("Saved; the password is in the keyring.") : r.message, id);
    });
}

void ProfilesController::remove(const QString &id)
{
    m_store->remove(id);
    m_secrets->deletePassword(id);
}

void ProfilesController::withPassword(const QString &id, const QString &typed,
                                      const std::function<void(QString, QString)> &then)
{
    if (!typed.isEmpty() || id.isEmpty() || !m_store->contains(id)) {
        then(typed, QString());
        return;
    }
    m_secrets->readPassword(
        id, [then](const SecretResult &r) { then(r.password, r.ok() ? QString() : r.message); });
}

void ProfilesController::test(const QVariantMap &fields, const QString &password)
{
    const ConnectionProfile p = fromFields(fields);
    if (p.type == ConnectionProfile::Type::Demo) {
        emit tested(
            {{QStringLiteral("ok"), true}, {QStringLiteral("message"), tr("The demo needs no connection.")}});
        return;
    }
    withPassword(p.id, password, [this, p](const QString &pw, const QString &problem) {
        if (pw.isEmpty()) {
            emit tested({{QStringLiteral("ok"), false},
                         {QStringLiteral("message"),
                          problem.isEmpty() ? tr("Please enter the password.") : problem}});
            return;
        }
        m_tester.test(p, pw);
        emit testingChanged();
    });
}

void ProfilesController::connectTo(const QString &id)
{
    const std::optional<ConnectionProfile> p = m_store->profile(id);
    if (!p) {
        emit connected(false, tr("This connection no longer exists."));
        return;
    }
    if (p->type == ConnectionProfile::Type::Demo) {
        m_store->setCurrentProfileId(id);
        m_session->openDemo(4000, 0);
        emit connected(true, tr("Showing the demo data center."));
        return;
    }
    const ConnectionProfile profile = *p;
    m_secrets->readPassword(id, [this, profile](const SecretResult &r) {
        if (!r.ok()) {
            emit connected(false, r.message);
            return;
        }
        m_store->setCurrentProfileId(profile.id);
        m_session->openIcinga(profile.toIcinga2Settings(r.password), profile.actions);
        emit connected(true, tr("Connecting to %1 …").arg(profile.name));
    });
}

QString ProfilesController::normalizedFingerprint(const QString &text) const
{
    return CertificateProbe::normalizedFingerprint(text);
}

bool ProfilesController::currentSettings(Icinga2Settings *out, bool *isDemo, QString *problem, int timeoutMs,
                                         ActionSettings *actions)
{
    const std::optional<ConnectionProfile> p = m_store->profile(m_store->currentProfileId());
    if (!p)
        return false;
    *isDemo = p->type == ConnectionProfile::Type::Demo;
    if (*isDemo)
        return true;
    // Start-up only: wait for the keyring, so the first window shows the right server.
    const SecretResult result = m_secrets->readPasswordNow(p->id, timeoutMs);
    if (!result.ok()) {
        *problem = result.message;
        return false;
    }
    *out = p->toIcinga2Settings(result.password);
    if (actions)
        *actions = p->actions;
    return true;
}

} // namespace ocd
