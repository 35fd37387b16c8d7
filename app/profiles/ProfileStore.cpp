#include "ProfileStore.h"

#include "CertificateProbe.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcProfiles, "oncalldesk.profiles")

namespace ocd {

namespace {

const QLatin1String kGroupPrefix("profile-");
const QLatin1String kCurrentKey("current");
const QLatin1String kVersionKey("version");
constexpr int kFileVersion = 1;

struct Loaded
{
    ConnectionProfile profile;
    int position = 0;
};

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent) : QObject(parent), m_path(filePath)
{}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/oncall-desk/profiles.conf");
}

qsizetype ProfileStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

bool ProfileStore::load()
{
    const QString previousCurrent = m_currentId;
    m_profiles.clear();
    m_skippedGroups.clear();
    m_currentId.clear();
    m_lastError.clear();
    m_loadFailed = false;

    const QFileInfo info(m_path);
    bool ok = true;
    if (info.exists() && (!info.isFile() || !info.isReadable())) {
        m_lastError = tr("The connection profiles in %1 cannot be read.").arg(m_path);
        qCWarning(lcProfiles).noquote() << m_lastError;
        m_loadFailed = true; // never overwrite what could not be read
        ok = false;
    } else if (info.exists()) {
        QSettings s(m_path, QSettings::IniFormat);
        if (s.status() != QSettings::NoError)
            qCWarning(lcProfiles).noquote()
                << m_path << "is damaged; reading the sections that can still be understood";

        QList<Loaded> loaded;
        const QStringList groups = s.childGroups();
        for (const QString &group : groups) {
            if (!group.startsWith(kGroupPrefix))
                continue;
            auto skip = [&](const char *why) {
                qCWarning(lcProfiles).noquote()
                    << "skipped profile section" << group << "in" << m_path << "-" << why;
                m_skippedGroups.append(group);
            };
            s.beginGroup(group);
            Loaded l;
            ConnectionProfile &p = l.profile;
            p.id = group.mid(kGroupPrefix.size());
            p.name = s.value(QStringLiteral("name")).toString();
            const QString type = s.value(QStringLiteral("type")).toString();
            const QStringList urls = s.value(QStringLiteral("urls")).toStringList();
            for (const QString &u : urls)
                p.urls.append(QUrl(u.trimmed(), QUrl::StrictMode));
            p.user = s.value(QStringLiteral("user")).toString();
            p.caFile = s.value(QStringLiteral("caFile")).toString();
            p.pinnedSha256 = s.value(QStringLiteral("pinnedSha256")).toString();
            p.tlsName = s.value(QStringLiteral("tlsName")).toString();
            p.actions.read(s);
            bool positionOk = false;
            l.position = s.value(QStringLiteral("position")).toInt(&positionOk);
            if (!positionOk)
                l.position = std::numeric_limits<int>::max();
            const bool hasPassword = s.contains(QStringLiteral("password"));
            s.endGroup();

            if (p.id.isEmpty()) {
                skip("it has no id");
                continue;
            }
            if (!ConnectionProfile::typeFromKey(type, &p.type)) {
                skip("unknown or missing type (icinga2 or demo)");
                continue;
            }
            if (p.name.trimmed().isEmpty()) {
                skip("it has no name");
                continue;
            }
            if (!p.pinnedSha256.isEmpty()) {
                const QString pin = CertificateProbe::normalizedFingerprint(p.pinnedSha256);
                if (pin.isEmpty()) {
                    skip("pinnedSha256 is not a SHA-256 fingerprint");
                    continue;
                }
                p.pinnedSha256 = pin;
            }
            if (hasPassword)
                qCWarning(lcProfiles).noquote() << "ignored a password in profile section" << group
                                                << "(passwords belong in the keyring; it is dropped on the "
                                                   "next save)";
            loaded.append(l);
        }
        std::stable_sort(loaded.begin(), loaded.end(),
                         [](const Loaded &a, const Loaded &b) { return a.position < b.position; });
        for (const Loaded &l : std::as_const(loaded))
            m_profiles.append(l.profile);

        const QString current = s.value(kCurrentKey).toString();
        if (!current.isEmpty() && indexOf(current) < 0)
            qCWarning(lcProfiles).noquote()
                << "the current profile" << current << "in" << m_path << "does not exist; none is current";
        else
            m_currentId = current;
    }
    emit profilesChanged();
    if (m_currentId != previousCurrent)
        emit currentProfileIdChanged(m_currentId);
    return ok;
}

bool ProfileStore::save()
{
    if (m_loadFailed) {
        m_lastError =
            tr("The connection profiles in %1 cannot be read, so they are not overwritten.").arg(m_path);
        return false;
    }
    QSettings s(m_path, QSettings::IniFormat);
    // Rewrite every section of ours except the damaged ones, which stay for the user to fix.
    const QStringList groups = s.childGroups();
    for (const QString &group : groups) {
        if (group.startsWith(kGroupPrefix) && !m_skippedGroups.contains(group))
            s.remove(group);
    }
    s.setValue(kVersionKey, kFileVersion);
    if (m_currentId.isEmpty())
        s.remove(kCurrentKey);
    else
        s.setValue(kCurrentKey, m_currentId);
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &p = m_profiles.at(i);
        s.beginGroup(kGroupPrefix + p.id);
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("type"), ConnectionProfile::typeKey(p.type));
        s.setValue(QStringLiteral("position"), int(i));
        QStringList urls;
        for (const QUrl &u : p.urls)
            urls.append(u.toString(QUrl::FullyEncoded));
        if (!urls.isEmpty())
            s.setValue(QStringLiteral("urls"), urls);
        const std::pair<const char *, QString> optional[] = {
            {"user", p.user},
            {"caFile", p.caFile},
            {"pinnedSha256", p.pinnedSha256},
            {"tlsName", p.tlsName},
        };
        for (const auto &[key, value] : optional) {
            if (!value.isEmpty())
                s.setValue(QLatin1String(key), value);
        }
        p.actions.write(s);
        s.endGroup();
    }
    s.sync();
    if (s.status() != QSettings::NoError) {
        m_lastError = tr("The connection profiles could not be saved to %1.").arg(m_path);
        qCWarning(lcProfiles).noquote() << m_lastError << "status" << int(s.status());
        return false;
    }
    m_lastError.clear();
    return true;
}

QString ProfileStore::add(ConnectionProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = ConnectionProfile::newId();
    if (contains(profile.id) || m_skippedGroups.contains(kGroupPrefix + profile.id)) {
        m_lastError = tr("A connection with this id exists already.");
        return {};
    }
    m_profiles.append(profile);
    const bool saved = save();
    emit profilesChanged();
    return saved ? profile.id : QString();
}

bool ProfileStore::update(const ConnectionProfile &profile)
{
    const qsizetype i = indexOf(profile.id);
    if (i < 0) {
        m_lastError = tr("The connection to be changed no longer exists.");
        return false;
    }
    if (m_profiles.at(i) == profile)
        return true;
    m_profiles[i] = profile;
    const bool saved = save();
    emit profilesChanged();
    return saved;
}

bool ProfileStore::remove(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0) {
        m_lastError = tr("The connection to be removed no longer exists.");
        return false;
    }
    m_profiles.removeAt(i);
    const bool currentGone = m_currentId == id;
    if (currentGone)
        m_currentId.clear();
    const bool saved = save();
    emit profilesChanged();
    if (currentGone)
        emit currentProfileIdChanged(m_currentId);
    return saved;
}

bool ProfileStore::setCurrentProfileId(const QString &id)
{
    if (!id.isEmpty() && !contains(id)) {
        m_lastError = tr("There is no such connection.");
        return false;
    }
    if (id == m_currentId)
        return true;
    m_currentId = id;
    const bool saved = save();
    emit currentProfileIdChanged(m_currentId);
    return saved;
}

} // namespace ocd
