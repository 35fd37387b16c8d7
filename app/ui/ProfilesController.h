#pragma once

#include "profiles/ConnectionProfile.h"
#include "profiles/ConnectionTester.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace ocd {

class Session;

// What the profiles dialog sees: the saved connections, and the intents add/edit, remove,
// test, trust a certificate, connect. Passwords go to the keyring, never into a file.
class ProfilesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the composition root")
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(QString currentProfileId READ currentProfileId NOTIFY profilesChanged)
    Q_PROPERTY(bool firstRun READ firstRun CONSTANT)
    Q_PROPERTY(QString startupProblem READ startupProblem CONSTANT)
    Q_PROPERTY(bool testing READ testing NOTIFY testingChanged)

public:
    ProfilesController(ProfileStore *store, SecretStore *secrets, Session *session,
                       QObject *parent = nullptr);

    // Set by the composition root before the QML loads: no profile yet (open the welcome dialog),
    // or the saved profile could not be opened (say why).
    void setFirstRun(bool on) { m_firstRun = on; }
    void setStartupProblem(const QString &text) { m_startupProblem = text; }
    QString startupProblem() const { return m_startupProblem; }

    QVariantList profiles() const;
    QString currentProfileId() const { return m_store->currentProfileId(); }
    bool firstRun() const { return m_firstRun; }
    bool testing() const { return m_tester.isRunning(); }

    // fields: id (empty: new), name, type ("icinga2"|"demo"), urls (one per line), user, caFile,
    // tlsName, pinnedSha256. An empty password keeps the stored one. Answers with saved().
    Q_INVOKABLE void save(const QVariantMap &fields, const QString &password);
    Q_INVOKABLE void remove(const QString &id);
    // Answers with tested(result): ok, message, untrusted, fingerprint (display), fingerprintHex, subject,
    // issuer.
    Q_INVOKABLE void test(const QVariantMap &fields, const QString &password);
    // Connects the desk to a saved profile (password from the keyring). Answers with connected().
    Q_INVOKABLE void connectTo(const QString &id);
    Q_INVOKABLE QString normalizedFingerprint(const QString &text) const;

    // For the composition root: the settings of the current profile with its password from the
    // keyring, waiting for the keyring at most timeoutMs. False when there is no usable profile.
    bool currentSettings(Icinga2Settings *out, bool *isDemo, QString *problem, int timeoutMs = 10000,
                         ActionSettings *actions = nullptr);

signals:
    void profilesChanged();
    void testingChanged();
    void saved(bool ok, const QString &message, const QString &id);
    void tested(const QVariantMap &result);
    void connected(bool ok, const QString &message);

private:
    ConnectionProfile fromFields(const QVariantMap &fields) const;
    void withPassword(const QString &id, const QString &typed,
                      const std::function<void(QString, QString)> &then);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    Session *m_session;
    ConnectionTester m_tester;
    bool m_firstRun = false;
    QString m_startupProblem;
};

} // namespace ocd
