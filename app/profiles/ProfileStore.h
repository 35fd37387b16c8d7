#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <optional>

namespace ocd {

// The saved connection profiles and which one is current, in an INI file (default
// ~/.config/oncall-desk/profiles.conf). One section per profile, [profile-<id>]; the current
// profile is "current" in [General]. Passwords are never written here (SecretStore keeps them);
// a "password" key found in the file is ignored and dropped on the next save.
//
// Every change is saved at once; the methods return false and lastError() says why when the
// file cannot be written (the change stays in memory). A damaged file does not lose the good
// entries: sections that cannot be used are skipped with a warning in the log and kept in the
// file untouched, so a hand-edited typo can still be fixed.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    // Reads the file (a missing file is an empty list, not an error). Returns false when it
    // could not be read at all; skipped sections are counted in skippedEntries().
    bool load();
    int skippedEntries() const { return int(m_skippedGroups.size()); }
    QString lastError() const { return m_lastError; }

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString &id) const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }

    // Adds at the end; an empty id gets a new one. Returns the id, or empty when the id exists
    // already or the file could not be written (lastError()).
    QString add(ConnectionProfile profile);
    // Replaces the profile with the same id; false when there is none or the save failed.
    bool update(const ConnectionProfile &profile);
    // Removes the profile (the caller removes its password: SecretStore::deletePassword). The
    // current profile id is cleared when it was this one.
    bool remove(const QString &id);

    QString currentProfileId() const { return m_currentId; }
    // Unknown ids are refused (false); empty clears the choice.
    bool setCurrentProfileId(const QString &id);

    bool save();

signals:
    void profilesChanged();
    void currentProfileIdChanged(const QString &id);

private:
    qsizetype indexOf(const QString &id) const;

    QString m_path;
    QList<ConnectionProfile> m_profiles;
    QString m_currentId;
    QStringList m_skippedGroups; // damaged sections, kept in the file as they are
    QString m_lastError;
    bool m_loadFailed = false;
};

} // namespace ocd
